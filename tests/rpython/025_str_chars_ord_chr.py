"""Characters: ord/chr round trips, Caesar cipher, char classification by code ranges."""


def caesar(s, k):
    out = []
    for c in s:
        o = ord(c)
        if ord("a") <= o <= ord("z"):
            out.append(chr((o - ord("a") + k) % 26 + ord("a")))
        elif ord("A") <= o <= ord("Z"):
            out.append(chr((o - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)


def to_hex(s):
    digits = "0123456789abcdef"
    out = ""
    for c in s:
        o = ord(c)
        out += digits[o >> 4] + digits[o & 15]
    return out


def entry_point(argv):
    k = len(argv) + 2              # 3
    msg = "Hello, World! xyz ABC"
    enc = caesar(msg, k)
    print(enc)
    print(caesar(enc, 26 - k))
    print("hex:", to_hex("RPy\n\t~"))
    codes = []
    for c in "AZaz09 ~":
        codes.append(str(ord(c)))
    print("ords:", " ".join(codes))
    alphabet = ""
    for i in range(32, 127):
        alphabet += chr(i)
    print("printable:", alphabet)
    print("chr/ord big:", ord(chr(233)), ord(chr(0x65E5)), ord(chr(0x1F600)), len(chr(0x1F600)))
    c = "q"
    print("char compare:", c < "r", c > "a", c == "q", c + c)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
