"""StringBuilder: append, append_char, append_slice, append_multiple_char, getlength, build."""
from rpython.rlib.rstring import StringBuilder


def render_bar(label, value):
    sb = StringBuilder(32)
    sb.append(label)
    sb.append_multiple_char(" ", 8 - len(label))
    sb.append_char("|")
    sb.append_multiple_char("#", value)
    sb.append_multiple_char(".", 20 - value)
    sb.append_char("|")
    sb.append(" ")
    sb.append(str(value))
    return sb.build()


def entry_point(argv):
    sb = StringBuilder()
    print("empty length:", sb.getlength(), "[" + sb.build() + "]")
    sb.append("Hello")
    sb.append(", ")
    sb.append_slice("xxWorldxx", 2, 7)
    sb.append_char("!")
    print("length:", sb.getlength())
    print(sb.build())
    sb.append(" more")
    print("after build, append again:", sb.build(), sb.getlength())
    for label, v in [("alpha", 3), ("beta", 17), ("gamma", 0), ("delta", 20)]:
        print(render_bar(label, v))
    big = StringBuilder()
    for i in range(1000):
        big.append(str(i % 10))
    s = big.build()
    print("big length:", len(s), big.getlength(), s[:15], s[990:])
    u = StringBuilder()
    u.append("日本")
    u.append_char("é")
    u.append_multiple_char("ü", 3)
    u.append_slice("😀abc", 0, 2)
    print("unicode:", u.build(), u.getlength())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
