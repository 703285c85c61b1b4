"""The interactive prompt (`pypy-c` with a terminal on stdin): reads a
statement (with `... ` continuation lines for blocks and open brackets),
runs it in `__main__` and prints the value of expression statements."""

BANNER = ("Python 3.11 (pyinterp, an interpreter written in RPython-3)\n"
          "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")


class ScanState(object):
    def __init__(self):
        self.depth = 0          # open brackets
        self.quote = ""         # the open triple quote, or ""


def strip_comment_and_strings(line, state):
    """Scans one line, updating the ScanState. Returns the line's code
    with the comment removed (each string becomes "s")."""
    out = []
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if state.quote != "":
            if line[i:i + 3] == state.quote:
                state.quote = ""
                i += 3
                continue
            if c == "\\":
                i += 2
                continue
            i += 1
            continue
        if c == "#":
            break
        if c == '"' or c == "'":
            if line[i:i + 3] == c * 3:
                state.quote = c * 3
                i += 3
                out.append("s")
                continue
            j = i + 1
            while j < n and line[j] != c:
                if line[j] == "\\":
                    j += 1
                j += 1
            i = j + 1
            out.append("s")
            continue
        if c == "(" or c == "[" or c == "{":
            state.depth += 1
        elif c == ")" or c == "]" or c == "}":
            state.depth -= 1
        out.append(c)
        i += 1
    return "".join(out)


COMPOUND_KEYWORDS = {"def": True, "class": True, "if": True, "for": True,
                     "while": True, "try": True, "with": True,
                     "async": True}


def first_word(code):
    i = 0
    while i < len(code) and (code[i].isalnum() or code[i] == "_"):
        i += 1
    return code[:i]


def needs_more(lines):
    """Whether the statement typed so far continues on the next line."""
    state = ScanState()
    first_code = ""
    last_code = ""
    for k in range(len(lines)):
        code = strip_comment_and_strings(lines[k], state).rstrip()
        if k == 0:
            first_code = code.strip()
        last_code = code
    if state.depth > 0 or state.quote != "" or last_code.endswith("\\"):
        return True
    if first_code.endswith(":") or first_code.startswith("@") or \
            first_word(first_code) in COMPOUND_KEYWORDS:
        # a compound statement ends with an empty line
        return lines[len(lines) - 1].strip() != ""
    return False


def run_interactive(space, run_statement):
    """The read-eval-print loop. `run_statement(source)` compiles and runs
    one statement and returns -1, or an exit status to stop with."""
    ec = space.interp
    ec.write_err(BANNER)
    while True:
        ec.write_err(">>> ")
        line = ec.read_line()
        if line is None:
            ec.write_err("\n")
            return 0
        lines = [strip_newline(line)]
        if lines[0].strip() == "":
            continue
        eof = False
        while needs_more(lines):
            ec.write_err("... ")
            line = ec.read_line()
            if line is None:
                eof = True
                break
            lines.append(strip_newline(line))
        status = run_statement("\n".join(lines) + "\n")
        if status >= 0:
            return status
        if eof:
            ec.write_err("\n")
            return 0


def strip_newline(line):
    if line.endswith("\n"):
        end = len(line) - 1
        assert end >= 0
        return line[:end]
    return line
