def down(n):
    return down(n + 1)

def safe():
    try:
        down(0)
    except RecursionError as e:
        return "caught RecursionError"

print(safe())
print("still alive")
down(0)
