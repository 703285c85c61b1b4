import sys
sys.stdout.write("written directly\n")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
n = sys.stdout.write("abc")
print("", n)
print("flushed", flush=True)
