import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" continued")
print(1, 2, 3, sep="", end="!\n")
print()
print(*range(5), sep=", ", end=".\n")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print(None, True, 1.5, [1, "a"], {"k": (1,)}, sep=" | ")
print("multi\nline", "x", sep="\n")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("flush", flush=True)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
print("captured", 42, file=sink, sep=":")
print(sink.parts)
print("", end="")
print("sep None", "x", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
