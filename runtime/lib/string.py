"""String constants and Template substitution (string, written for pyc)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class Template:
    """$-substitution: $$ escapes, $name and ${name} are placeholders."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        tpl = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(tpl)
        dl = len(delim)
        while i < n:
            j = tpl.find(delim, i)
            if j < 0:
                out.append(tpl[i:])
                break
            out.append(tpl[i:j])
            k = j + dl
            if tpl.startswith(delim, k):
                out.append(delim)
                i = k + dl
                continue
            if k < n and tpl[k] == '{':
                end = k + 1
                while end < n and _is_id_char(tpl[end]):
                    end += 1
                name = tpl[k + 1:end]
                if name and _is_id_start(name[0]) and end < n and tpl[end] == '}':
                    out.append(self._lookup(mapping, name, tpl[j:end + 1], safe))
                    i = end + 1
                    continue
                self._invalid(k, safe)
                out.append(delim)
                i = k
                continue
            if k < n and _is_id_start(tpl[k]):
                end = k
                while end < n and _is_id_char(tpl[end]):
                    end += 1
                name = tpl[k:end]
                out.append(self._lookup(mapping, name, tpl[j:end], safe))
                i = end
                continue
            self._invalid(k, safe)
            out.append(delim)
            i = k
        return ''.join(out)

    def _lookup(self, mapping, name, original, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return original
        return str(mapping[name])

    def _invalid(self, pos, safe):
        if safe:
            return
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def is_valid(self):
        try:
            self._scan(_AnyKey(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        names = _Collect()
        self._scan(names, True)
        return names.found


class _AnyKey:
    def __getitem__(self, key):
        return ''


class _Collect:
    def __init__(self):
        self.found = []

    def __getitem__(self, key):
        if key not in self.found:
            self.found.append(key)
        return ''


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    return _Chain(kws, mapping)


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format machinery exposed for subclassing (basic)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)
