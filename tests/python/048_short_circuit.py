log = []
def t(name, value):
    log.append(name)
    return value
print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) or t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 2) and t("c", 0) and t("d", 1), log)
log.clear()
print(t("a", 0) or t("b", "") or t("c", "x") or t("d", 1), log)
log.clear()
if t("a", 1) < t("b", 2) < t("c", 1) < t("d", 5):
    print("yes")
print(log)
log.clear()
x = t("cond", False) if t("test", 0) else t("else", "E")
print(x, log)
print(not (1 and 0), not [] or 5, (None or []) and 1)
i = 0
while i < 10 and i * i < 20:
    i += 1
print(i)
