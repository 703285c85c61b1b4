def pretty(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        parts = []
        for k, x in v.items():
            parts.append('%s  "%s": %s' % (pad, k, pretty(x, indent + 1)))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + pretty(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)
doc = {"name": "pyinterp", "version": 1.5, "tags": ["python", "rpython"], "nested": {"ok": True, "none": None, "empty": {}, "list": []},
       "quote": 'say "hi"\n', "count": 10 ** 20}
print(pretty(doc))
def parse_value(s, i):
    if s[i] == "[":
        i += 1
        out = []
        while s[i] != "]":
            v, i = parse_value(s, i)
            out.append(v)
            if s[i] == ",":
                i += 1
        return out, i + 1
    j = i
    while j < len(s) and s[j] not in ",]":
        j += 1
    return int(s[i:j]), j
print(parse_value("[1,[2,3],[],[4,[5]]]", 0)[0])
