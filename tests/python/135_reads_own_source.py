# a program that reads itself
with open(__file__) as f:
    lines = f.readlines()
print(len(lines), lines[0].rstrip())
code_lines = [l for l in lines if l.strip() and not l.strip().startswith("#")]
print(len(code_lines))
with open(__file__) as f:
    text = f.read()
print(text.count("print"), text.splitlines()[-1])
words = {}
for w in text.replace("(", " ").replace(")", " ").split():
    words[w] = words.get(w, 0) + 1
top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
with open(__file__) as f:
    for i, line in enumerate(f):
        if i == 2:
            print(repr(line))
            break
print(__file__.endswith("135_reads_own_source.py"), __name__)
# last line
