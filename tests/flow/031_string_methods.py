def clean(s):
    parts = s.strip().split(",")
    out = []
    for p in parts:
        out.append(p.upper())
    return "-".join(out)

def entry_point(argv):
    r = clean(argv[0])
    if r.startswith("A") or r.find("B") >= 0:
        return 1
    return 0

def target(driver, args):
    return entry_point
