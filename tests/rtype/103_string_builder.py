from rpython.rlib.rstring import ByteStringBuilder, StringBuilder


class Writer(object):
    def __init__(self):
        self.sb = StringBuilder(16)

    def line(self, text, indent):
        self.sb.append_multiple_char(" ", indent)
        self.sb.append(text)
        self.sb.append_char("\n")


def render(items):
    w = Writer()
    for i in range(len(items)):
        w.line(items[i], i * 2)
    w.sb.append_slice("<<end>>", 2, 5)
    return w.sb.build() + str(w.sb.getlength())


def pack(data):
    out = ByteStringBuilder()
    out.append(data)
    out.append_char(b"!")
    out.append_multiple_char(b"-", 3)
    return out.build()


def entry_point(argv):
    print(render(argv))
    print(pack(argv[0].encode("utf-8")))
    return 0


def target(driver, args):
    return entry_point
