KEYWORDS = {"let", "if", "else", "while", "print"}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "ID", word))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/=<>(){};":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError("bad char %r at %d" % (c, i))
    return tokens
src = 'let x = 3.5 * (y + 42); if x >= 10 { print "big" } else { print "small" }'
for kind, val in tokenize(src):
    print("%-3s %r" % (kind, val))
try:
    tokenize("let $ = 1")
except SyntaxError as e:
    print("SyntaxError:", e)
