"""Building a big text report with StringBuilder (thousands of lines) and printing a digest of it."""
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rarithmetic import intmask


class Sale(object):
    def __init__(self, region, product, qty, price):
        self.region = region
        self.product = product
        self.qty = qty
        self.price = price


REGIONS = ["north", "south", "east", "west"]
PRODUCTS = ["widget", "gadget", "doohickey", "thingamajig", "whatsit"]


def generate(n):
    sales = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        r = REGIONS[x % 4]
        p = PRODUCTS[(x >> 8) % 5]
        qty = 1 + (x >> 16) % 20
        price = ((x >> 4) % 10000) / 100.0
        sales.append(Sale(r, p, qty, price))
    return sales


def checksum(s):
    h = 0
    for c in s:
        h = intmask(h * 31 + ord(c))
    return h


def entry_point(argv):
    sales = generate(3000)
    sb = StringBuilder()
    sb.append("SALES REPORT\n")
    sb.append_multiple_char("=", 60)
    sb.append("\n")
    totals = {}
    for i in range(len(sales)):
        s = sales[i]
        amount = s.qty * s.price
        sb.append("%05d %-6s %-12s %3d x %8.2f = %10.2f\n" % (i, s.region, s.product, s.qty, s.price, amount))
        key = s.region + "/" + s.product
        totals[key] = totals.get(key, 0.0) + amount
    sb.append_multiple_char("-", 60)
    sb.append("\n")
    grand = 0.0
    for k in totals:
        sb.append("%-24s %14.2f\n" % (k, totals[k]))
        grand += totals[k]
    sb.append("GRAND TOTAL %.2f\n" % grand)
    report = sb.build()
    lines = report.split("\n")
    print("report length:", len(report), "chars,", len(lines), "lines")
    print("builder length matches:", sb.getlength() == len(report))
    for l in lines[:5]:
        print(l)
    print("...")
    tail = len(lines) - 8
    if tail < 0:
        tail = 0
    for l in lines[tail:]:
        print(l)
    print("checksum:", checksum(report))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
