"""A SyntaxError: a compound statement header without its colon (CPython:
file, line, caret and "expected ':'")."""

print("never printed")
for i in range(3)
    print(i)
