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
    """The str.format machinery with overridable steps: parse() splits a
    format string, get_field()/get_value() look fields up, convert_field()
    and format_field() render them; vformat() drives them."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from automatic field '
                                     'numbering to manual field specification')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

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

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples;
        a trailing literal has None for the last three."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(s):
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{' or c == '}':
            if i + 1 < n and s[i + 1] == c:
                literal.append(c)
                i += 2
                yield ''.join(literal), None, None, None
                literal = []
                continue
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            name, spec, conversion = _split_field(s[i + 1:j])
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j + 1
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    """'name!c:spec' -> (name, spec, c or None)."""
    k = 0
    n = len(field)
    while k < n and field[k] not in '!:':
        if field[k] == '[':
            while k < n and field[k] != ']':
                k += 1
        k += 1
    k = min(k, n)
    name = field[:k]
    conversion = None
    if k < n and field[k] == '!':
        if k + 1 >= n:
            raise ValueError("unmatched '{' in format spec")
        conversion = field[k + 1]
        k += 2
        if k < n and field[k] != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec = field[k + 1:] if k < n else ''
    return name, spec, conversion


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); a numeric head is an int."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            j = k + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[k + 1:j]))
            k = j
        else:
            j = name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
    return first, rest
