"""Exceptions carrying attributes (ints, strs, lists), exceptions with methods, and `as` binding."""


class ValidationError(Exception):
    def __init__(self, field, reason, line):
        self.field = field
        self.reason = reason
        self.line = line

    def describe(self):
        return "line %d: field %r %s" % (self.line, self.field, self.reason)


class MultiError(Exception):
    def __init__(self, errors):
        self.errors = errors


def validate_record(line_no, text):
    parts = text.split(",")
    if len(parts) != 3:
        raise ValidationError("*", "wrong number of fields (%d)" % len(parts), line_no)
    name = parts[0].strip()
    if name == "":
        raise ValidationError("name", "is empty", line_no)
    age_text = parts[1].strip()
    if not age_text.isdigit():
        raise ValidationError("age", "is not a number: " + age_text, line_no)
    return name + ":" + age_text


def validate_all(lines):
    errors = []
    good = []
    for i in range(len(lines)):
        try:
            good.append(validate_record(i + 1, lines[i]))
        except ValidationError as e:
            errors.append(e)
    if len(errors) > 0:
        raise MultiError(errors)
    return good


def entry_point(argv):
    data = ["ann, 31, x", ",5,y", "bob, old, z", "cid,40", "dee, 22, w"]
    try:
        validate_all(data)
        print("all valid")
    except MultiError as m:
        print("%d errors" % len(m.errors))
        for e in m.errors:
            print("  " + e.describe())
            print("  fields:", e.field, e.line)
    print(",".join(validate_all(["a,1,b", "c,2,d"])))
    try:
        raise ValidationError("f", "r", 99)
    except ValidationError as e:
        e.line += 1
        print("modified:", e.describe())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
