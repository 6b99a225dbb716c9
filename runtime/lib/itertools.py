"""Iterator building blocks (the itertools module, written for pyc).

Every tool is a class whose instances are their own iterators, so that
type names and `iter(x) is x` match CPython's.
"""


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
        if not self._saved:
            raise StopIteration
        self._index = (self._index + 1) % len(self._saved)
        return self._saved[self._index]


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %r)' % (self._obj, self._times)


def _gen_class(name, doc):
    # A class wrapping a generator function: instances are iterators.
    def make(genfunc):
        def __init__(self, *args, **kwargs):
            self._gen = genfunc(*args, **kwargs)

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._gen)

        cls = type(name, (), {'__init__': __init__, '__iter__': __iter__,
                              '__next__': __next__, '__doc__': doc,
                              '__module__': 'itertools'})
        return cls
    return make


def _accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


accumulate = _gen_class('accumulate', 'Running totals or other binary-function results.')(_accumulate)


def _chain(*iterables):
    for it in iterables:
        yield from it


class chain:
    def __init__(self, *iterables):
        self._gen = _chain(*iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._gen = _chain_from(iterable)
        return self


def _chain_from(iterables):
    for it in iterables:
        yield from it


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


compress = _gen_class('compress', 'Data items whose selector is true.')(_compress)


def _dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


dropwhile = _gen_class('dropwhile', 'Skip items while the predicate holds.')(_dropwhile)


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


takewhile = _gen_class('takewhile', 'Items while the predicate holds.')(_takewhile)


def _filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


filterfalse = _gen_class('filterfalse', 'Items for which the predicate is false.')(_filterfalse)


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if not p._has:
            p._advance()
        if not p._has or p._curkey != self._key:
            raise StopIteration
        p._has = False
        return p._value


_no_key = object()


class groupby:
    # One look-ahead item (`_value`, `_curkey`, valid while `_has`) is
    # shared between the groupby and its current group iterator.
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._has = False
        self._grouper = None
        self._tgtkey = _no_key
        self._curkey = None
        self._value = None

    def _advance(self):
        for v in self._it:
            self._value = v
            self._curkey = v if self._keyfunc is None else self._keyfunc(v)
            self._has = True
            return
        self._has = False

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        while True:
            if not self._has:
                self._advance()
                if not self._has:
                    raise StopIteration
            if self._tgtkey is not _no_key and self._curkey == self._tgtkey:
                self._has = False
                continue
            break
        self._tgtkey = self._curkey
        g = _grouper(self, self._curkey)
        self._grouper = g
        return self._curkey, g


class islice:
    def __init__(self, iterable, *args):
        s = slice(*args)
        start = 0 if s.start is None else s.start
        stop = s.stop
        step = 1 if s.step is None else s.step
        for v in (start, stop):
            if v is not None and (not isinstance(v, int) or v < 0):
                raise ValueError('Indices for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
        if not isinstance(step, int) or step <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # Consume up to stop, as CPython does, then finish.
            while self._pos < self._stop:
                self._pos += 1
                try:
                    next(it)
                except StopIteration:
                    break
            self._it = None
            raise StopIteration
        while self._pos < self._next:
            self._pos += 1
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            v = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return v


def _pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        break


pairwise = _gen_class('pairwise', 'Successive overlapping pairs.')(_pairwise)


def _starmap(function, iterable):
    for args in iterable:
        yield function(*args)


starmap = _gen_class('starmap', 'function(*args) for each args tuple.')(_starmap)


def tee(iterable, n=2, /):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    class _tee:
        def __init__(self, buf):
            self._buf = buf

        def __iter__(self):
            return self

        def __next__(self):
            if not self._buf:
                v = next(it)
                for b in buffers:
                    b.append(v)
            return self._buf.pop(0)

    return tuple(_tee(b) for b in buffers)


def _zip_longest(*iterables, fillvalue=None):
    iters = [iter(it) for it in iterables]
    active = len(iters)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iters):
            try:
                v = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iters[i] = repeat(fillvalue)
                v = fillvalue
            values.append(v)
        yield tuple(values)


zip_longest = _gen_class('zip_longest', 'Zip, padding shorter inputs.')(_zip_longest)


def _product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


product = _gen_class('product', 'Cartesian product of input iterables.')(_product)


def _permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


permutations = _gen_class('permutations', 'Successive r-length permutations.')(_permutations)


def _combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


combinations = _gen_class('combinations', 'Successive r-length combinations.')(_combinations)


def _combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


combinations_with_replacement = _gen_class(
    'combinations_with_replacement',
    'Successive r-length combinations allowing repeated elements.')(_combinations_with_replacement)
