"""string: common string constants and capwords (app-level module of
pyinterp, written from the documentation of CPython's `string`)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using str.split(sep), capitalize each
    word using str.capitalize() and join them with sep (a space if
    None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


def _position(s, i):
    """(line, column) of the invalid placeholder whose delimiter is at
    s[i], as CPython's message counts them (from the character after the
    delimiter; the column is 0-based after the first line)."""
    lines = s[:i + 1].splitlines(True)
    return len(lines), i + 1 - len(''.join(lines[:-1]))


def _merged(mapping, kws):
    """The names of a substitution: `mapping`, with keywords overriding."""
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged


class Template:
    """A string class for supporting $-substitutions: $identifier,
    ${identifier} and $$ (a literal $)."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parse(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c != self.delimiter:
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == self.delimiter:
                out.append(self.delimiter)
                i += 2
                continue
            braced = i + 1 < n and s[i + 1] == '{'
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (s[k] == '_' or s[k].isalnum() and s[k].isascii()) \
                    and not (k == j and s[k].isdigit()):
                k += 1
            name = s[j:k]
            if not name or (braced and (k >= n or s[k] != '}')):
                if safe:
                    out.append(c)
                    i += 1
                    continue
                lineno, col = _position(s, i)
                raise ValueError('Invalid placeholder in string: line %d, '
                                 'col %d' % (lineno, col))
            end = k + 1 if braced else k
            if safe and name not in mapping:
                out.append(s[i:end])
            else:
                out.append(str(mapping[name]))
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._parse(_merged(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._parse(_merged(mapping, kws), True)
