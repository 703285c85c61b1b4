import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.code)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("caught", e.code)
print("exiting with 3")
sys.exit(3)
