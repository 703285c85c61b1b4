# error: attribute 'detail' of AppError is a str in BadInput and an int in BadCount; read through AppError it would have two types
# at: "print(e.detail)"
# provenance: "self.detail = text" (str, BadInput); "self.detail = count" (int, BadCount)


class AppError(Exception):
    pass


class BadInput(AppError):
    def __init__(self, text):
        self.detail = text


class BadCount(AppError):
    def __init__(self, count):
        self.detail = count


def check(argv):
    if len(argv) > 5:
        raise BadInput(argv[0])
    if len(argv) > 3:
        raise BadCount(len(argv))
    return 0


def entry_point(argv):
    try:
        return check(argv)
    except AppError as e:
        print(e.detail)
        return 1


def target(driver, args):
    return entry_point
