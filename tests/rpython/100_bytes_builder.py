"""ByteStringBuilder and bytes processing: hex dump, run-length encoding of bytes, base64-like encoding by hand."""
import os
from rpython.rlib.rstring import ByteStringBuilder, StringBuilder

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    sb = StringBuilder()
    i = 0
    n = len(data)
    while i + 2 < n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        sb.append(B64[(v >> 18) & 63])
        sb.append(B64[(v >> 12) & 63])
        sb.append(B64[(v >> 6) & 63])
        sb.append(B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        sb.append(B64[(v >> 18) & 63])
        sb.append(B64[(v >> 12) & 63])
        sb.append("==")
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        sb.append(B64[(v >> 18) & 63])
        sb.append(B64[(v >> 12) & 63])
        sb.append(B64[(v >> 6) & 63])
        sb.append("=")
    return sb.build()


def hexdump(data):
    lines = []
    for off in range(0, len(data), 8):
        chunk = data[off:off + 8]
        hexpart = " ".join(["%02x" % b for b in chunk])
        text = ""
        for b in chunk:
            if 32 <= b < 127:
                text += chr(b)
            else:
                text += "."
        lines.append("%04x  %-23s  %s" % (off, hexpart, text))
    return "\n".join(lines)


def rle(data):
    out = ByteStringBuilder()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(bytes([j - i, data[i]]))
        i = j
    return out.build()


def entry_point(argv):
    bb = ByteStringBuilder()
    bb.append(b"RPy")
    bb.append(b"\x00\x01\xff")
    bb.append("é!".encode("utf-8"))
    bb.append_slice(b"0123456789", 3, 7)
    data = bb.build()
    print("built %d bytes" % len(data), bb.getlength())
    print(hexdump(data))
    for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", data]:
        print("b64(%d bytes) = %s" % (len(s), b64encode(s)))
    packed = rle(b"aaaabbbcddddddddde" + b"z" * 300)
    print("rle length:", len(packed), "pairs:", " ".join(["%d" % b for b in packed[:12]]))
    os.write(1, b"done: " + data[0:3] + b"\n")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
