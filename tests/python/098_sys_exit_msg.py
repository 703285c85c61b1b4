import sys
def main():
    print("working")
    sys.exit("fatal: configuration missing")
main()
print("not reached")
