"""input() reads lines of stdin (158_input_stdin.stdin), with and without
a prompt; EOFError at the end."""

name = input("name? ")
print("hello", name)
total = 0
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError:", e)
        break
    if line.strip() == "":
        continue
    total += sum(int(x) for x in line.split())
print("total", total)
