"""Custom exception hierarchy: catching by base class, order of except clauses, except tuples."""


class AppError(Exception):
    pass


class ParseError(AppError):
    pass


class EvalError(AppError):
    pass


class DivError(EvalError):
    pass


def risky(k):
    if k == 0:
        raise ParseError()
    if k == 1:
        raise EvalError()
    if k == 2:
        raise DivError()
    if k == 3:
        raise AppError()
    if k == 4:
        raise ValueError()
    return k * 10


def classify(k):
    try:
        v = risky(k)
    except DivError:
        return "DivError"
    except EvalError:
        return "EvalError"
    except ParseError:
        return "ParseError"
    except AppError:
        return "AppError"
    except ValueError:
        return "ValueError"
    return "ok %d" % v


def broad(k):
    try:
        risky(k)
    except (ParseError, DivError):
        return "parse-or-div"
    except Exception:
        return "other exception"
    return "none"


def entry_point(argv):
    for k in range(6):
        print(k, classify(k), "|", broad(k))
    caught = 0
    for k in range(6):
        try:
            risky(k)
        except AppError:
            caught += 1
        except ValueError:
            caught += 100
    print("caught:", caught)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
