"""Generated benchmark input: a realistic 10,000-line program (see gen_big10k.py)."""
from __future__ import annotations

import functools
import itertools
from collections import defaultdict


def trace(label):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            wrapper.calls += 1
            return fn(*args, **kwargs)
        wrapper.calls = 0
        wrapper.label = label
        return wrapper
    return decorate


class BaseModel:
    __slots__ = ()
    registry = defaultdict(list)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        BaseModel.registry[cls.__name__[0]].append(cls)


async def fetch_item_1(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelzeta2(BaseModel):
    """A Modelzeta2 record with 4 fields."""

    __slots__ = ('epsilon_0', 'alpha_1', 'item_2', 'omega_3')
    kind = 'modelzeta2'

    def __init__(self, epsilon_0=None, alpha_1=None, item_2=None, omega_3=None):
        super().__init__()
        self.epsilon_0 = epsilon_0
        self.alpha_1 = alpha_1
        self.item_2 = item_2
        self.omega_3 = omega_3

    def __repr__(self):
        return f'Modelzeta2(epsilon_0={self.epsilon_0!r}, alpha_1={self.alpha_1!r}, item_2={self.item_2!r}, omega_3={self.omega_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('epsilon_0', 'alpha_1', 'item_2', 'omega_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_omega_3(self, omega, total_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 3 from omega and total_b."""
        index = {}
        for position, entry in enumerate(omega or []):
            bucket = index.setdefault(entry.get('price', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if total_b is None else total_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_price_4(self, kappa, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute price 4 from kappa and record_b."""
        index = {}
        for position, entry in enumerate(kappa or []):
            bucket = index.setdefault(entry.get('epsilon', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if record_b is None else record_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_cache_5(sigma, zeta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute cache 5 from sigma and zeta_b."""
    values = [x * 7 for x in range(len(sigma or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 7}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:7], zeta_b


class Modelalpha6(BaseModel):
    """A Modelalpha6 record with 4 fields."""

    __slots__ = ('weight_0', 'beta_1', 'user_2', 'order_3')
    kind = 'modelalpha6'

    def __init__(self, weight_0=None, beta_1=None, user_2=None, order_3=None):
        super().__init__()
        self.weight_0 = weight_0
        self.beta_1 = beta_1
        self.user_2 = user_2
        self.order_3 = order_3

    def __repr__(self):
        return f'Modelalpha6(weight_0={self.weight_0!r}, beta_1={self.beta_1!r}, user_2={self.user_2!r}, order_3={self.order_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('weight_0', 'beta_1', 'user_2', 'order_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_entry_7(self, total, total_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute entry 7 from total and total_b."""
        index = {}
        for position, entry in enumerate(total or []):
            bucket = index.setdefault(entry.get('weight', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if total_b is None else total_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


async def fetch_limit_8(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_beta_9(account, record_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute beta 9 from account and record_b."""
    index = {}
    for position, entry in enumerate(account or []):
        bucket = index.setdefault(entry.get('offset', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if record_b is None else record_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_limit_10(kappa, buffer_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute limit 10 from kappa and buffer_b."""
    match kappa:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), buffer_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_epsilon_11(index, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute epsilon 11 from index and kappa_b."""
    index = {}
    for position, entry in enumerate(index or []):
        bucket = index.setdefault(entry.get('queue', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if kappa_b is None else kappa_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


async def fetch_theta_12(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelgraph13(BaseModel):
    """A Modelgraph13 record with 3 fields."""

    __slots__ = ('entry_0', 'alpha_1', 'index_2')
    kind = 'modelgraph13'

    def __init__(self, entry_0=None, alpha_1=None, index_2=None):
        super().__init__()
        self.entry_0 = entry_0
        self.alpha_1 = alpha_1
        self.index_2 = index_2

    def __repr__(self):
        return f'Modelgraph13(entry_0={self.entry_0!r}, alpha_1={self.alpha_1!r}, index_2={self.index_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('entry_0', 'alpha_1', 'index_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_graph_14(self, cache, beta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute graph 14 from cache and beta_b."""
        index = {}
        for position, entry in enumerate(cache or []):
            bucket = index.setdefault(entry.get('lambda_', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if beta_b is None else beta_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_value_15(self, lambda_, offset_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 15 from lambda_ and offset_b."""
        values = [x * 5 for x in range(len(lambda_ or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], offset_b


class Modelprice16(BaseModel):
    """A Modelprice16 record with 2 fields."""

    __slots__ = ('count_0', 'graph_1')
    kind = 'modelprice16'

    def __init__(self, count_0=None, graph_1=None):
        super().__init__()
        self.count_0 = count_0
        self.graph_1 = graph_1

    def __repr__(self):
        return f'Modelprice16(count_0={self.count_0!r}, graph_1={self.graph_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('count_0', 'graph_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_entry_17(self, beta, gamma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute entry 17 from beta and gamma_b."""
        match beta:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), gamma_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_record_18(self, omega, limit_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute record 18 from omega and limit_b."""
        match omega:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), limit_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_kappa_19(self, offset, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute kappa 19 from offset and buffer_b."""
        match offset:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), buffer_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


async def fetch_graph_20(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_graph_21(delta, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute graph 21 from delta and entry_b."""
    index = {}
    for position, entry in enumerate(delta or []):
        bucket = index.setdefault(entry.get('epsilon', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if entry_b is None else entry_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


async def fetch_gamma_22(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modeldelta23(BaseModel):
    """A Modeldelta23 record with 3 fields."""

    __slots__ = ('delta_0', 'user_1', 'gamma_2')
    kind = 'modeldelta23'

    def __init__(self, delta_0=None, user_1=None, gamma_2=None):
        super().__init__()
        self.delta_0 = delta_0
        self.user_1 = user_1
        self.gamma_2 = gamma_2

    def __repr__(self):
        return f'Modeldelta23(delta_0={self.delta_0!r}, user_1={self.user_1!r}, gamma_2={self.gamma_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('delta_0', 'user_1', 'gamma_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_count_24(self, account, user_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 24 from account and user_b."""
        values = [x * 7 for x in range(len(account or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 7}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:7], user_b


def iter_omega_25(items, size=4):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_omega_25')
def iter_omega_25_sum(items):
    return sum(sum(b) for b in iter_omega_25(items))


async def fetch_node_26(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelzeta27(BaseModel):
    """A Modelzeta27 record with 2 fields."""

    __slots__ = ('offset_0', 'node_1')
    kind = 'modelzeta27'

    def __init__(self, offset_0=None, node_1=None):
        super().__init__()
        self.offset_0 = offset_0
        self.node_1 = node_1

    def __repr__(self):
        return f'Modelzeta27(offset_0={self.offset_0!r}, node_1={self.node_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('offset_0', 'node_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_score_28(self, account, order_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute score 28 from account and order_b."""
        name = str(account).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>12} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), order_b or 'n/a')
        return '\n'.join(lines + [footer])


def compute_theta_29(account, alpha_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute theta 29 from account and alpha_b."""
    match account:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), alpha_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


async def fetch_record_30(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_account_31(cache, node_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute account 31 from cache and node_b."""
    values = [x * 6 for x in range(len(cache or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 6}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], node_b


def compute_total_32(delta, beta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute total 32 from delta and beta_b."""
    values = [x * 6 for x in range(len(delta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 6}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], beta_b


class Modelweight33(BaseModel):
    """A Modelweight33 record with 4 fields."""

    __slots__ = ('node_0', 'count_1', 'epsilon_2', 'price_3')
    kind = 'modelweight33'

    def __init__(self, node_0=None, count_1=None, epsilon_2=None, price_3=None):
        super().__init__()
        self.node_0 = node_0
        self.count_1 = count_1
        self.epsilon_2 = epsilon_2
        self.price_3 = price_3

    def __repr__(self):
        return f'Modelweight33(node_0={self.node_0!r}, count_1={self.count_1!r}, epsilon_2={self.epsilon_2!r}, price_3={self.price_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('node_0', 'count_1', 'epsilon_2', 'price_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_cache_34(self, entry, edge_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 34 from entry and edge_b."""
        result = []
        for i, value in enumerate(entry or range(3)):
            if i % 3 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 3)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if edge_b is None else (total, edge_b)

    def compute_weight_35(self, limit, gamma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute weight 35 from limit and gamma_b."""
        try:
            ratio = len(limit) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if gamma_b is not None and not isinstance(gamma_b, (int, float)):
            raise TypeError(f'expected a number, got {type(gamma_b).__name__}')
        return ratio * scale, message

    def compute_limit_36(self, cache, weight_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 36 from cache and weight_b."""
        name = str(cache).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>7} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), weight_b or 'n/a')
        return '\n'.join(lines + [footer])


class Modelitem37(BaseModel):
    """A Modelitem37 record with 2 fields."""

    __slots__ = ('limit_0', 'sigma_1')
    kind = 'modelitem37'

    def __init__(self, limit_0=None, sigma_1=None):
        super().__init__()
        self.limit_0 = limit_0
        self.sigma_1 = sigma_1

    def __repr__(self):
        return f'Modelitem37(limit_0={self.limit_0!r}, sigma_1={self.sigma_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('limit_0', 'sigma_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_total_38(self, record, theta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 38 from record and theta_b."""
        name = str(record).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>17} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), theta_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_edge_39(self, theta, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute edge 39 from theta and cache_b."""
        result = []
        for i, value in enumerate(theta or range(8)):
            if i % 8 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 8)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if cache_b is None else (total, cache_b)


class Modeldelta40(BaseModel):
    """A Modeldelta40 record with 4 fields."""

    __slots__ = ('alpha_0', 'entry_1', 'edge_2', 'buffer_3')
    kind = 'modeldelta40'

    def __init__(self, alpha_0=None, entry_1=None, edge_2=None, buffer_3=None):
        super().__init__()
        self.alpha_0 = alpha_0
        self.entry_1 = entry_1
        self.edge_2 = edge_2
        self.buffer_3 = buffer_3

    def __repr__(self):
        return f'Modeldelta40(alpha_0={self.alpha_0!r}, entry_1={self.entry_1!r}, edge_2={self.edge_2!r}, buffer_3={self.buffer_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('alpha_0', 'entry_1', 'edge_2', 'buffer_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_offset_41(self, order, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute offset 41 from order and price_b."""
        index = {}
        for position, entry in enumerate(order or []):
            bucket = index.setdefault(entry.get('edge', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if price_b is None else price_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_buffer_42(self, offset, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute buffer 42 from offset and price_b."""
        index = {}
        for position, entry in enumerate(offset or []):
            bucket = index.setdefault(entry.get('item', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if price_b is None else price_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_account_43(self, queue, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 43 from queue and graph_b."""
        try:
            ratio = len(queue) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if graph_b is not None and not isinstance(graph_b, (int, float)):
            raise TypeError(f'expected a number, got {type(graph_b).__name__}')
        return ratio * scale, message


def compute_user_44(edge, score_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute user 44 from edge and score_b."""
    match edge:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), score_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


class Modelaccount45(BaseModel):
    """A Modelaccount45 record with 3 fields."""

    __slots__ = ('kappa_0', 'beta_1', 'limit_2')
    kind = 'modelaccount45'

    def __init__(self, kappa_0=None, beta_1=None, limit_2=None):
        super().__init__()
        self.kappa_0 = kappa_0
        self.beta_1 = beta_1
        self.limit_2 = limit_2

    def __repr__(self):
        return f'Modelaccount45(kappa_0={self.kappa_0!r}, beta_1={self.beta_1!r}, limit_2={self.limit_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('kappa_0', 'beta_1', 'limit_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_order_46(self, entry, edge_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute order 46 from entry and edge_b."""
        index = {}
        for position, entry in enumerate(entry or []):
            bucket = index.setdefault(entry.get('epsilon', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if edge_b is None else edge_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_score_47(self, user, sigma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute score 47 from user and sigma_b."""
        name = str(user).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>4} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), sigma_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_limit_48(self, sigma, theta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 48 from sigma and theta_b."""
        index = {}
        for position, entry in enumerate(sigma or []):
            bucket = index.setdefault(entry.get('delta', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if theta_b is None else theta_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_item_49(offset, queue_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute item 49 from offset and queue_b."""
    try:
        ratio = len(offset) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if queue_b is not None and not isinstance(queue_b, (int, float)):
        raise TypeError(f'expected a number, got {type(queue_b).__name__}')
    return ratio * scale, message


class Modelepsilon50(BaseModel):
    """A Modelepsilon50 record with 5 fields."""

    __slots__ = ('node_0', 'entry_1', 'edge_2', 'record_3', 'count_4')
    kind = 'modelepsilon50'

    def __init__(self, node_0=None, entry_1=None, edge_2=None, record_3=None, count_4=None):
        super().__init__()
        self.node_0 = node_0
        self.entry_1 = entry_1
        self.edge_2 = edge_2
        self.record_3 = record_3
        self.count_4 = count_4

    def __repr__(self):
        return f'Modelepsilon50(node_0={self.node_0!r}, entry_1={self.entry_1!r}, edge_2={self.edge_2!r}, record_3={self.record_3!r}, count_4={self.count_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('node_0', 'entry_1', 'edge_2', 'record_3', 'count_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_sigma_51(self, cache, score_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute sigma 51 from cache and score_b."""
        index = {}
        for position, entry in enumerate(cache or []):
            bucket = index.setdefault(entry.get('item', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if score_b is None else score_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_offset_52(self, gamma, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute offset 52 from gamma and delta_b."""
        name = str(gamma).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>4} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), delta_b or 'n/a')
        return '\n'.join(lines + [footer])


def compute_index_53(entry, omega_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute index 53 from entry and omega_b."""
    try:
        ratio = len(entry) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if omega_b is not None and not isinstance(omega_b, (int, float)):
        raise TypeError(f'expected a number, got {type(omega_b).__name__}')
    return ratio * scale, message


async def fetch_index_54(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_theta_55(entry, delta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute theta 55 from entry and delta_b."""
    index = {}
    for position, entry in enumerate(entry or []):
        bucket = index.setdefault(entry.get('item', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if delta_b is None else delta_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_kappa_56(zeta, queue_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute kappa 56 from zeta and queue_b."""
    name = str(zeta).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>18} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), queue_b or 'n/a')
    return '\n'.join(lines + [footer])


def compute_graph_57(item, lambda__b=None, *extra, scale: float = 1.0, **options):
    """Compute compute graph 57 from item and lambda__b."""
    result = []
    for i, value in enumerate(item or range(2)):
        if i % 2 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 2)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if lambda__b is None else (total, lambda__b)


class Modeloffset58(BaseModel):
    """A Modeloffset58 record with 3 fields."""

    __slots__ = ('score_0', 'cache_1', 'sigma_2')
    kind = 'modeloffset58'

    def __init__(self, score_0=None, cache_1=None, sigma_2=None):
        super().__init__()
        self.score_0 = score_0
        self.cache_1 = cache_1
        self.sigma_2 = sigma_2

    def __repr__(self):
        return f'Modeloffset58(score_0={self.score_0!r}, cache_1={self.cache_1!r}, sigma_2={self.sigma_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('score_0', 'cache_1', 'sigma_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_score_59(self, alpha, alpha_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute score 59 from alpha and alpha_b."""
        values = [x * 2 for x in range(len(alpha or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], alpha_b

    def compute_total_60(self, cache, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 60 from cache and count_b."""
        index = {}
        for position, entry in enumerate(cache or []):
            bucket = index.setdefault(entry.get('account', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if count_b is None else count_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_record_61(self, alpha, omega_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute record 61 from alpha and omega_b."""
        try:
            ratio = len(alpha) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if omega_b is not None and not isinstance(omega_b, (int, float)):
            raise TypeError(f'expected a number, got {type(omega_b).__name__}')
        return ratio * scale, message


def compute_beta_62(record, gamma_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute beta 62 from record and gamma_b."""
    index = {}
    for position, entry in enumerate(record or []):
        bucket = index.setdefault(entry.get('account', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if gamma_b is None else gamma_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_zeta_63(zeta, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute zeta 63 from zeta and entry_b."""
    index = {}
    for position, entry in enumerate(zeta or []):
        bucket = index.setdefault(entry.get('graph', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if entry_b is None else entry_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


class Modelepsilon64(BaseModel):
    """A Modelepsilon64 record with 5 fields."""

    __slots__ = ('sigma_0', 'score_1', 'epsilon_2', 'kappa_3', 'omega_4')
    kind = 'modelepsilon64'

    def __init__(self, sigma_0=None, score_1=None, epsilon_2=None, kappa_3=None, omega_4=None):
        super().__init__()
        self.sigma_0 = sigma_0
        self.score_1 = score_1
        self.epsilon_2 = epsilon_2
        self.kappa_3 = kappa_3
        self.omega_4 = omega_4

    def __repr__(self):
        return f'Modelepsilon64(sigma_0={self.sigma_0!r}, score_1={self.score_1!r}, epsilon_2={self.epsilon_2!r}, kappa_3={self.kappa_3!r}, omega_4={self.omega_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('sigma_0', 'score_1', 'epsilon_2', 'kappa_3', 'omega_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_buffer_65(self, total, account_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute buffer 65 from total and account_b."""
        name = str(total).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>8} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), account_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_limit_66(self, node, weight_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 66 from node and weight_b."""
        try:
            ratio = len(node) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if weight_b is not None and not isinstance(weight_b, (int, float)):
            raise TypeError(f'expected a number, got {type(weight_b).__name__}')
        return ratio * scale, message


class Modelbeta67(BaseModel):
    """A Modelbeta67 record with 5 fields."""

    __slots__ = ('graph_0', 'zeta_1', 'record_2', 'buffer_3', 'record_4')
    kind = 'modelbeta67'

    def __init__(self, graph_0=None, zeta_1=None, record_2=None, buffer_3=None, record_4=None):
        super().__init__()
        self.graph_0 = graph_0
        self.zeta_1 = zeta_1
        self.record_2 = record_2
        self.buffer_3 = buffer_3
        self.record_4 = record_4

    def __repr__(self):
        return f'Modelbeta67(graph_0={self.graph_0!r}, zeta_1={self.zeta_1!r}, record_2={self.record_2!r}, buffer_3={self.buffer_3!r}, record_4={self.record_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('graph_0', 'zeta_1', 'record_2', 'buffer_3', 'record_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_buffer_68(self, buffer, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute buffer 68 from buffer and delta_b."""
        values = [x * 4 for x in range(len(buffer or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 4}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], delta_b

    def compute_beta_69(self, graph, value_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute beta 69 from graph and value_b."""
        match graph:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), value_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_limit_70(self, queue, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 70 from queue and record_b."""
        values = [x * 2 for x in range(len(queue or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], record_b


def compute_lambda__71(sigma, zeta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute lambda  71 from sigma and zeta_b."""
    result = []
    for i, value in enumerate(sigma or range(2)):
        if i % 2 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 2)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if zeta_b is None else (total, zeta_b)


class Modeluser72(BaseModel):
    """A Modeluser72 record with 2 fields."""

    __slots__ = ('count_0', 'lambda__1')
    kind = 'modeluser72'

    def __init__(self, count_0=None, lambda__1=None):
        super().__init__()
        self.count_0 = count_0
        self.lambda__1 = lambda__1

    def __repr__(self):
        return f'Modeluser72(count_0={self.count_0!r}, lambda__1={self.lambda__1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('count_0', 'lambda__1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_value_73(self, graph, entry_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 73 from graph and entry_b."""
        index = {}
        for position, entry in enumerate(graph or []):
            bucket = index.setdefault(entry.get('index', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if entry_b is None else entry_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_weight_74(omega, beta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute weight 74 from omega and beta_b."""
    try:
        ratio = len(omega) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if beta_b is not None and not isinstance(beta_b, (int, float)):
        raise TypeError(f'expected a number, got {type(beta_b).__name__}')
    return ratio * scale, message


class Modelgamma75(BaseModel):
    """A Modelgamma75 record with 3 fields."""

    __slots__ = ('offset_0', 'queue_1', 'kappa_2')
    kind = 'modelgamma75'

    def __init__(self, offset_0=None, queue_1=None, kappa_2=None):
        super().__init__()
        self.offset_0 = offset_0
        self.queue_1 = queue_1
        self.kappa_2 = kappa_2

    def __repr__(self):
        return f'Modelgamma75(offset_0={self.offset_0!r}, queue_1={self.queue_1!r}, kappa_2={self.kappa_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('offset_0', 'queue_1', 'kappa_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_kappa_76(self, record, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute kappa 76 from record and graph_b."""
        values = [x * 6 for x in range(len(record or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 6}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], graph_b


def compute_user_77(gamma, buffer_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute user 77 from gamma and buffer_b."""
    try:
        ratio = len(gamma) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if buffer_b is not None and not isinstance(buffer_b, (int, float)):
        raise TypeError(f'expected a number, got {type(buffer_b).__name__}')
    return ratio * scale, message


def compute_delta_78(index, edge_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute delta 78 from index and edge_b."""
    result = []
    for i, value in enumerate(index or range(2)):
        if i % 2 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 2)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if edge_b is None else (total, edge_b)


def compute_graph_79(cache, record_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute graph 79 from cache and record_b."""
    try:
        ratio = len(cache) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if record_b is not None and not isinstance(record_b, (int, float)):
        raise TypeError(f'expected a number, got {type(record_b).__name__}')
    return ratio * scale, message


class Modelindex80(BaseModel):
    """A Modelindex80 record with 3 fields."""

    __slots__ = ('index_0', 'price_1', 'alpha_2')
    kind = 'modelindex80'

    def __init__(self, index_0=None, price_1=None, alpha_2=None):
        super().__init__()
        self.index_0 = index_0
        self.price_1 = price_1
        self.alpha_2 = alpha_2

    def __repr__(self):
        return f'Modelindex80(index_0={self.index_0!r}, price_1={self.price_1!r}, alpha_2={self.alpha_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('index_0', 'price_1', 'alpha_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_queue_81(self, kappa, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute queue 81 from kappa and count_b."""
        name = str(kappa).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>8} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), count_b or 'n/a')
        return '\n'.join(lines + [footer])


class Modeloffset82(BaseModel):
    """A Modeloffset82 record with 3 fields."""

    __slots__ = ('lambda__0', 'kappa_1', 'sigma_2')
    kind = 'modeloffset82'

    def __init__(self, lambda__0=None, kappa_1=None, sigma_2=None):
        super().__init__()
        self.lambda__0 = lambda__0
        self.kappa_1 = kappa_1
        self.sigma_2 = sigma_2

    def __repr__(self):
        return f'Modeloffset82(lambda__0={self.lambda__0!r}, kappa_1={self.kappa_1!r}, sigma_2={self.sigma_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('lambda__0', 'kappa_1', 'sigma_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_edge_83(self, total, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute edge 83 from total and queue_b."""
        try:
            ratio = len(total) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if queue_b is not None and not isinstance(queue_b, (int, float)):
            raise TypeError(f'expected a number, got {type(queue_b).__name__}')
        return ratio * scale, message


def compute_offset_84(node, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute offset 84 from node and kappa_b."""
    try:
        ratio = len(node) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if kappa_b is not None and not isinstance(kappa_b, (int, float)):
        raise TypeError(f'expected a number, got {type(kappa_b).__name__}')
    return ratio * scale, message


def compute_edge_85(zeta, zeta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute edge 85 from zeta and zeta_b."""
    index = {}
    for position, entry in enumerate(zeta or []):
        bucket = index.setdefault(entry.get('user', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if zeta_b is None else zeta_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


class Modelsigma86(BaseModel):
    """A Modelsigma86 record with 3 fields."""

    __slots__ = ('count_0', 'total_1', 'cache_2')
    kind = 'modelsigma86'

    def __init__(self, count_0=None, total_1=None, cache_2=None):
        super().__init__()
        self.count_0 = count_0
        self.total_1 = total_1
        self.cache_2 = cache_2

    def __repr__(self):
        return f'Modelsigma86(count_0={self.count_0!r}, total_1={self.total_1!r}, cache_2={self.cache_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('count_0', 'total_1', 'cache_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_offset_87(self, queue, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute offset 87 from queue and graph_b."""
        name = str(queue).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>17} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), graph_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_value_88(self, queue, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 88 from queue and delta_b."""
        values = [x * 2 for x in range(len(queue or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], delta_b

    def compute_item_89(self, gamma, kappa_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute item 89 from gamma and kappa_b."""
        match gamma:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), kappa_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


def compute_cache_90(item, value_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute cache 90 from item and value_b."""
    try:
        ratio = len(item) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if value_b is not None and not isinstance(value_b, (int, float)):
        raise TypeError(f'expected a number, got {type(value_b).__name__}')
    return ratio * scale, message


class Modeltotal91(BaseModel):
    """A Modeltotal91 record with 5 fields."""

    __slots__ = ('lambda__0', 'account_1', 'theta_2', 'count_3', 'delta_4')
    kind = 'modeltotal91'

    def __init__(self, lambda__0=None, account_1=None, theta_2=None, count_3=None, delta_4=None):
        super().__init__()
        self.lambda__0 = lambda__0
        self.account_1 = account_1
        self.theta_2 = theta_2
        self.count_3 = count_3
        self.delta_4 = delta_4

    def __repr__(self):
        return f'Modeltotal91(lambda__0={self.lambda__0!r}, account_1={self.account_1!r}, theta_2={self.theta_2!r}, count_3={self.count_3!r}, delta_4={self.delta_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('lambda__0', 'account_1', 'theta_2', 'count_3', 'delta_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_total_92(self, graph, index_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 92 from graph and index_b."""
        name = str(graph).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>7} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), index_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_entry_93(self, price, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute entry 93 from price and price_b."""
        index = {}
        for position, entry in enumerate(price or []):
            bucket = index.setdefault(entry.get('kappa', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if price_b is None else price_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_queue_94(index, price_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute queue 94 from index and price_b."""
    values = [x * 3 for x in range(len(index or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 3}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], price_b


async def fetch_node_95(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_user_96(epsilon, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute user 96 from epsilon and kappa_b."""
    match epsilon:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), kappa_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def iter_user_97(items, size=8):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_user_97')
def iter_user_97_sum(items):
    return sum(sum(b) for b in iter_user_97(items))


def iter_item_98(items, size=3):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_item_98')
def iter_item_98_sum(items):
    return sum(sum(b) for b in iter_item_98(items))


def compute_value_99(limit, price_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute value 99 from limit and price_b."""
    index = {}
    for position, entry in enumerate(limit or []):
        bucket = index.setdefault(entry.get('node', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if price_b is None else price_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


async def fetch_price_100(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_delta_101(edge, alpha_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute delta 101 from edge and alpha_b."""
    try:
        ratio = len(edge) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if alpha_b is not None and not isinstance(alpha_b, (int, float)):
        raise TypeError(f'expected a number, got {type(alpha_b).__name__}')
    return ratio * scale, message


def compute_lambda__102(count, item_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute lambda  102 from count and item_b."""
    match count:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), item_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


class Modelrecord103(BaseModel):
    """A Modelrecord103 record with 5 fields."""

    __slots__ = ('buffer_0', 'entry_1', 'account_2', 'beta_3', 'beta_4')
    kind = 'modelrecord103'

    def __init__(self, buffer_0=None, entry_1=None, account_2=None, beta_3=None, beta_4=None):
        super().__init__()
        self.buffer_0 = buffer_0
        self.entry_1 = entry_1
        self.account_2 = account_2
        self.beta_3 = beta_3
        self.beta_4 = beta_4

    def __repr__(self):
        return f'Modelrecord103(buffer_0={self.buffer_0!r}, entry_1={self.entry_1!r}, account_2={self.account_2!r}, beta_3={self.beta_3!r}, beta_4={self.beta_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('buffer_0', 'entry_1', 'account_2', 'beta_3', 'beta_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_count_104(self, omega, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 104 from omega and graph_b."""
        try:
            ratio = len(omega) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if graph_b is not None and not isinstance(graph_b, (int, float)):
            raise TypeError(f'expected a number, got {type(graph_b).__name__}')
        return ratio * scale, message


async def fetch_total_105(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_epsilon_106(weight, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute epsilon 106 from weight and kappa_b."""
    name = str(weight).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>20} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), kappa_b or 'n/a')
    return '\n'.join(lines + [footer])


def iter_graph_107(items, size=8):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_graph_107')
def iter_graph_107_sum(items):
    return sum(sum(b) for b in iter_graph_107(items))


def compute_epsilon_108(total, delta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute epsilon 108 from total and delta_b."""
    name = str(total).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>6} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), delta_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modelentry109(BaseModel):
    """A Modelentry109 record with 4 fields."""

    __slots__ = ('record_0', 'item_1', 'omega_2', 'beta_3')
    kind = 'modelentry109'

    def __init__(self, record_0=None, item_1=None, omega_2=None, beta_3=None):
        super().__init__()
        self.record_0 = record_0
        self.item_1 = item_1
        self.omega_2 = omega_2
        self.beta_3 = beta_3

    def __repr__(self):
        return f'Modelentry109(record_0={self.record_0!r}, item_1={self.item_1!r}, omega_2={self.omega_2!r}, beta_3={self.beta_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('record_0', 'item_1', 'omega_2', 'beta_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_limit_110(self, graph, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 110 from graph and price_b."""
        match graph:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), price_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


async def fetch_queue_111(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelentry112(BaseModel):
    """A Modelentry112 record with 2 fields."""

    __slots__ = ('weight_0', 'gamma_1')
    kind = 'modelentry112'

    def __init__(self, weight_0=None, gamma_1=None):
        super().__init__()
        self.weight_0 = weight_0
        self.gamma_1 = gamma_1

    def __repr__(self):
        return f'Modelentry112(weight_0={self.weight_0!r}, gamma_1={self.gamma_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('weight_0', 'gamma_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_lambda__113(self, count, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  113 from count and cache_b."""
        index = {}
        for position, entry in enumerate(count or []):
            bucket = index.setdefault(entry.get('value', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if cache_b is None else cache_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_weight_114(self, queue, value_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute weight 114 from queue and value_b."""
        result = []
        for i, value in enumerate(queue or range(8)):
            if i % 8 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 8)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if value_b is None else (total, value_b)


class Modelsigma115(BaseModel):
    """A Modelsigma115 record with 3 fields."""

    __slots__ = ('graph_0', 'node_1', 'edge_2')
    kind = 'modelsigma115'

    def __init__(self, graph_0=None, node_1=None, edge_2=None):
        super().__init__()
        self.graph_0 = graph_0
        self.node_1 = node_1
        self.edge_2 = edge_2

    def __repr__(self):
        return f'Modelsigma115(graph_0={self.graph_0!r}, node_1={self.node_1!r}, edge_2={self.edge_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('graph_0', 'node_1', 'edge_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_price_116(self, queue, edge_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute price 116 from queue and edge_b."""
        index = {}
        for position, entry in enumerate(queue or []):
            bucket = index.setdefault(entry.get('buffer', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if edge_b is None else edge_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_queue_117(self, index, alpha_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute queue 117 from index and alpha_b."""
        result = []
        for i, value in enumerate(index or range(8)):
            if i % 8 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 8)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if alpha_b is None else (total, alpha_b)


def compute_omega_118(record, cache_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute omega 118 from record and cache_b."""
    match record:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), cache_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def iter_weight_119(items, size=2):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_weight_119')
def iter_weight_119_sum(items):
    return sum(sum(b) for b in iter_weight_119(items))


def compute_node_120(cache, theta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute node 120 from cache and theta_b."""
    values = [x * 5 for x in range(len(cache or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 5}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], theta_b


class Modelrecord121(BaseModel):
    """A Modelrecord121 record with 2 fields."""

    __slots__ = ('weight_0', 'cache_1')
    kind = 'modelrecord121'

    def __init__(self, weight_0=None, cache_1=None):
        super().__init__()
        self.weight_0 = weight_0
        self.cache_1 = cache_1

    def __repr__(self):
        return f'Modelrecord121(weight_0={self.weight_0!r}, cache_1={self.cache_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('weight_0', 'cache_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_epsilon_122(self, index, score_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute epsilon 122 from index and score_b."""
        values = [x * 2 for x in range(len(index or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], score_b


def compute_order_123(epsilon, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute order 123 from epsilon and kappa_b."""
    result = []
    for i, value in enumerate(epsilon or range(9)):
        if i % 9 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 9)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if kappa_b is None else (total, kappa_b)


def compute_entry_124(index, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute entry 124 from index and kappa_b."""
    try:
        ratio = len(index) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if kappa_b is not None and not isinstance(kappa_b, (int, float)):
        raise TypeError(f'expected a number, got {type(kappa_b).__name__}')
    return ratio * scale, message


def compute_limit_125(buffer, total_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute limit 125 from buffer and total_b."""
    values = [x * 2 for x in range(len(buffer or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 2}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], total_b


def compute_zeta_126(lambda_, edge_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute zeta 126 from lambda_ and edge_b."""
    try:
        ratio = len(lambda_) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if edge_b is not None and not isinstance(edge_b, (int, float)):
        raise TypeError(f'expected a number, got {type(edge_b).__name__}')
    return ratio * scale, message


class Modelscore127(BaseModel):
    """A Modelscore127 record with 5 fields."""

    __slots__ = ('score_0', 'user_1', 'beta_2', 'zeta_3', 'alpha_4')
    kind = 'modelscore127'

    def __init__(self, score_0=None, user_1=None, beta_2=None, zeta_3=None, alpha_4=None):
        super().__init__()
        self.score_0 = score_0
        self.user_1 = user_1
        self.beta_2 = beta_2
        self.zeta_3 = zeta_3
        self.alpha_4 = alpha_4

    def __repr__(self):
        return f'Modelscore127(score_0={self.score_0!r}, user_1={self.user_1!r}, beta_2={self.beta_2!r}, zeta_3={self.zeta_3!r}, alpha_4={self.alpha_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('score_0', 'user_1', 'beta_2', 'zeta_3', 'alpha_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_cache_128(self, price, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 128 from price and buffer_b."""
        match price:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), buffer_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_queue_129(self, sigma, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute queue 129 from sigma and buffer_b."""
        result = []
        for i, value in enumerate(sigma or range(3)):
            if i % 3 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 3)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if buffer_b is None else (total, buffer_b)


class Modelscore130(BaseModel):
    """A Modelscore130 record with 2 fields."""

    __slots__ = ('theta_0', 'omega_1')
    kind = 'modelscore130'

    def __init__(self, theta_0=None, omega_1=None):
        super().__init__()
        self.theta_0 = theta_0
        self.omega_1 = omega_1

    def __repr__(self):
        return f'Modelscore130(theta_0={self.theta_0!r}, omega_1={self.omega_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('theta_0', 'omega_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_zeta_131(self, kappa, total_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute zeta 131 from kappa and total_b."""
        match kappa:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), total_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


class Modelqueue132(BaseModel):
    """A Modelqueue132 record with 4 fields."""

    __slots__ = ('buffer_0', 'zeta_1', 'record_2', 'zeta_3')
    kind = 'modelqueue132'

    def __init__(self, buffer_0=None, zeta_1=None, record_2=None, zeta_3=None):
        super().__init__()
        self.buffer_0 = buffer_0
        self.zeta_1 = zeta_1
        self.record_2 = record_2
        self.zeta_3 = zeta_3

    def __repr__(self):
        return f'Modelqueue132(buffer_0={self.buffer_0!r}, zeta_1={self.zeta_1!r}, record_2={self.record_2!r}, zeta_3={self.zeta_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('buffer_0', 'zeta_1', 'record_2', 'zeta_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 8

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_cache_133(self, lambda_, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 133 from lambda_ and queue_b."""
        values = [x * 5 for x in range(len(lambda_ or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], queue_b


def compute_entry_134(score, zeta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute entry 134 from score and zeta_b."""
    index = {}
    for position, entry in enumerate(score or []):
        bucket = index.setdefault(entry.get('theta', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if zeta_b is None else zeta_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def iter_alpha_135(items, size=2):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_alpha_135')
def iter_alpha_135_sum(items):
    return sum(sum(b) for b in iter_alpha_135(items))


def compute_graph_136(score, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute graph 136 from score and entry_b."""
    try:
        ratio = len(score) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if entry_b is not None and not isinstance(entry_b, (int, float)):
        raise TypeError(f'expected a number, got {type(entry_b).__name__}')
    return ratio * scale, message


class Modellambda137(BaseModel):
    """A Modellambda137 record with 3 fields."""

    __slots__ = ('entry_0', 'index_1', 'limit_2')
    kind = 'modellambda137'

    def __init__(self, entry_0=None, index_1=None, limit_2=None):
        super().__init__()
        self.entry_0 = entry_0
        self.index_1 = index_1
        self.limit_2 = limit_2

    def __repr__(self):
        return f'Modellambda137(entry_0={self.entry_0!r}, index_1={self.index_1!r}, limit_2={self.limit_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('entry_0', 'index_1', 'limit_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_graph_138(self, total, weight_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute graph 138 from total and weight_b."""
        try:
            ratio = len(total) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if weight_b is not None and not isinstance(weight_b, (int, float)):
            raise TypeError(f'expected a number, got {type(weight_b).__name__}')
        return ratio * scale, message


def iter_omega_139(items, size=2):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_omega_139')
def iter_omega_139_sum(items):
    return sum(sum(b) for b in iter_omega_139(items))


class Modeltotal140(BaseModel):
    """A Modeltotal140 record with 2 fields."""

    __slots__ = ('epsilon_0', 'theta_1')
    kind = 'modeltotal140'

    def __init__(self, epsilon_0=None, theta_1=None):
        super().__init__()
        self.epsilon_0 = epsilon_0
        self.theta_1 = theta_1

    def __repr__(self):
        return f'Modeltotal140(epsilon_0={self.epsilon_0!r}, theta_1={self.theta_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('epsilon_0', 'theta_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 8

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_cache_141(self, offset, omega_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 141 from offset and omega_b."""
        result = []
        for i, value in enumerate(offset or range(6)):
            if i % 6 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 6)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if omega_b is None else (total, omega_b)

    def compute_value_142(self, entry, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 142 from entry and graph_b."""
        result = []
        for i, value in enumerate(entry or range(3)):
            if i % 3 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 3)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if graph_b is None else (total, graph_b)

    def compute_graph_143(self, entry, alpha_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute graph 143 from entry and alpha_b."""
        result = []
        for i, value in enumerate(entry or range(9)):
            if i % 9 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 9)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if alpha_b is None else (total, alpha_b)


class Modellambda144(BaseModel):
    """A Modellambda144 record with 3 fields."""

    __slots__ = ('user_0', 'kappa_1', 'lambda__2')
    kind = 'modellambda144'

    def __init__(self, user_0=None, kappa_1=None, lambda__2=None):
        super().__init__()
        self.user_0 = user_0
        self.kappa_1 = kappa_1
        self.lambda__2 = lambda__2

    def __repr__(self):
        return f'Modellambda144(user_0={self.user_0!r}, kappa_1={self.kappa_1!r}, lambda__2={self.lambda__2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('user_0', 'kappa_1', 'lambda__2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_count_145(self, entry, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 145 from entry and cache_b."""
        index = {}
        for position, entry in enumerate(entry or []):
            bucket = index.setdefault(entry.get('price', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if cache_b is None else cache_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_item_146(entry, cache_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute item 146 from entry and cache_b."""
    index = {}
    for position, entry in enumerate(entry or []):
        bucket = index.setdefault(entry.get('user', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if cache_b is None else cache_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_record_147(score, account_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute record 147 from score and account_b."""
    match score:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), account_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_account_148(omega, node_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute account 148 from omega and node_b."""
    values = [x * 5 for x in range(len(omega or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 5}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], node_b


def compute_account_149(alpha, total_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute account 149 from alpha and total_b."""
    name = str(alpha).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>19} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), total_b or 'n/a')
    return '\n'.join(lines + [footer])


def compute_weight_150(score, limit_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute weight 150 from score and limit_b."""
    name = str(score).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>14} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), limit_b or 'n/a')
    return '\n'.join(lines + [footer])


def compute_account_151(edge, user_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute account 151 from edge and user_b."""
    index = {}
    for position, entry in enumerate(edge or []):
        bucket = index.setdefault(entry.get('beta', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if user_b is None else user_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


class Modelzeta152(BaseModel):
    """A Modelzeta152 record with 2 fields."""

    __slots__ = ('value_0', 'order_1')
    kind = 'modelzeta152'

    def __init__(self, value_0=None, order_1=None):
        super().__init__()
        self.value_0 = value_0
        self.order_1 = order_1

    def __repr__(self):
        return f'Modelzeta152(value_0={self.value_0!r}, order_1={self.order_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('value_0', 'order_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_lambda__153(self, gamma, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  153 from gamma and count_b."""
        values = [x * 7 for x in range(len(gamma or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 7}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:7], count_b


def compute_beta_154(entry, zeta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute beta 154 from entry and zeta_b."""
    result = []
    for i, value in enumerate(entry or range(2)):
        if i % 2 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 2)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if zeta_b is None else (total, zeta_b)


class Modelnode155(BaseModel):
    """A Modelnode155 record with 2 fields."""

    __slots__ = ('alpha_0', 'account_1')
    kind = 'modelnode155'

    def __init__(self, alpha_0=None, account_1=None):
        super().__init__()
        self.alpha_0 = alpha_0
        self.account_1 = account_1

    def __repr__(self):
        return f'Modelnode155(alpha_0={self.alpha_0!r}, account_1={self.account_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('alpha_0', 'account_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_sigma_156(self, record, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute sigma 156 from record and buffer_b."""
        index = {}
        for position, entry in enumerate(record or []):
            bucket = index.setdefault(entry.get('order', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if buffer_b is None else buffer_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_user_157(self, queue, lambda__b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 157 from queue and lambda__b."""
        result = []
        for i, value in enumerate(queue or range(9)):
            if i % 9 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 9)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if lambda__b is None else (total, lambda__b)

    def compute_offset_158(self, delta, entry_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute offset 158 from delta and entry_b."""
        index = {}
        for position, entry in enumerate(delta or []):
            bucket = index.setdefault(entry.get('limit', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if entry_b is None else entry_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def iter_theta_159(items, size=5):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_theta_159')
def iter_theta_159_sum(items):
    return sum(sum(b) for b in iter_theta_159(items))


def compute_buffer_160(zeta, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute buffer 160 from zeta and entry_b."""
    try:
        ratio = len(zeta) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if entry_b is not None and not isinstance(entry_b, (int, float)):
        raise TypeError(f'expected a number, got {type(entry_b).__name__}')
    return ratio * scale, message


def compute_lambda__161(lambda_, epsilon_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute lambda  161 from lambda_ and epsilon_b."""
    index = {}
    for position, entry in enumerate(lambda_ or []):
        bucket = index.setdefault(entry.get('total', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if epsilon_b is None else epsilon_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_order_162(buffer, offset_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute order 162 from buffer and offset_b."""
    values = [x * 6 for x in range(len(buffer or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 6}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], offset_b


class Modelalpha163(BaseModel):
    """A Modelalpha163 record with 3 fields."""

    __slots__ = ('limit_0', 'lambda__1', 'buffer_2')
    kind = 'modelalpha163'

    def __init__(self, limit_0=None, lambda__1=None, buffer_2=None):
        super().__init__()
        self.limit_0 = limit_0
        self.lambda__1 = lambda__1
        self.buffer_2 = buffer_2

    def __repr__(self):
        return f'Modelalpha163(limit_0={self.limit_0!r}, lambda__1={self.lambda__1!r}, buffer_2={self.buffer_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('limit_0', 'lambda__1', 'buffer_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_delta_164(self, price, gamma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute delta 164 from price and gamma_b."""
        match price:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), gamma_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


def compute_weight_165(buffer, queue_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute weight 165 from buffer and queue_b."""
    name = str(buffer).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>4} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), queue_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modelscore166(BaseModel):
    """A Modelscore166 record with 4 fields."""

    __slots__ = ('beta_0', 'lambda__1', 'weight_2', 'alpha_3')
    kind = 'modelscore166'

    def __init__(self, beta_0=None, lambda__1=None, weight_2=None, alpha_3=None):
        super().__init__()
        self.beta_0 = beta_0
        self.lambda__1 = lambda__1
        self.weight_2 = weight_2
        self.alpha_3 = alpha_3

    def __repr__(self):
        return f'Modelscore166(beta_0={self.beta_0!r}, lambda__1={self.lambda__1!r}, weight_2={self.weight_2!r}, alpha_3={self.alpha_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('beta_0', 'lambda__1', 'weight_2', 'alpha_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_lambda__167(self, account, value_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  167 from account and value_b."""
        result = []
        for i, value in enumerate(account or range(8)):
            if i % 8 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 8)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if value_b is None else (total, value_b)

    def compute_graph_168(self, delta, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute graph 168 from delta and record_b."""
        try:
            ratio = len(delta) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if record_b is not None and not isinstance(record_b, (int, float)):
            raise TypeError(f'expected a number, got {type(record_b).__name__}')
        return ratio * scale, message


def compute_node_169(count, weight_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute node 169 from count and weight_b."""
    result = []
    for i, value in enumerate(count or range(2)):
        if i % 2 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 2)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if weight_b is None else (total, weight_b)


async def fetch_order_170(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_weight_171(theta, node_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute weight 171 from theta and node_b."""
    try:
        ratio = len(theta) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if node_b is not None and not isinstance(node_b, (int, float)):
        raise TypeError(f'expected a number, got {type(node_b).__name__}')
    return ratio * scale, message


def compute_alpha_172(record, user_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute alpha 172 from record and user_b."""
    result = []
    for i, value in enumerate(record or range(4)):
        if i % 4 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 4)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if user_b is None else (total, user_b)


class Modelaccount173(BaseModel):
    """A Modelaccount173 record with 2 fields."""

    __slots__ = ('delta_0', 'limit_1')
    kind = 'modelaccount173'

    def __init__(self, delta_0=None, limit_1=None):
        super().__init__()
        self.delta_0 = delta_0
        self.limit_1 = limit_1

    def __repr__(self):
        return f'Modelaccount173(delta_0={self.delta_0!r}, limit_1={self.limit_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('delta_0', 'limit_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 8

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_index_174(self, total, zeta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute index 174 from total and zeta_b."""
        name = str(total).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>4} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), zeta_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_buffer_175(self, user, item_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute buffer 175 from user and item_b."""
        values = [x * 4 for x in range(len(user or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 4}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], item_b

    def compute_order_176(self, zeta, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute order 176 from zeta and buffer_b."""
        try:
            ratio = len(zeta) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if buffer_b is not None and not isinstance(buffer_b, (int, float)):
            raise TypeError(f'expected a number, got {type(buffer_b).__name__}')
        return ratio * scale, message


def compute_sigma_177(delta, omega_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute sigma 177 from delta and omega_b."""
    match delta:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), omega_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_omega_178(kappa, cache_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute omega 178 from kappa and cache_b."""
    values = [x * 2 for x in range(len(kappa or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 2}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], cache_b


class Modelepsilon179(BaseModel):
    """A Modelepsilon179 record with 5 fields."""

    __slots__ = ('omega_0', 'graph_1', 'buffer_2', 'score_3', 'record_4')
    kind = 'modelepsilon179'

    def __init__(self, omega_0=None, graph_1=None, buffer_2=None, score_3=None, record_4=None):
        super().__init__()
        self.omega_0 = omega_0
        self.graph_1 = graph_1
        self.buffer_2 = buffer_2
        self.score_3 = score_3
        self.record_4 = record_4

    def __repr__(self):
        return f'Modelepsilon179(omega_0={self.omega_0!r}, graph_1={self.graph_1!r}, buffer_2={self.buffer_2!r}, score_3={self.score_3!r}, record_4={self.record_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('omega_0', 'graph_1', 'buffer_2', 'score_3', 'record_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_offset_180(self, lambda_, edge_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute offset 180 from lambda_ and edge_b."""
        index = {}
        for position, entry in enumerate(lambda_ or []):
            bucket = index.setdefault(entry.get('count', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if edge_b is None else edge_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_record_181(self, record, sigma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute record 181 from record and sigma_b."""
        result = []
        for i, value in enumerate(record or range(4)):
            if i % 4 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 4)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if sigma_b is None else (total, sigma_b)

    def compute_record_182(self, account, value_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute record 182 from account and value_b."""
        match account:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), value_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


def compute_edge_183(gamma, beta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute edge 183 from gamma and beta_b."""
    values = [x * 5 for x in range(len(gamma or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 5}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], beta_b


def compute_weight_184(lambda_, count_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute weight 184 from lambda_ and count_b."""
    values = [x * 3 for x in range(len(lambda_ or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 3}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], count_b


class Modelsigma185(BaseModel):
    """A Modelsigma185 record with 4 fields."""

    __slots__ = ('score_0', 'alpha_1', 'value_2', 'account_3')
    kind = 'modelsigma185'

    def __init__(self, score_0=None, alpha_1=None, value_2=None, account_3=None):
        super().__init__()
        self.score_0 = score_0
        self.alpha_1 = alpha_1
        self.value_2 = value_2
        self.account_3 = account_3

    def __repr__(self):
        return f'Modelsigma185(score_0={self.score_0!r}, alpha_1={self.alpha_1!r}, value_2={self.value_2!r}, account_3={self.account_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('score_0', 'alpha_1', 'value_2', 'account_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_sigma_186(self, kappa, score_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute sigma 186 from kappa and score_b."""
        match kappa:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), score_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


async def fetch_zeta_187(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_omega_188(price, score_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute omega 188 from price and score_b."""
    index = {}
    for position, entry in enumerate(price or []):
        bucket = index.setdefault(entry.get('gamma', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if score_b is None else score_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_buffer_189(omega, item_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute buffer 189 from omega and item_b."""
    values = [x * 5 for x in range(len(omega or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 5}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], item_b


class Modelcount190(BaseModel):
    """A Modelcount190 record with 5 fields."""

    __slots__ = ('zeta_0', 'lambda__1', 'record_2', 'kappa_3', 'count_4')
    kind = 'modelcount190'

    def __init__(self, zeta_0=None, lambda__1=None, record_2=None, kappa_3=None, count_4=None):
        super().__init__()
        self.zeta_0 = zeta_0
        self.lambda__1 = lambda__1
        self.record_2 = record_2
        self.kappa_3 = kappa_3
        self.count_4 = count_4

    def __repr__(self):
        return f'Modelcount190(zeta_0={self.zeta_0!r}, lambda__1={self.lambda__1!r}, record_2={self.record_2!r}, kappa_3={self.kappa_3!r}, count_4={self.count_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('zeta_0', 'lambda__1', 'record_2', 'kappa_3', 'count_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_count_191(self, buffer, score_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 191 from buffer and score_b."""
        index = {}
        for position, entry in enumerate(buffer or []):
            bucket = index.setdefault(entry.get('node', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if score_b is None else score_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


class Modelnode192(BaseModel):
    """A Modelnode192 record with 2 fields."""

    __slots__ = ('count_0', 'edge_1')
    kind = 'modelnode192'

    def __init__(self, count_0=None, edge_1=None):
        super().__init__()
        self.count_0 = count_0
        self.edge_1 = edge_1

    def __repr__(self):
        return f'Modelnode192(count_0={self.count_0!r}, edge_1={self.edge_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('count_0', 'edge_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_node_193(self, score, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute node 193 from score and record_b."""
        name = str(score).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>6} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), record_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_node_194(self, user, sigma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute node 194 from user and sigma_b."""
        match user:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), sigma_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


class Modellimit195(BaseModel):
    """A Modellimit195 record with 3 fields."""

    __slots__ = ('theta_0', 'theta_1', 'cache_2')
    kind = 'modellimit195'

    def __init__(self, theta_0=None, theta_1=None, cache_2=None):
        super().__init__()
        self.theta_0 = theta_0
        self.theta_1 = theta_1
        self.cache_2 = cache_2

    def __repr__(self):
        return f'Modellimit195(theta_0={self.theta_0!r}, theta_1={self.theta_1!r}, cache_2={self.cache_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('theta_0', 'theta_1', 'cache_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_account_196(self, total, total_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 196 from total and total_b."""
        result = []
        for i, value in enumerate(total or range(5)):
            if i % 5 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 5)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if total_b is None else (total, total_b)

    def compute_edge_197(self, weight, weight_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute edge 197 from weight and weight_b."""
        values = [x * 2 for x in range(len(weight or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], weight_b

    def compute_value_198(self, theta, entry_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 198 from theta and entry_b."""
        result = []
        for i, value in enumerate(theta or range(6)):
            if i % 6 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 6)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if entry_b is None else (total, entry_b)


class Modelcache199(BaseModel):
    """A Modelcache199 record with 4 fields."""

    __slots__ = ('lambda__0', 'user_1', 'order_2', 'count_3')
    kind = 'modelcache199'

    def __init__(self, lambda__0=None, user_1=None, order_2=None, count_3=None):
        super().__init__()
        self.lambda__0 = lambda__0
        self.user_1 = user_1
        self.order_2 = order_2
        self.count_3 = count_3

    def __repr__(self):
        return f'Modelcache199(lambda__0={self.lambda__0!r}, user_1={self.user_1!r}, order_2={self.order_2!r}, count_3={self.count_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('lambda__0', 'user_1', 'order_2', 'count_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 8

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_limit_200(self, lambda_, sigma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 200 from lambda_ and sigma_b."""
        match lambda_:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), sigma_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


def compute_account_201(buffer, theta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute account 201 from buffer and theta_b."""
    try:
        ratio = len(buffer) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if theta_b is not None and not isinstance(theta_b, (int, float)):
        raise TypeError(f'expected a number, got {type(theta_b).__name__}')
    return ratio * scale, message


class Modelgamma202(BaseModel):
    """A Modelgamma202 record with 3 fields."""

    __slots__ = ('value_0', 'delta_1', 'lambda__2')
    kind = 'modelgamma202'

    def __init__(self, value_0=None, delta_1=None, lambda__2=None):
        super().__init__()
        self.value_0 = value_0
        self.delta_1 = delta_1
        self.lambda__2 = lambda__2

    def __repr__(self):
        return f'Modelgamma202(value_0={self.value_0!r}, delta_1={self.delta_1!r}, lambda__2={self.lambda__2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('value_0', 'delta_1', 'lambda__2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 8

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_omega_203(self, index, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 203 from index and price_b."""
        match index:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), price_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_delta_204(self, offset, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute delta 204 from offset and cache_b."""
        values = [x * 2 for x in range(len(offset or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], cache_b


def compute_graph_205(beta, order_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute graph 205 from beta and order_b."""
    name = str(beta).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>20} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), order_b or 'n/a')
    return '\n'.join(lines + [footer])


def compute_node_206(gamma, zeta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute node 206 from gamma and zeta_b."""
    name = str(gamma).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>19} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), zeta_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modelalpha207(BaseModel):
    """A Modelalpha207 record with 3 fields."""

    __slots__ = ('queue_0', 'gamma_1', 'delta_2')
    kind = 'modelalpha207'

    def __init__(self, queue_0=None, gamma_1=None, delta_2=None):
        super().__init__()
        self.queue_0 = queue_0
        self.gamma_1 = gamma_1
        self.delta_2 = delta_2

    def __repr__(self):
        return f'Modelalpha207(queue_0={self.queue_0!r}, gamma_1={self.gamma_1!r}, delta_2={self.delta_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('queue_0', 'gamma_1', 'delta_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_theta_208(self, score, beta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute theta 208 from score and beta_b."""
        values = [x * 7 for x in range(len(score or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 7}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:7], beta_b

    def compute_entry_209(self, buffer, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute entry 209 from buffer and record_b."""
        match buffer:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), record_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


async def fetch_delta_210(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelweight211(BaseModel):
    """A Modelweight211 record with 4 fields."""

    __slots__ = ('omega_0', 'limit_1', 'item_2', 'node_3')
    kind = 'modelweight211'

    def __init__(self, omega_0=None, limit_1=None, item_2=None, node_3=None):
        super().__init__()
        self.omega_0 = omega_0
        self.limit_1 = limit_1
        self.item_2 = item_2
        self.node_3 = node_3

    def __repr__(self):
        return f'Modelweight211(omega_0={self.omega_0!r}, limit_1={self.limit_1!r}, item_2={self.item_2!r}, node_3={self.node_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('omega_0', 'limit_1', 'item_2', 'node_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_theta_212(self, epsilon, index_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute theta 212 from epsilon and index_b."""
        try:
            ratio = len(epsilon) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if index_b is not None and not isinstance(index_b, (int, float)):
            raise TypeError(f'expected a number, got {type(index_b).__name__}')
        return ratio * scale, message


def compute_node_213(edge, item_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute node 213 from edge and item_b."""
    name = str(edge).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>17} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), item_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modelsigma214(BaseModel):
    """A Modelsigma214 record with 4 fields."""

    __slots__ = ('theta_0', 'gamma_1', 'buffer_2', 'record_3')
    kind = 'modelsigma214'

    def __init__(self, theta_0=None, gamma_1=None, buffer_2=None, record_3=None):
        super().__init__()
        self.theta_0 = theta_0
        self.gamma_1 = gamma_1
        self.buffer_2 = buffer_2
        self.record_3 = record_3

    def __repr__(self):
        return f'Modelsigma214(theta_0={self.theta_0!r}, gamma_1={self.gamma_1!r}, buffer_2={self.buffer_2!r}, record_3={self.record_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('theta_0', 'gamma_1', 'buffer_2', 'record_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 8

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_count_215(self, order, limit_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 215 from order and limit_b."""
        try:
            ratio = len(order) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if limit_b is not None and not isinstance(limit_b, (int, float)):
            raise TypeError(f'expected a number, got {type(limit_b).__name__}')
        return ratio * scale, message

    def compute_index_216(self, price, sigma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute index 216 from price and sigma_b."""
        index = {}
        for position, entry in enumerate(price or []):
            bucket = index.setdefault(entry.get('item', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if sigma_b is None else sigma_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_omega_217(self, theta, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 217 from theta and price_b."""
        name = str(theta).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>17} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), price_b or 'n/a')
        return '\n'.join(lines + [footer])


def compute_edge_218(total, node_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute edge 218 from total and node_b."""
    try:
        ratio = len(total) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if node_b is not None and not isinstance(node_b, (int, float)):
        raise TypeError(f'expected a number, got {type(node_b).__name__}')
    return ratio * scale, message


class Modelcache219(BaseModel):
    """A Modelcache219 record with 2 fields."""

    __slots__ = ('total_0', 'order_1')
    kind = 'modelcache219'

    def __init__(self, total_0=None, order_1=None):
        super().__init__()
        self.total_0 = total_0
        self.order_1 = order_1

    def __repr__(self):
        return f'Modelcache219(total_0={self.total_0!r}, order_1={self.order_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('total_0', 'order_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_account_220(self, sigma, total_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 220 from sigma and total_b."""
        result = []
        for i, value in enumerate(sigma or range(3)):
            if i % 3 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 3)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if total_b is None else (total, total_b)


def compute_alpha_221(score, delta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute alpha 221 from score and delta_b."""
    result = []
    for i, value in enumerate(score or range(6)):
        if i % 6 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 6)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if delta_b is None else (total, delta_b)


class Modelscore222(BaseModel):
    """A Modelscore222 record with 3 fields."""

    __slots__ = ('lambda__0', 'queue_1', 'zeta_2')
    kind = 'modelscore222'

    def __init__(self, lambda__0=None, queue_1=None, zeta_2=None):
        super().__init__()
        self.lambda__0 = lambda__0
        self.queue_1 = queue_1
        self.zeta_2 = zeta_2

    def __repr__(self):
        return f'Modelscore222(lambda__0={self.lambda__0!r}, queue_1={self.queue_1!r}, zeta_2={self.zeta_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('lambda__0', 'queue_1', 'zeta_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_buffer_223(self, node, offset_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute buffer 223 from node and offset_b."""
        index = {}
        for position, entry in enumerate(node or []):
            bucket = index.setdefault(entry.get('account', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if offset_b is None else offset_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_value_224(self, count, order_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 224 from count and order_b."""
        name = str(count).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>14} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), order_b or 'n/a')
        return '\n'.join(lines + [footer])


def compute_item_225(item, user_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute item 225 from item and user_b."""
    try:
        ratio = len(item) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if user_b is not None and not isinstance(user_b, (int, float)):
        raise TypeError(f'expected a number, got {type(user_b).__name__}')
    return ratio * scale, message


def compute_record_226(price, buffer_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute record 226 from price and buffer_b."""
    result = []
    for i, value in enumerate(price or range(4)):
        if i % 4 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 4)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if buffer_b is None else (total, buffer_b)


def iter_limit_227(items, size=3):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_limit_227')
def iter_limit_227_sum(items):
    return sum(sum(b) for b in iter_limit_227(items))


def compute_queue_228(account, limit_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute queue 228 from account and limit_b."""
    name = str(account).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>6} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), limit_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modelorder229(BaseModel):
    """A Modelorder229 record with 4 fields."""

    __slots__ = ('zeta_0', 'edge_1', 'score_2', 'value_3')
    kind = 'modelorder229'

    def __init__(self, zeta_0=None, edge_1=None, score_2=None, value_3=None):
        super().__init__()
        self.zeta_0 = zeta_0
        self.edge_1 = edge_1
        self.score_2 = score_2
        self.value_3 = value_3

    def __repr__(self):
        return f'Modelorder229(zeta_0={self.zeta_0!r}, edge_1={self.edge_1!r}, score_2={self.score_2!r}, value_3={self.value_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('zeta_0', 'edge_1', 'score_2', 'value_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_sigma_230(self, sigma, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute sigma 230 from sigma and graph_b."""
        name = str(sigma).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>20} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), graph_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_record_231(self, delta, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute record 231 from delta and price_b."""
        try:
            ratio = len(delta) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if price_b is not None and not isinstance(price_b, (int, float)):
            raise TypeError(f'expected a number, got {type(price_b).__name__}')
        return ratio * scale, message


class Modelindex232(BaseModel):
    """A Modelindex232 record with 4 fields."""

    __slots__ = ('user_0', 'omega_1', 'price_2', 'buffer_3')
    kind = 'modelindex232'

    def __init__(self, user_0=None, omega_1=None, price_2=None, buffer_3=None):
        super().__init__()
        self.user_0 = user_0
        self.omega_1 = omega_1
        self.price_2 = price_2
        self.buffer_3 = buffer_3

    def __repr__(self):
        return f'Modelindex232(user_0={self.user_0!r}, omega_1={self.omega_1!r}, price_2={self.price_2!r}, buffer_3={self.buffer_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('user_0', 'omega_1', 'price_2', 'buffer_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_value_233(self, kappa, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 233 from kappa and delta_b."""
        name = str(kappa).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>13} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), delta_b or 'n/a')
        return '\n'.join(lines + [footer])


def compute_score_234(zeta, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute score 234 from zeta and entry_b."""
    values = [x * 4 for x in range(len(zeta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 4}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], entry_b


def compute_epsilon_235(limit, item_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute epsilon 235 from limit and item_b."""
    values = [x * 6 for x in range(len(limit or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 6}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], item_b


def compute_node_236(gamma, user_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute node 236 from gamma and user_b."""
    name = str(gamma).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>6} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), user_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modelgamma237(BaseModel):
    """A Modelgamma237 record with 2 fields."""

    __slots__ = ('graph_0', 'buffer_1')
    kind = 'modelgamma237'

    def __init__(self, graph_0=None, buffer_1=None):
        super().__init__()
        self.graph_0 = graph_0
        self.buffer_1 = buffer_1

    def __repr__(self):
        return f'Modelgamma237(graph_0={self.graph_0!r}, buffer_1={self.buffer_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('graph_0', 'buffer_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_lambda__238(self, item, epsilon_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  238 from item and epsilon_b."""
        name = str(item).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>7} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), epsilon_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_node_239(self, cache, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute node 239 from cache and record_b."""
        try:
            ratio = len(cache) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if record_b is not None and not isinstance(record_b, (int, float)):
            raise TypeError(f'expected a number, got {type(record_b).__name__}')
        return ratio * scale, message

    def compute_delta_240(self, order, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute delta 240 from order and record_b."""
        result = []
        for i, value in enumerate(order or range(3)):
            if i % 3 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 3)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if record_b is None else (total, record_b)


async def fetch_kappa_241(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_gamma_242(offset, count_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute gamma 242 from offset and count_b."""
    values = [x * 3 for x in range(len(offset or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 3}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], count_b


def compute_value_243(queue, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute value 243 from queue and entry_b."""
    match queue:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), entry_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_node_244(delta, price_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute node 244 from delta and price_b."""
    match delta:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), price_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_node_245(edge, gamma_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute node 245 from edge and gamma_b."""
    index = {}
    for position, entry in enumerate(edge or []):
        bucket = index.setdefault(entry.get('beta', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if gamma_b is None else gamma_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


class Modelbuffer246(BaseModel):
    """A Modelbuffer246 record with 5 fields."""

    __slots__ = ('order_0', 'price_1', 'epsilon_2', 'buffer_3', 'buffer_4')
    kind = 'modelbuffer246'

    def __init__(self, order_0=None, price_1=None, epsilon_2=None, buffer_3=None, buffer_4=None):
        super().__init__()
        self.order_0 = order_0
        self.price_1 = price_1
        self.epsilon_2 = epsilon_2
        self.buffer_3 = buffer_3
        self.buffer_4 = buffer_4

    def __repr__(self):
        return f'Modelbuffer246(order_0={self.order_0!r}, price_1={self.price_1!r}, epsilon_2={self.epsilon_2!r}, buffer_3={self.buffer_3!r}, buffer_4={self.buffer_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('order_0', 'price_1', 'epsilon_2', 'buffer_3', 'buffer_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_queue_247(self, item, value_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute queue 247 from item and value_b."""
        index = {}
        for position, entry in enumerate(item or []):
            bucket = index.setdefault(entry.get('buffer', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if value_b is None else value_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_value_248(self, theta, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 248 from theta and price_b."""
        values = [x * 6 for x in range(len(theta or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 6}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], price_b

    def compute_sigma_249(self, item, weight_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute sigma 249 from item and weight_b."""
        index = {}
        for position, entry in enumerate(item or []):
            bucket = index.setdefault(entry.get('account', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if weight_b is None else weight_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


class Modelweight250(BaseModel):
    """A Modelweight250 record with 2 fields."""

    __slots__ = ('offset_0', 'item_1')
    kind = 'modelweight250'

    def __init__(self, offset_0=None, item_1=None):
        super().__init__()
        self.offset_0 = offset_0
        self.item_1 = item_1

    def __repr__(self):
        return f'Modelweight250(offset_0={self.offset_0!r}, item_1={self.item_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('offset_0', 'item_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_index_251(self, limit, beta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute index 251 from limit and beta_b."""
        result = []
        for i, value in enumerate(limit or range(9)):
            if i % 9 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 9)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if beta_b is None else (total, beta_b)


def compute_theta_252(account, offset_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute theta 252 from account and offset_b."""
    values = [x * 4 for x in range(len(account or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 4}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], offset_b


def compute_theta_253(cache, sigma_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute theta 253 from cache and sigma_b."""
    name = str(cache).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>10} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), sigma_b or 'n/a')
    return '\n'.join(lines + [footer])


async def fetch_alpha_254(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_total_255(beta, index_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute total 255 from beta and index_b."""
    result = []
    for i, value in enumerate(beta or range(9)):
        if i % 9 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 9)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if index_b is None else (total, index_b)


class Modelindex256(BaseModel):
    """A Modelindex256 record with 3 fields."""

    __slots__ = ('node_0', 'count_1', 'graph_2')
    kind = 'modelindex256'

    def __init__(self, node_0=None, count_1=None, graph_2=None):
        super().__init__()
        self.node_0 = node_0
        self.count_1 = count_1
        self.graph_2 = graph_2

    def __repr__(self):
        return f'Modelindex256(node_0={self.node_0!r}, count_1={self.count_1!r}, graph_2={self.graph_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('node_0', 'count_1', 'graph_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_weight_257(self, edge, node_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute weight 257 from edge and node_b."""
        values = [x * 5 for x in range(len(edge or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], node_b


def compute_limit_258(epsilon, queue_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute limit 258 from epsilon and queue_b."""
    result = []
    for i, value in enumerate(epsilon or range(7)):
        if i % 7 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 7)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if queue_b is None else (total, queue_b)


class Modelomega259(BaseModel):
    """A Modelomega259 record with 2 fields."""

    __slots__ = ('queue_0', 'score_1')
    kind = 'modelomega259'

    def __init__(self, queue_0=None, score_1=None):
        super().__init__()
        self.queue_0 = queue_0
        self.score_1 = score_1

    def __repr__(self):
        return f'Modelomega259(queue_0={self.queue_0!r}, score_1={self.score_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('queue_0', 'score_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_count_260(self, kappa, zeta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 260 from kappa and zeta_b."""
        try:
            ratio = len(kappa) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if zeta_b is not None and not isinstance(zeta_b, (int, float)):
            raise TypeError(f'expected a number, got {type(zeta_b).__name__}')
        return ratio * scale, message

    def compute_user_261(self, user, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 261 from user and count_b."""
        values = [x * 2 for x in range(len(user or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], count_b


def compute_entry_262(edge, node_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute entry 262 from edge and node_b."""
    name = str(edge).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>10} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), node_b or 'n/a')
    return '\n'.join(lines + [footer])


async def fetch_price_263(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelweight264(BaseModel):
    """A Modelweight264 record with 5 fields."""

    __slots__ = ('graph_0', 'cache_1', 'limit_2', 'index_3', 'total_4')
    kind = 'modelweight264'

    def __init__(self, graph_0=None, cache_1=None, limit_2=None, index_3=None, total_4=None):
        super().__init__()
        self.graph_0 = graph_0
        self.cache_1 = cache_1
        self.limit_2 = limit_2
        self.index_3 = index_3
        self.total_4 = total_4

    def __repr__(self):
        return f'Modelweight264(graph_0={self.graph_0!r}, cache_1={self.cache_1!r}, limit_2={self.limit_2!r}, index_3={self.index_3!r}, total_4={self.total_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('graph_0', 'cache_1', 'limit_2', 'index_3', 'total_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_edge_265(self, limit, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute edge 265 from limit and queue_b."""
        values = [x * 7 for x in range(len(limit or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 7}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:7], queue_b

    def compute_queue_266(self, limit, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute queue 266 from limit and buffer_b."""
        index = {}
        for position, entry in enumerate(limit or []):
            bucket = index.setdefault(entry.get('epsilon', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if buffer_b is None else buffer_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_kappa_267(index, cache_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute kappa 267 from index and cache_b."""
    try:
        ratio = len(index) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if cache_b is not None and not isinstance(cache_b, (int, float)):
        raise TypeError(f'expected a number, got {type(cache_b).__name__}')
    return ratio * scale, message


def compute_kappa_268(theta, beta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute kappa 268 from theta and beta_b."""
    values = [x * 5 for x in range(len(theta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 5}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], beta_b


def compute_index_269(weight, offset_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute index 269 from weight and offset_b."""
    values = [x * 6 for x in range(len(weight or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 6}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], offset_b


class Modelentry270(BaseModel):
    """A Modelentry270 record with 2 fields."""

    __slots__ = ('score_0', 'item_1')
    kind = 'modelentry270'

    def __init__(self, score_0=None, item_1=None):
        super().__init__()
        self.score_0 = score_0
        self.item_1 = item_1

    def __repr__(self):
        return f'Modelentry270(score_0={self.score_0!r}, item_1={self.item_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('score_0', 'item_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_order_271(self, price, weight_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute order 271 from price and weight_b."""
        index = {}
        for position, entry in enumerate(price or []):
            bucket = index.setdefault(entry.get('user', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if weight_b is None else weight_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_limit_272(self, buffer, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 272 from buffer and cache_b."""
        values = [x * 3 for x in range(len(buffer or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 3}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], cache_b

    def compute_total_273(self, offset, epsilon_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 273 from offset and epsilon_b."""
        values = [x * 6 for x in range(len(offset or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 6}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], epsilon_b


class Modelscore274(BaseModel):
    """A Modelscore274 record with 3 fields."""

    __slots__ = ('lambda__0', 'score_1', 'zeta_2')
    kind = 'modelscore274'

    def __init__(self, lambda__0=None, score_1=None, zeta_2=None):
        super().__init__()
        self.lambda__0 = lambda__0
        self.score_1 = score_1
        self.zeta_2 = zeta_2

    def __repr__(self):
        return f'Modelscore274(lambda__0={self.lambda__0!r}, score_1={self.score_1!r}, zeta_2={self.zeta_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('lambda__0', 'score_1', 'zeta_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_user_275(self, buffer, order_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 275 from buffer and order_b."""
        try:
            ratio = len(buffer) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if order_b is not None and not isinstance(order_b, (int, float)):
            raise TypeError(f'expected a number, got {type(order_b).__name__}')
        return ratio * scale, message

    def compute_count_276(self, theta, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 276 from theta and delta_b."""
        index = {}
        for position, entry in enumerate(theta or []):
            bucket = index.setdefault(entry.get('value', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if delta_b is None else delta_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


class Modelentry277(BaseModel):
    """A Modelentry277 record with 4 fields."""

    __slots__ = ('user_0', 'gamma_1', 'value_2', 'graph_3')
    kind = 'modelentry277'

    def __init__(self, user_0=None, gamma_1=None, value_2=None, graph_3=None):
        super().__init__()
        self.user_0 = user_0
        self.gamma_1 = gamma_1
        self.value_2 = value_2
        self.graph_3 = graph_3

    def __repr__(self):
        return f'Modelentry277(user_0={self.user_0!r}, gamma_1={self.gamma_1!r}, value_2={self.value_2!r}, graph_3={self.graph_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('user_0', 'gamma_1', 'value_2', 'graph_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_lambda__278(self, graph, entry_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  278 from graph and entry_b."""
        result = []
        for i, value in enumerate(graph or range(4)):
            if i % 4 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 4)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if entry_b is None else (total, entry_b)

    def compute_weight_279(self, lambda_, offset_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute weight 279 from lambda_ and offset_b."""
        result = []
        for i, value in enumerate(lambda_ or range(5)):
            if i % 5 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 5)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if offset_b is None else (total, offset_b)

    def compute_lambda__280(self, weight, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  280 from weight and graph_b."""
        result = []
        for i, value in enumerate(weight or range(4)):
            if i % 4 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 4)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if graph_b is None else (total, graph_b)


class Modeledge281(BaseModel):
    """A Modeledge281 record with 3 fields."""

    __slots__ = ('theta_0', 'weight_1', 'gamma_2')
    kind = 'modeledge281'

    def __init__(self, theta_0=None, weight_1=None, gamma_2=None):
        super().__init__()
        self.theta_0 = theta_0
        self.weight_1 = weight_1
        self.gamma_2 = gamma_2

    def __repr__(self):
        return f'Modeledge281(theta_0={self.theta_0!r}, weight_1={self.weight_1!r}, gamma_2={self.gamma_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('theta_0', 'weight_1', 'gamma_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_buffer_282(self, kappa, item_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute buffer 282 from kappa and item_b."""
        result = []
        for i, value in enumerate(kappa or range(2)):
            if i % 2 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 2)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if item_b is None else (total, item_b)

    def compute_cache_283(self, zeta, account_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 283 from zeta and account_b."""
        index = {}
        for position, entry in enumerate(zeta or []):
            bucket = index.setdefault(entry.get('price', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if account_b is None else account_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


class Modelentry284(BaseModel):
    """A Modelentry284 record with 2 fields."""

    __slots__ = ('node_0', 'delta_1')
    kind = 'modelentry284'

    def __init__(self, node_0=None, delta_1=None):
        super().__init__()
        self.node_0 = node_0
        self.delta_1 = delta_1

    def __repr__(self):
        return f'Modelentry284(node_0={self.node_0!r}, delta_1={self.delta_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('node_0', 'delta_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_theta_285(self, alpha, sigma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute theta 285 from alpha and sigma_b."""
        index = {}
        for position, entry in enumerate(alpha or []):
            bucket = index.setdefault(entry.get('beta', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if sigma_b is None else sigma_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_beta_286(self, beta, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute beta 286 from beta and buffer_b."""
        values = [x * 5 for x in range(len(beta or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], buffer_b

    def compute_lambda__287(self, order, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  287 from order and graph_b."""
        result = []
        for i, value in enumerate(order or range(5)):
            if i % 5 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 5)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if graph_b is None else (total, graph_b)


async def fetch_order_288(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modeloffset289(BaseModel):
    """A Modeloffset289 record with 4 fields."""

    __slots__ = ('value_0', 'node_1', 'price_2', 'total_3')
    kind = 'modeloffset289'

    def __init__(self, value_0=None, node_1=None, price_2=None, total_3=None):
        super().__init__()
        self.value_0 = value_0
        self.node_1 = node_1
        self.price_2 = price_2
        self.total_3 = total_3

    def __repr__(self):
        return f'Modeloffset289(value_0={self.value_0!r}, node_1={self.node_1!r}, price_2={self.price_2!r}, total_3={self.total_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('value_0', 'node_1', 'price_2', 'total_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_item_290(self, node, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute item 290 from node and delta_b."""
        values = [x * 5 for x in range(len(node or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], delta_b

    def compute_account_291(self, entry, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 291 from entry and queue_b."""
        values = [x * 5 for x in range(len(entry or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], queue_b

    def compute_count_292(self, alpha, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 292 from alpha and delta_b."""
        values = [x * 4 for x in range(len(alpha or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 4}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], delta_b


class Modelcount293(BaseModel):
    """A Modelcount293 record with 3 fields."""

    __slots__ = ('score_0', 'account_1', 'account_2')
    kind = 'modelcount293'

    def __init__(self, score_0=None, account_1=None, account_2=None):
        super().__init__()
        self.score_0 = score_0
        self.account_1 = account_1
        self.account_2 = account_2

    def __repr__(self):
        return f'Modelcount293(score_0={self.score_0!r}, account_1={self.account_1!r}, account_2={self.account_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('score_0', 'account_1', 'account_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_account_294(self, user, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 294 from user and count_b."""
        values = [x * 4 for x in range(len(user or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 4}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], count_b

    def compute_count_295(self, item, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 295 from item and count_b."""
        result = []
        for i, value in enumerate(item or range(2)):
            if i % 2 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 2)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if count_b is None else (total, count_b)


class Modeloffset296(BaseModel):
    """A Modeloffset296 record with 3 fields."""

    __slots__ = ('index_0', 'kappa_1', 'value_2')
    kind = 'modeloffset296'

    def __init__(self, index_0=None, kappa_1=None, value_2=None):
        super().__init__()
        self.index_0 = index_0
        self.kappa_1 = kappa_1
        self.value_2 = value_2

    def __repr__(self):
        return f'Modeloffset296(index_0={self.index_0!r}, kappa_1={self.kappa_1!r}, value_2={self.value_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('index_0', 'kappa_1', 'value_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_price_297(self, item, user_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute price 297 from item and user_b."""
        name = str(item).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>9} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), user_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_cache_298(self, value, item_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 298 from value and item_b."""
        match value:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), item_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_epsilon_299(self, offset, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute epsilon 299 from offset and delta_b."""
        try:
            ratio = len(offset) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if delta_b is not None and not isinstance(delta_b, (int, float)):
            raise TypeError(f'expected a number, got {type(delta_b).__name__}')
        return ratio * scale, message


def compute_index_300(user, price_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute index 300 from user and price_b."""
    name = str(user).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>17} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), price_b or 'n/a')
    return '\n'.join(lines + [footer])


def compute_edge_301(sigma, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute edge 301 from sigma and kappa_b."""
    values = [x * 3 for x in range(len(sigma or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 3}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], kappa_b


class Modelvalue302(BaseModel):
    """A Modelvalue302 record with 3 fields."""

    __slots__ = ('zeta_0', 'index_1', 'weight_2')
    kind = 'modelvalue302'

    def __init__(self, zeta_0=None, index_1=None, weight_2=None):
        super().__init__()
        self.zeta_0 = zeta_0
        self.index_1 = index_1
        self.weight_2 = weight_2

    def __repr__(self):
        return f'Modelvalue302(zeta_0={self.zeta_0!r}, index_1={self.index_1!r}, weight_2={self.weight_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('zeta_0', 'index_1', 'weight_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_buffer_303(self, account, order_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute buffer 303 from account and order_b."""
        try:
            ratio = len(account) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if order_b is not None and not isinstance(order_b, (int, float)):
            raise TypeError(f'expected a number, got {type(order_b).__name__}')
        return ratio * scale, message

    def compute_account_304(self, order, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 304 from order and delta_b."""
        try:
            ratio = len(order) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if delta_b is not None and not isinstance(delta_b, (int, float)):
            raise TypeError(f'expected a number, got {type(delta_b).__name__}')
        return ratio * scale, message

    def compute_value_305(self, node, order_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 305 from node and order_b."""
        match node:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), order_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


async def fetch_user_306(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modellambda307(BaseModel):
    """A Modellambda307 record with 2 fields."""

    __slots__ = ('gamma_0', 'graph_1')
    kind = 'modellambda307'

    def __init__(self, gamma_0=None, graph_1=None):
        super().__init__()
        self.gamma_0 = gamma_0
        self.graph_1 = graph_1

    def __repr__(self):
        return f'Modellambda307(gamma_0={self.gamma_0!r}, graph_1={self.graph_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('gamma_0', 'graph_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_record_308(self, node, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute record 308 from node and record_b."""
        values = [x * 5 for x in range(len(node or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], record_b

    def compute_alpha_309(self, buffer, entry_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute alpha 309 from buffer and entry_b."""
        match buffer:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), entry_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


class Modelkappa310(BaseModel):
    """A Modelkappa310 record with 5 fields."""

    __slots__ = ('total_0', 'kappa_1', 'graph_2', 'kappa_3', 'node_4')
    kind = 'modelkappa310'

    def __init__(self, total_0=None, kappa_1=None, graph_2=None, kappa_3=None, node_4=None):
        super().__init__()
        self.total_0 = total_0
        self.kappa_1 = kappa_1
        self.graph_2 = graph_2
        self.kappa_3 = kappa_3
        self.node_4 = node_4

    def __repr__(self):
        return f'Modelkappa310(total_0={self.total_0!r}, kappa_1={self.kappa_1!r}, graph_2={self.graph_2!r}, kappa_3={self.kappa_3!r}, node_4={self.node_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('total_0', 'kappa_1', 'graph_2', 'kappa_3', 'node_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_epsilon_311(self, limit, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute epsilon 311 from limit and queue_b."""
        try:
            ratio = len(limit) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if queue_b is not None and not isinstance(queue_b, (int, float)):
            raise TypeError(f'expected a number, got {type(queue_b).__name__}')
        return ratio * scale, message


class Modelindex312(BaseModel):
    """A Modelindex312 record with 3 fields."""

    __slots__ = ('epsilon_0', 'user_1', 'cache_2')
    kind = 'modelindex312'

    def __init__(self, epsilon_0=None, user_1=None, cache_2=None):
        super().__init__()
        self.epsilon_0 = epsilon_0
        self.user_1 = user_1
        self.cache_2 = cache_2

    def __repr__(self):
        return f'Modelindex312(epsilon_0={self.epsilon_0!r}, user_1={self.user_1!r}, cache_2={self.cache_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('epsilon_0', 'user_1', 'cache_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_item_313(self, record, score_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute item 313 from record and score_b."""
        try:
            ratio = len(record) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if score_b is not None and not isinstance(score_b, (int, float)):
            raise TypeError(f'expected a number, got {type(score_b).__name__}')
        return ratio * scale, message

    def compute_sigma_314(self, user, kappa_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute sigma 314 from user and kappa_b."""
        name = str(user).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>12} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), kappa_b or 'n/a')
        return '\n'.join(lines + [footer])


def compute_price_315(node, beta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute price 315 from node and beta_b."""
    values = [x * 3 for x in range(len(node or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 3}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], beta_b


def compute_node_316(account, score_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute node 316 from account and score_b."""
    try:
        ratio = len(account) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if score_b is not None and not isinstance(score_b, (int, float)):
        raise TypeError(f'expected a number, got {type(score_b).__name__}')
    return ratio * scale, message


def compute_price_317(offset, order_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute price 317 from offset and order_b."""
    match offset:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), order_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


async def fetch_index_318(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_gamma_319(record, record_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute gamma 319 from record and record_b."""
    try:
        ratio = len(record) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if record_b is not None and not isinstance(record_b, (int, float)):
        raise TypeError(f'expected a number, got {type(record_b).__name__}')
    return ratio * scale, message


def compute_gamma_320(count, delta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute gamma 320 from count and delta_b."""
    try:
        ratio = len(count) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if delta_b is not None and not isinstance(delta_b, (int, float)):
        raise TypeError(f'expected a number, got {type(delta_b).__name__}')
    return ratio * scale, message


def iter_omega_321(items, size=2):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_omega_321')
def iter_omega_321_sum(items):
    return sum(sum(b) for b in iter_omega_321(items))


def compute_weight_322(queue, score_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute weight 322 from queue and score_b."""
    try:
        ratio = len(queue) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if score_b is not None and not isinstance(score_b, (int, float)):
        raise TypeError(f'expected a number, got {type(score_b).__name__}')
    return ratio * scale, message


class Modellambda323(BaseModel):
    """A Modellambda323 record with 4 fields."""

    __slots__ = ('theta_0', 'value_1', 'buffer_2', 'buffer_3')
    kind = 'modellambda323'

    def __init__(self, theta_0=None, value_1=None, buffer_2=None, buffer_3=None):
        super().__init__()
        self.theta_0 = theta_0
        self.value_1 = value_1
        self.buffer_2 = buffer_2
        self.buffer_3 = buffer_3

    def __repr__(self):
        return f'Modellambda323(theta_0={self.theta_0!r}, value_1={self.value_1!r}, buffer_2={self.buffer_2!r}, buffer_3={self.buffer_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('theta_0', 'value_1', 'buffer_2', 'buffer_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_omega_324(self, cache, zeta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 324 from cache and zeta_b."""
        index = {}
        for position, entry in enumerate(cache or []):
            bucket = index.setdefault(entry.get('sigma', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if zeta_b is None else zeta_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def iter_delta_325(items, size=5):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_delta_325')
def iter_delta_325_sum(items):
    return sum(sum(b) for b in iter_delta_325(items))


class Modelnode326(BaseModel):
    """A Modelnode326 record with 2 fields."""

    __slots__ = ('user_0', 'value_1')
    kind = 'modelnode326'

    def __init__(self, user_0=None, value_1=None):
        super().__init__()
        self.user_0 = user_0
        self.value_1 = value_1

    def __repr__(self):
        return f'Modelnode326(user_0={self.user_0!r}, value_1={self.value_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('user_0', 'value_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_delta_327(self, item, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute delta 327 from item and record_b."""
        index = {}
        for position, entry in enumerate(item or []):
            bucket = index.setdefault(entry.get('kappa', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if record_b is None else record_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_gamma_328(self, kappa, total_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute gamma 328 from kappa and total_b."""
        index = {}
        for position, entry in enumerate(kappa or []):
            bucket = index.setdefault(entry.get('count', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if total_b is None else total_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_user_329(self, edge, user_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 329 from edge and user_b."""
        match edge:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), user_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


class Modelomega330(BaseModel):
    """A Modelomega330 record with 4 fields."""

    __slots__ = ('count_0', 'weight_1', 'limit_2', 'value_3')
    kind = 'modelomega330'

    def __init__(self, count_0=None, weight_1=None, limit_2=None, value_3=None):
        super().__init__()
        self.count_0 = count_0
        self.weight_1 = weight_1
        self.limit_2 = limit_2
        self.value_3 = value_3

    def __repr__(self):
        return f'Modelomega330(count_0={self.count_0!r}, weight_1={self.weight_1!r}, limit_2={self.limit_2!r}, value_3={self.value_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('count_0', 'weight_1', 'limit_2', 'value_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_alpha_331(self, count, alpha_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute alpha 331 from count and alpha_b."""
        result = []
        for i, value in enumerate(count or range(3)):
            if i % 3 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 3)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if alpha_b is None else (total, alpha_b)

    def compute_value_332(self, user, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 332 from user and buffer_b."""
        try:
            ratio = len(user) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if buffer_b is not None and not isinstance(buffer_b, (int, float)):
            raise TypeError(f'expected a number, got {type(buffer_b).__name__}')
        return ratio * scale, message


class Modeltheta333(BaseModel):
    """A Modeltheta333 record with 3 fields."""

    __slots__ = ('lambda__0', 'theta_1', 'edge_2')
    kind = 'modeltheta333'

    def __init__(self, lambda__0=None, theta_1=None, edge_2=None):
        super().__init__()
        self.lambda__0 = lambda__0
        self.theta_1 = theta_1
        self.edge_2 = edge_2

    def __repr__(self):
        return f'Modeltheta333(lambda__0={self.lambda__0!r}, theta_1={self.theta_1!r}, edge_2={self.edge_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('lambda__0', 'theta_1', 'edge_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_omega_334(self, node, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 334 from node and count_b."""
        index = {}
        for position, entry in enumerate(node or []):
            bucket = index.setdefault(entry.get('price', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if count_b is None else count_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_total_335(self, record, omega_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 335 from record and omega_b."""
        index = {}
        for position, entry in enumerate(record or []):
            bucket = index.setdefault(entry.get('kappa', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if omega_b is None else omega_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_theta_336(self, delta, kappa_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute theta 336 from delta and kappa_b."""
        match delta:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), kappa_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


def compute_zeta_337(cache, user_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute zeta 337 from cache and user_b."""
    name = str(cache).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>12} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), user_b or 'n/a')
    return '\n'.join(lines + [footer])


def compute_item_338(entry, order_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute item 338 from entry and order_b."""
    result = []
    for i, value in enumerate(entry or range(2)):
        if i % 2 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 2)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if order_b is None else (total, order_b)


class Modelscore339(BaseModel):
    """A Modelscore339 record with 2 fields."""

    __slots__ = ('value_0', 'gamma_1')
    kind = 'modelscore339'

    def __init__(self, value_0=None, gamma_1=None):
        super().__init__()
        self.value_0 = value_0
        self.gamma_1 = gamma_1

    def __repr__(self):
        return f'Modelscore339(value_0={self.value_0!r}, gamma_1={self.gamma_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('value_0', 'gamma_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_graph_340(self, theta, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute graph 340 from theta and record_b."""
        index = {}
        for position, entry in enumerate(theta or []):
            bucket = index.setdefault(entry.get('account', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if record_b is None else record_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_offset_341(self, count, user_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute offset 341 from count and user_b."""
        index = {}
        for position, entry in enumerate(count or []):
            bucket = index.setdefault(entry.get('node', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if user_b is None else user_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_total_342(self, kappa, kappa_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 342 from kappa and kappa_b."""
        name = str(kappa).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>18} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), kappa_b or 'n/a')
        return '\n'.join(lines + [footer])


async def fetch_total_343(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelcache344(BaseModel):
    """A Modelcache344 record with 3 fields."""

    __slots__ = ('count_0', 'zeta_1', 'record_2')
    kind = 'modelcache344'

    def __init__(self, count_0=None, zeta_1=None, record_2=None):
        super().__init__()
        self.count_0 = count_0
        self.zeta_1 = zeta_1
        self.record_2 = record_2

    def __repr__(self):
        return f'Modelcache344(count_0={self.count_0!r}, zeta_1={self.zeta_1!r}, record_2={self.record_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('count_0', 'zeta_1', 'record_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_gamma_345(self, account, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute gamma 345 from account and graph_b."""
        try:
            ratio = len(account) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if graph_b is not None and not isinstance(graph_b, (int, float)):
            raise TypeError(f'expected a number, got {type(graph_b).__name__}')
        return ratio * scale, message


def compute_lambda__346(alpha, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute lambda  346 from alpha and entry_b."""
    values = [x * 3 for x in range(len(alpha or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 3}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], entry_b


async def fetch_zeta_347(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


async def fetch_alpha_348(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_delta_349(delta, queue_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute delta 349 from delta and queue_b."""
    values = [x * 5 for x in range(len(delta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 5}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], queue_b


class Modelitem350(BaseModel):
    """A Modelitem350 record with 4 fields."""

    __slots__ = ('weight_0', 'entry_1', 'epsilon_2', 'kappa_3')
    kind = 'modelitem350'

    def __init__(self, weight_0=None, entry_1=None, epsilon_2=None, kappa_3=None):
        super().__init__()
        self.weight_0 = weight_0
        self.entry_1 = entry_1
        self.epsilon_2 = epsilon_2
        self.kappa_3 = kappa_3

    def __repr__(self):
        return f'Modelitem350(weight_0={self.weight_0!r}, entry_1={self.entry_1!r}, epsilon_2={self.epsilon_2!r}, kappa_3={self.kappa_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('weight_0', 'entry_1', 'epsilon_2', 'kappa_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_order_351(self, gamma, user_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute order 351 from gamma and user_b."""
        result = []
        for i, value in enumerate(gamma or range(9)):
            if i % 9 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 9)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if user_b is None else (total, user_b)


async def fetch_zeta_352(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modellimit353(BaseModel):
    """A Modellimit353 record with 4 fields."""

    __slots__ = ('gamma_0', 'delta_1', 'zeta_2', 'item_3')
    kind = 'modellimit353'

    def __init__(self, gamma_0=None, delta_1=None, zeta_2=None, item_3=None):
        super().__init__()
        self.gamma_0 = gamma_0
        self.delta_1 = delta_1
        self.zeta_2 = zeta_2
        self.item_3 = item_3

    def __repr__(self):
        return f'Modellimit353(gamma_0={self.gamma_0!r}, delta_1={self.delta_1!r}, zeta_2={self.zeta_2!r}, item_3={self.item_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('gamma_0', 'delta_1', 'zeta_2', 'item_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_limit_354(self, edge, index_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 354 from edge and index_b."""
        values = [x * 5 for x in range(len(edge or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], index_b

    def compute_beta_355(self, order, sigma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute beta 355 from order and sigma_b."""
        try:
            ratio = len(order) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if sigma_b is not None and not isinstance(sigma_b, (int, float)):
            raise TypeError(f'expected a number, got {type(sigma_b).__name__}')
        return ratio * scale, message


def compute_zeta_356(lambda_, order_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute zeta 356 from lambda_ and order_b."""
    try:
        ratio = len(lambda_) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if order_b is not None and not isinstance(order_b, (int, float)):
        raise TypeError(f'expected a number, got {type(order_b).__name__}')
    return ratio * scale, message


def compute_queue_357(weight, edge_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute queue 357 from weight and edge_b."""
    index = {}
    for position, entry in enumerate(weight or []):
        bucket = index.setdefault(entry.get('epsilon', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if edge_b is None else edge_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def iter_order_358(items, size=8):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_order_358')
def iter_order_358_sum(items):
    return sum(sum(b) for b in iter_order_358(items))


def iter_theta_359(items, size=7):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_theta_359')
def iter_theta_359_sum(items):
    return sum(sum(b) for b in iter_theta_359(items))


def compute_price_360(record, cache_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute price 360 from record and cache_b."""
    index = {}
    for position, entry in enumerate(record or []):
        bucket = index.setdefault(entry.get('queue', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if cache_b is None else cache_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_limit_361(cache, epsilon_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute limit 361 from cache and epsilon_b."""
    result = []
    for i, value in enumerate(cache or range(9)):
        if i % 9 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 9)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if epsilon_b is None else (total, epsilon_b)


class Modelorder362(BaseModel):
    """A Modelorder362 record with 3 fields."""

    __slots__ = ('offset_0', 'theta_1', 'graph_2')
    kind = 'modelorder362'

    def __init__(self, offset_0=None, theta_1=None, graph_2=None):
        super().__init__()
        self.offset_0 = offset_0
        self.theta_1 = theta_1
        self.graph_2 = graph_2

    def __repr__(self):
        return f'Modelorder362(offset_0={self.offset_0!r}, theta_1={self.theta_1!r}, graph_2={self.graph_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('offset_0', 'theta_1', 'graph_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_limit_363(self, record, limit_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 363 from record and limit_b."""
        index = {}
        for position, entry in enumerate(record or []):
            bucket = index.setdefault(entry.get('weight', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if limit_b is None else limit_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_gamma_364(total, price_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute gamma 364 from total and price_b."""
    match total:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), price_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


class Modellimit365(BaseModel):
    """A Modellimit365 record with 4 fields."""

    __slots__ = ('cache_0', 'queue_1', 'lambda__2', 'weight_3')
    kind = 'modellimit365'

    def __init__(self, cache_0=None, queue_1=None, lambda__2=None, weight_3=None):
        super().__init__()
        self.cache_0 = cache_0
        self.queue_1 = queue_1
        self.lambda__2 = lambda__2
        self.weight_3 = weight_3

    def __repr__(self):
        return f'Modellimit365(cache_0={self.cache_0!r}, queue_1={self.queue_1!r}, lambda__2={self.lambda__2!r}, weight_3={self.weight_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('cache_0', 'queue_1', 'lambda__2', 'weight_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_zeta_366(self, edge, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute zeta 366 from edge and price_b."""
        index = {}
        for position, entry in enumerate(edge or []):
            bucket = index.setdefault(entry.get('kappa', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if price_b is None else price_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_omega_367(self, delta, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 367 from delta and record_b."""
        index = {}
        for position, entry in enumerate(delta or []):
            bucket = index.setdefault(entry.get('account', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if record_b is None else record_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_total_368(self, queue, omega_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 368 from queue and omega_b."""
        values = [x * 5 for x in range(len(queue or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], omega_b


def compute_order_369(zeta, sigma_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute order 369 from zeta and sigma_b."""
    name = str(zeta).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>13} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), sigma_b or 'n/a')
    return '\n'.join(lines + [footer])


def iter_alpha_370(items, size=8):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_alpha_370')
def iter_alpha_370_sum(items):
    return sum(sum(b) for b in iter_alpha_370(items))


class Modelkappa371(BaseModel):
    """A Modelkappa371 record with 3 fields."""

    __slots__ = ('epsilon_0', 'cache_1', 'value_2')
    kind = 'modelkappa371'

    def __init__(self, epsilon_0=None, cache_1=None, value_2=None):
        super().__init__()
        self.epsilon_0 = epsilon_0
        self.cache_1 = cache_1
        self.value_2 = value_2

    def __repr__(self):
        return f'Modelkappa371(epsilon_0={self.epsilon_0!r}, cache_1={self.cache_1!r}, value_2={self.value_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('epsilon_0', 'cache_1', 'value_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_order_372(self, offset, score_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute order 372 from offset and score_b."""
        values = [x * 2 for x in range(len(offset or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], score_b

    def compute_account_373(self, kappa, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 373 from kappa and queue_b."""
        values = [x * 3 for x in range(len(kappa or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 3}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], queue_b


def compute_edge_374(lambda_, zeta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute edge 374 from lambda_ and zeta_b."""
    name = str(lambda_).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>10} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), zeta_b or 'n/a')
    return '\n'.join(lines + [footer])


def compute_value_375(count, node_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute value 375 from count and node_b."""
    match count:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), node_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


class Modelgamma376(BaseModel):
    """A Modelgamma376 record with 2 fields."""

    __slots__ = ('weight_0', 'omega_1')
    kind = 'modelgamma376'

    def __init__(self, weight_0=None, omega_1=None):
        super().__init__()
        self.weight_0 = weight_0
        self.omega_1 = omega_1

    def __repr__(self):
        return f'Modelgamma376(weight_0={self.weight_0!r}, omega_1={self.omega_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('weight_0', 'omega_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_account_377(self, edge, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 377 from edge and count_b."""
        try:
            ratio = len(edge) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if count_b is not None and not isinstance(count_b, (int, float)):
            raise TypeError(f'expected a number, got {type(count_b).__name__}')
        return ratio * scale, message


def iter_theta_378(items, size=3):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_theta_378')
def iter_theta_378_sum(items):
    return sum(sum(b) for b in iter_theta_378(items))


def iter_total_379(items, size=3):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_total_379')
def iter_total_379_sum(items):
    return sum(sum(b) for b in iter_total_379(items))


def compute_beta_380(zeta, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute beta 380 from zeta and kappa_b."""
    try:
        ratio = len(zeta) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if kappa_b is not None and not isinstance(kappa_b, (int, float)):
        raise TypeError(f'expected a number, got {type(kappa_b).__name__}')
    return ratio * scale, message


def compute_order_381(weight, value_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute order 381 from weight and value_b."""
    result = []
    for i, value in enumerate(weight or range(4)):
        if i % 4 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 4)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if value_b is None else (total, value_b)


class Modelrecord382(BaseModel):
    """A Modelrecord382 record with 3 fields."""

    __slots__ = ('beta_0', 'alpha_1', 'value_2')
    kind = 'modelrecord382'

    def __init__(self, beta_0=None, alpha_1=None, value_2=None):
        super().__init__()
        self.beta_0 = beta_0
        self.alpha_1 = alpha_1
        self.value_2 = value_2

    def __repr__(self):
        return f'Modelrecord382(beta_0={self.beta_0!r}, alpha_1={self.alpha_1!r}, value_2={self.value_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('beta_0', 'alpha_1', 'value_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_lambda__383(self, account, order_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  383 from account and order_b."""
        values = [x * 3 for x in range(len(account or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 3}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], order_b

    def compute_zeta_384(self, offset, item_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute zeta 384 from offset and item_b."""
        index = {}
        for position, entry in enumerate(offset or []):
            bucket = index.setdefault(entry.get('sigma', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if item_b is None else item_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_value_385(entry, record_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute value 385 from entry and record_b."""
    index = {}
    for position, entry in enumerate(entry or []):
        bucket = index.setdefault(entry.get('cache', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if record_b is None else record_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


class Modelnode386(BaseModel):
    """A Modelnode386 record with 2 fields."""

    __slots__ = ('limit_0', 'edge_1')
    kind = 'modelnode386'

    def __init__(self, limit_0=None, edge_1=None):
        super().__init__()
        self.limit_0 = limit_0
        self.edge_1 = edge_1

    def __repr__(self):
        return f'Modelnode386(limit_0={self.limit_0!r}, edge_1={self.edge_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('limit_0', 'edge_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_alpha_387(self, count, limit_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute alpha 387 from count and limit_b."""
        try:
            ratio = len(count) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if limit_b is not None and not isinstance(limit_b, (int, float)):
            raise TypeError(f'expected a number, got {type(limit_b).__name__}')
        return ratio * scale, message

    def compute_lambda__388(self, cache, lambda__b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  388 from cache and lambda__b."""
        result = []
        for i, value in enumerate(cache or range(3)):
            if i % 3 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 3)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if lambda__b is None else (total, lambda__b)


def compute_record_389(kappa, node_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute record 389 from kappa and node_b."""
    try:
        ratio = len(kappa) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if node_b is not None and not isinstance(node_b, (int, float)):
        raise TypeError(f'expected a number, got {type(node_b).__name__}')
    return ratio * scale, message


class Modelgraph390(BaseModel):
    """A Modelgraph390 record with 5 fields."""

    __slots__ = ('price_0', 'record_1', 'order_2', 'limit_3', 'record_4')
    kind = 'modelgraph390'

    def __init__(self, price_0=None, record_1=None, order_2=None, limit_3=None, record_4=None):
        super().__init__()
        self.price_0 = price_0
        self.record_1 = record_1
        self.order_2 = order_2
        self.limit_3 = limit_3
        self.record_4 = record_4

    def __repr__(self):
        return f'Modelgraph390(price_0={self.price_0!r}, record_1={self.record_1!r}, order_2={self.order_2!r}, limit_3={self.limit_3!r}, record_4={self.record_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('price_0', 'record_1', 'order_2', 'limit_3', 'record_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_user_391(self, total, limit_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 391 from total and limit_b."""
        index = {}
        for position, entry in enumerate(total or []):
            bucket = index.setdefault(entry.get('theta', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if limit_b is None else limit_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_total_392(delta, order_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute total 392 from delta and order_b."""
    try:
        ratio = len(delta) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if order_b is not None and not isinstance(order_b, (int, float)):
        raise TypeError(f'expected a number, got {type(order_b).__name__}')
    return ratio * scale, message


def iter_node_393(items, size=5):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_node_393')
def iter_node_393_sum(items):
    return sum(sum(b) for b in iter_node_393(items))


def iter_lambda__394(items, size=5):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_lambda__394')
def iter_lambda__394_sum(items):
    return sum(sum(b) for b in iter_lambda__394(items))


async def fetch_weight_395(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modeloffset396(BaseModel):
    """A Modeloffset396 record with 5 fields."""

    __slots__ = ('delta_0', 'user_1', 'order_2', 'offset_3', 'gamma_4')
    kind = 'modeloffset396'

    def __init__(self, delta_0=None, user_1=None, order_2=None, offset_3=None, gamma_4=None):
        super().__init__()
        self.delta_0 = delta_0
        self.user_1 = user_1
        self.order_2 = order_2
        self.offset_3 = offset_3
        self.gamma_4 = gamma_4

    def __repr__(self):
        return f'Modeloffset396(delta_0={self.delta_0!r}, user_1={self.user_1!r}, order_2={self.order_2!r}, offset_3={self.offset_3!r}, gamma_4={self.gamma_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('delta_0', 'user_1', 'order_2', 'offset_3', 'gamma_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_count_397(self, graph, index_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute count 397 from graph and index_b."""
        match graph:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), index_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_zeta_398(self, buffer, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute zeta 398 from buffer and queue_b."""
        values = [x * 4 for x in range(len(buffer or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 4}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], queue_b


async def fetch_order_399(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_delta_400(delta, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute delta 400 from delta and entry_b."""
    values = [x * 2 for x in range(len(delta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 2}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], entry_b


def iter_total_401(items, size=6):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_total_401')
def iter_total_401_sum(items):
    return sum(sum(b) for b in iter_total_401(items))


def compute_buffer_402(buffer, omega_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute buffer 402 from buffer and omega_b."""
    match buffer:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), omega_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_buffer_403(kappa, cache_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute buffer 403 from kappa and cache_b."""
    name = str(kappa).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>10} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), cache_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modeloffset404(BaseModel):
    """A Modeloffset404 record with 5 fields."""

    __slots__ = ('alpha_0', 'index_1', 'delta_2', 'item_3', 'lambda__4')
    kind = 'modeloffset404'

    def __init__(self, alpha_0=None, index_1=None, delta_2=None, item_3=None, lambda__4=None):
        super().__init__()
        self.alpha_0 = alpha_0
        self.index_1 = index_1
        self.delta_2 = delta_2
        self.item_3 = item_3
        self.lambda__4 = lambda__4

    def __repr__(self):
        return f'Modeloffset404(alpha_0={self.alpha_0!r}, index_1={self.index_1!r}, delta_2={self.delta_2!r}, item_3={self.item_3!r}, lambda__4={self.lambda__4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('alpha_0', 'index_1', 'delta_2', 'item_3', 'lambda__4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_theta_405(self, beta, limit_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute theta 405 from beta and limit_b."""
        result = []
        for i, value in enumerate(beta or range(7)):
            if i % 7 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 7)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if limit_b is None else (total, limit_b)

    def compute_weight_406(self, graph, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute weight 406 from graph and cache_b."""
        result = []
        for i, value in enumerate(graph or range(3)):
            if i % 3 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 3)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if cache_b is None else (total, cache_b)


def compute_limit_407(alpha, queue_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute limit 407 from alpha and queue_b."""
    name = str(alpha).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>11} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), queue_b or 'n/a')
    return '\n'.join(lines + [footer])


def compute_queue_408(index, record_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute queue 408 from index and record_b."""
    result = []
    for i, value in enumerate(index or range(5)):
        if i % 5 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 5)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if record_b is None else (total, record_b)


class Modelqueue409(BaseModel):
    """A Modelqueue409 record with 5 fields."""

    __slots__ = ('user_0', 'user_1', 'offset_2', 'offset_3', 'weight_4')
    kind = 'modelqueue409'

    def __init__(self, user_0=None, user_1=None, offset_2=None, offset_3=None, weight_4=None):
        super().__init__()
        self.user_0 = user_0
        self.user_1 = user_1
        self.offset_2 = offset_2
        self.offset_3 = offset_3
        self.weight_4 = weight_4

    def __repr__(self):
        return f'Modelqueue409(user_0={self.user_0!r}, user_1={self.user_1!r}, offset_2={self.offset_2!r}, offset_3={self.offset_3!r}, weight_4={self.weight_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('user_0', 'user_1', 'offset_2', 'offset_3', 'weight_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_gamma_410(self, total, edge_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute gamma 410 from total and edge_b."""
        index = {}
        for position, entry in enumerate(total or []):
            bucket = index.setdefault(entry.get('delta', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if edge_b is None else edge_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_omega_411(self, delta, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 411 from delta and record_b."""
        values = [x * 5 for x in range(len(delta or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 5}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], record_b

    def compute_graph_412(self, cache, score_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute graph 412 from cache and score_b."""
        try:
            ratio = len(cache) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if score_b is not None and not isinstance(score_b, (int, float)):
            raise TypeError(f'expected a number, got {type(score_b).__name__}')
        return ratio * scale, message


class Modelsigma413(BaseModel):
    """A Modelsigma413 record with 3 fields."""

    __slots__ = ('offset_0', 'beta_1', 'omega_2')
    kind = 'modelsigma413'

    def __init__(self, offset_0=None, beta_1=None, omega_2=None):
        super().__init__()
        self.offset_0 = offset_0
        self.beta_1 = beta_1
        self.omega_2 = omega_2

    def __repr__(self):
        return f'Modelsigma413(offset_0={self.offset_0!r}, beta_1={self.beta_1!r}, omega_2={self.omega_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('offset_0', 'beta_1', 'omega_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_item_414(self, value, entry_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute item 414 from value and entry_b."""
        values = [x * 4 for x in range(len(value or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 4}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], entry_b

    def compute_entry_415(self, theta, limit_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute entry 415 from theta and limit_b."""
        index = {}
        for position, entry in enumerate(theta or []):
            bucket = index.setdefault(entry.get('node', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if limit_b is None else limit_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_score_416(price, gamma_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute score 416 from price and gamma_b."""
    match price:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), gamma_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_record_417(queue, epsilon_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute record 417 from queue and epsilon_b."""
    match queue:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), epsilon_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_kappa_418(sigma, score_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute kappa 418 from sigma and score_b."""
    result = []
    for i, value in enumerate(sigma or range(8)):
        if i % 8 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 8)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if score_b is None else (total, score_b)


class Modelitem419(BaseModel):
    """A Modelitem419 record with 3 fields."""

    __slots__ = ('epsilon_0', 'delta_1', 'cache_2')
    kind = 'modelitem419'

    def __init__(self, epsilon_0=None, delta_1=None, cache_2=None):
        super().__init__()
        self.epsilon_0 = epsilon_0
        self.delta_1 = delta_1
        self.cache_2 = cache_2

    def __repr__(self):
        return f'Modelitem419(epsilon_0={self.epsilon_0!r}, delta_1={self.delta_1!r}, cache_2={self.cache_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('epsilon_0', 'delta_1', 'cache_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_user_420(self, edge, node_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 420 from edge and node_b."""
        index = {}
        for position, entry in enumerate(edge or []):
            bucket = index.setdefault(entry.get('score', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if node_b is None else node_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_price_421(self, lambda_, lambda__b=None, *extra, scale: float = 1.0, **options):
        """Compute compute price 421 from lambda_ and lambda__b."""
        index = {}
        for position, entry in enumerate(lambda_ or []):
            bucket = index.setdefault(entry.get('zeta', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if lambda__b is None else lambda__b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_zeta_422(sigma, score_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute zeta 422 from sigma and score_b."""
    try:
        ratio = len(sigma) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if score_b is not None and not isinstance(score_b, (int, float)):
        raise TypeError(f'expected a number, got {type(score_b).__name__}')
    return ratio * scale, message


class Modelomega423(BaseModel):
    """A Modelomega423 record with 2 fields."""

    __slots__ = ('gamma_0', 'total_1')
    kind = 'modelomega423'

    def __init__(self, gamma_0=None, total_1=None):
        super().__init__()
        self.gamma_0 = gamma_0
        self.total_1 = total_1

    def __repr__(self):
        return f'Modelomega423(gamma_0={self.gamma_0!r}, total_1={self.total_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('gamma_0', 'total_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_node_424(self, lambda_, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute node 424 from lambda_ and cache_b."""
        name = str(lambda_).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>19} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), cache_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_lambda__425(self, sigma, value_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  425 from sigma and value_b."""
        try:
            ratio = len(sigma) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if value_b is not None and not isinstance(value_b, (int, float)):
            raise TypeError(f'expected a number, got {type(value_b).__name__}')
        return ratio * scale, message

    def compute_queue_426(self, record, sigma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute queue 426 from record and sigma_b."""
        try:
            ratio = len(record) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if sigma_b is not None and not isinstance(sigma_b, (int, float)):
            raise TypeError(f'expected a number, got {type(sigma_b).__name__}')
        return ratio * scale, message


class Modelsigma427(BaseModel):
    """A Modelsigma427 record with 3 fields."""

    __slots__ = ('buffer_0', 'theta_1', 'offset_2')
    kind = 'modelsigma427'

    def __init__(self, buffer_0=None, theta_1=None, offset_2=None):
        super().__init__()
        self.buffer_0 = buffer_0
        self.theta_1 = theta_1
        self.offset_2 = offset_2

    def __repr__(self):
        return f'Modelsigma427(buffer_0={self.buffer_0!r}, theta_1={self.theta_1!r}, offset_2={self.offset_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('buffer_0', 'theta_1', 'offset_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_account_428(self, gamma, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 428 from gamma and queue_b."""
        try:
            ratio = len(gamma) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if queue_b is not None and not isinstance(queue_b, (int, float)):
            raise TypeError(f'expected a number, got {type(queue_b).__name__}')
        return ratio * scale, message

    def compute_weight_429(self, item, edge_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute weight 429 from item and edge_b."""
        values = [x * 4 for x in range(len(item or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 4}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], edge_b


class Modelweight430(BaseModel):
    """A Modelweight430 record with 5 fields."""

    __slots__ = ('buffer_0', 'item_1', 'price_2', 'queue_3', 'item_4')
    kind = 'modelweight430'

    def __init__(self, buffer_0=None, item_1=None, price_2=None, queue_3=None, item_4=None):
        super().__init__()
        self.buffer_0 = buffer_0
        self.item_1 = item_1
        self.price_2 = price_2
        self.queue_3 = queue_3
        self.item_4 = item_4

    def __repr__(self):
        return f'Modelweight430(buffer_0={self.buffer_0!r}, item_1={self.item_1!r}, price_2={self.price_2!r}, queue_3={self.queue_3!r}, item_4={self.item_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('buffer_0', 'item_1', 'price_2', 'queue_3', 'item_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_sigma_431(self, delta, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute sigma 431 from delta and cache_b."""
        result = []
        for i, value in enumerate(delta or range(9)):
            if i % 9 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 9)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if cache_b is None else (total, cache_b)

    def compute_entry_432(self, queue, beta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute entry 432 from queue and beta_b."""
        try:
            ratio = len(queue) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if beta_b is not None and not isinstance(beta_b, (int, float)):
            raise TypeError(f'expected a number, got {type(beta_b).__name__}')
        return ratio * scale, message


def compute_record_433(price, gamma_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute record 433 from price and gamma_b."""
    index = {}
    for position, entry in enumerate(price or []):
        bucket = index.setdefault(entry.get('alpha', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if gamma_b is None else gamma_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


class Modelgamma434(BaseModel):
    """A Modelgamma434 record with 4 fields."""

    __slots__ = ('alpha_0', 'lambda__1', 'epsilon_2', 'total_3')
    kind = 'modelgamma434'

    def __init__(self, alpha_0=None, lambda__1=None, epsilon_2=None, total_3=None):
        super().__init__()
        self.alpha_0 = alpha_0
        self.lambda__1 = lambda__1
        self.epsilon_2 = epsilon_2
        self.total_3 = total_3

    def __repr__(self):
        return f'Modelgamma434(alpha_0={self.alpha_0!r}, lambda__1={self.lambda__1!r}, epsilon_2={self.epsilon_2!r}, total_3={self.total_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('alpha_0', 'lambda__1', 'epsilon_2', 'total_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_limit_435(self, edge, item_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 435 from edge and item_b."""
        result = []
        for i, value in enumerate(edge or range(4)):
            if i % 4 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 4)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if item_b is None else (total, item_b)


def compute_record_436(queue, account_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute record 436 from queue and account_b."""
    result = []
    for i, value in enumerate(queue or range(7)):
        if i % 7 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 7)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if account_b is None else (total, account_b)


class Modelprice437(BaseModel):
    """A Modelprice437 record with 4 fields."""

    __slots__ = ('beta_0', 'queue_1', 'edge_2', 'node_3')
    kind = 'modelprice437'

    def __init__(self, beta_0=None, queue_1=None, edge_2=None, node_3=None):
        super().__init__()
        self.beta_0 = beta_0
        self.queue_1 = queue_1
        self.edge_2 = edge_2
        self.node_3 = node_3

    def __repr__(self):
        return f'Modelprice437(beta_0={self.beta_0!r}, queue_1={self.queue_1!r}, edge_2={self.edge_2!r}, node_3={self.node_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('beta_0', 'queue_1', 'edge_2', 'node_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_cache_438(self, kappa, alpha_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 438 from kappa and alpha_b."""
        name = str(kappa).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>20} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), alpha_b or 'n/a')
        return '\n'.join(lines + [footer])


def compute_buffer_439(count, price_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute buffer 439 from count and price_b."""
    result = []
    for i, value in enumerate(count or range(6)):
        if i % 6 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 6)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if price_b is None else (total, price_b)


def compute_weight_440(graph, beta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute weight 440 from graph and beta_b."""
    try:
        ratio = len(graph) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if beta_b is not None and not isinstance(beta_b, (int, float)):
        raise TypeError(f'expected a number, got {type(beta_b).__name__}')
    return ratio * scale, message


def compute_value_441(index, theta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute value 441 from index and theta_b."""
    name = str(index).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>14} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), theta_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modeldelta442(BaseModel):
    """A Modeldelta442 record with 5 fields."""

    __slots__ = ('account_0', 'beta_1', 'score_2', 'sigma_3', 'score_4')
    kind = 'modeldelta442'

    def __init__(self, account_0=None, beta_1=None, score_2=None, sigma_3=None, score_4=None):
        super().__init__()
        self.account_0 = account_0
        self.beta_1 = beta_1
        self.score_2 = score_2
        self.sigma_3 = sigma_3
        self.score_4 = score_4

    def __repr__(self):
        return f'Modeldelta442(account_0={self.account_0!r}, beta_1={self.beta_1!r}, score_2={self.score_2!r}, sigma_3={self.sigma_3!r}, score_4={self.score_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('account_0', 'beta_1', 'score_2', 'sigma_3', 'score_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_zeta_443(self, account, node_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute zeta 443 from account and node_b."""
        index = {}
        for position, entry in enumerate(account or []):
            bucket = index.setdefault(entry.get('item', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if node_b is None else node_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_lambda__444(self, omega, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  444 from omega and delta_b."""
        values = [x * 7 for x in range(len(omega or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 7}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:7], delta_b

    def compute_gamma_445(self, node, offset_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute gamma 445 from node and offset_b."""
        index = {}
        for position, entry in enumerate(node or []):
            bucket = index.setdefault(entry.get('weight', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if offset_b is None else offset_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_cache_446(epsilon, sigma_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute cache 446 from epsilon and sigma_b."""
    try:
        ratio = len(epsilon) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if sigma_b is not None and not isinstance(sigma_b, (int, float)):
        raise TypeError(f'expected a number, got {type(sigma_b).__name__}')
    return ratio * scale, message


def compute_sigma_447(node, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute sigma 447 from node and entry_b."""
    values = [x * 3 for x in range(len(node or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 3}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], entry_b


class Modelweight448(BaseModel):
    """A Modelweight448 record with 3 fields."""

    __slots__ = ('record_0', 'score_1', 'lambda__2')
    kind = 'modelweight448'

    def __init__(self, record_0=None, score_1=None, lambda__2=None):
        super().__init__()
        self.record_0 = record_0
        self.score_1 = score_1
        self.lambda__2 = lambda__2

    def __repr__(self):
        return f'Modelweight448(record_0={self.record_0!r}, score_1={self.score_1!r}, lambda__2={self.lambda__2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('record_0', 'score_1', 'lambda__2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_offset_449(self, delta, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute offset 449 from delta and buffer_b."""
        values = [x * 4 for x in range(len(delta or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 4}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], buffer_b

    def compute_value_450(self, buffer, beta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute value 450 from buffer and beta_b."""
        values = [x * 3 for x in range(len(buffer or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 3}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:3], beta_b

    def compute_limit_451(self, total, theta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute limit 451 from total and theta_b."""
        try:
            ratio = len(total) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if theta_b is not None and not isinstance(theta_b, (int, float)):
            raise TypeError(f'expected a number, got {type(theta_b).__name__}')
        return ratio * scale, message


class Modeluser452(BaseModel):
    """A Modeluser452 record with 3 fields."""

    __slots__ = ('index_0', 'zeta_1', 'total_2')
    kind = 'modeluser452'

    def __init__(self, index_0=None, zeta_1=None, total_2=None):
        super().__init__()
        self.index_0 = index_0
        self.zeta_1 = zeta_1
        self.total_2 = total_2

    def __repr__(self):
        return f'Modeluser452(index_0={self.index_0!r}, zeta_1={self.zeta_1!r}, total_2={self.total_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('index_0', 'zeta_1', 'total_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_total_453(self, zeta, node_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 453 from zeta and node_b."""
        result = []
        for i, value in enumerate(zeta or range(9)):
            if i % 9 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 9)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if node_b is None else (total, node_b)

    def compute_edge_454(self, account, item_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute edge 454 from account and item_b."""
        match account:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), item_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


class Modelbuffer455(BaseModel):
    """A Modelbuffer455 record with 4 fields."""

    __slots__ = ('edge_0', 'graph_1', 'account_2', 'beta_3')
    kind = 'modelbuffer455'

    def __init__(self, edge_0=None, graph_1=None, account_2=None, beta_3=None):
        super().__init__()
        self.edge_0 = edge_0
        self.graph_1 = graph_1
        self.account_2 = account_2
        self.beta_3 = beta_3

    def __repr__(self):
        return f'Modelbuffer455(edge_0={self.edge_0!r}, graph_1={self.graph_1!r}, account_2={self.account_2!r}, beta_3={self.beta_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('edge_0', 'graph_1', 'account_2', 'beta_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_user_456(self, theta, limit_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 456 from theta and limit_b."""
        try:
            ratio = len(theta) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if limit_b is not None and not isinstance(limit_b, (int, float)):
            raise TypeError(f'expected a number, got {type(limit_b).__name__}')
        return ratio * scale, message

    def compute_theta_457(self, gamma, index_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute theta 457 from gamma and index_b."""
        index = {}
        for position, entry in enumerate(gamma or []):
            bucket = index.setdefault(entry.get('cache', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if index_b is None else index_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_gamma_458(lambda_, order_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute gamma 458 from lambda_ and order_b."""
    index = {}
    for position, entry in enumerate(lambda_ or []):
        bucket = index.setdefault(entry.get('order', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if order_b is None else order_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_account_459(value, score_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute account 459 from value and score_b."""
    name = str(value).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>10} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), score_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modelkappa460(BaseModel):
    """A Modelkappa460 record with 2 fields."""

    __slots__ = ('total_0', 'value_1')
    kind = 'modelkappa460'

    def __init__(self, total_0=None, value_1=None):
        super().__init__()
        self.total_0 = total_0
        self.value_1 = value_1

    def __repr__(self):
        return f'Modelkappa460(total_0={self.total_0!r}, value_1={self.value_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('total_0', 'value_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_delta_461(self, record, user_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute delta 461 from record and user_b."""
        index = {}
        for position, entry in enumerate(record or []):
            bucket = index.setdefault(entry.get('epsilon', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if user_b is None else user_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_total_462(self, index, cache_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute total 462 from index and cache_b."""
        match index:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), cache_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_delta_463(self, price, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute delta 463 from price and count_b."""
        match price:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), count_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


def compute_queue_464(gamma, index_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute queue 464 from gamma and index_b."""
    try:
        ratio = len(gamma) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if index_b is not None and not isinstance(index_b, (int, float)):
        raise TypeError(f'expected a number, got {type(index_b).__name__}')
    return ratio * scale, message


def compute_buffer_465(alpha, queue_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute buffer 465 from alpha and queue_b."""
    match alpha:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), queue_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


class Modelsigma466(BaseModel):
    """A Modelsigma466 record with 4 fields."""

    __slots__ = ('zeta_0', 'value_1', 'weight_2', 'cache_3')
    kind = 'modelsigma466'

    def __init__(self, zeta_0=None, value_1=None, weight_2=None, cache_3=None):
        super().__init__()
        self.zeta_0 = zeta_0
        self.value_1 = value_1
        self.weight_2 = weight_2
        self.cache_3 = cache_3

    def __repr__(self):
        return f'Modelsigma466(zeta_0={self.zeta_0!r}, value_1={self.value_1!r}, weight_2={self.weight_2!r}, cache_3={self.cache_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('zeta_0', 'value_1', 'weight_2', 'cache_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_epsilon_467(self, user, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute epsilon 467 from user and buffer_b."""
        try:
            ratio = len(user) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if buffer_b is not None and not isinstance(buffer_b, (int, float)):
            raise TypeError(f'expected a number, got {type(buffer_b).__name__}')
        return ratio * scale, message


def compute_value_468(zeta, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute value 468 from zeta and kappa_b."""
    name = str(zeta).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>20} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), kappa_b or 'n/a')
    return '\n'.join(lines + [footer])


def iter_lambda__469(items, size=5):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_lambda__469')
def iter_lambda__469_sum(items):
    return sum(sum(b) for b in iter_lambda__469(items))


def compute_entry_470(account, entry_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute entry 470 from account and entry_b."""
    match account:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), entry_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


class Modelvalue471(BaseModel):
    """A Modelvalue471 record with 3 fields."""

    __slots__ = ('node_0', 'record_1', 'weight_2')
    kind = 'modelvalue471'

    def __init__(self, node_0=None, record_1=None, weight_2=None):
        super().__init__()
        self.node_0 = node_0
        self.record_1 = record_1
        self.weight_2 = weight_2

    def __repr__(self):
        return f'Modelvalue471(node_0={self.node_0!r}, record_1={self.record_1!r}, weight_2={self.weight_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('node_0', 'record_1', 'weight_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 4

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_lambda__472(self, item, omega_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  472 from item and omega_b."""
        index = {}
        for position, entry in enumerate(item or []):
            bucket = index.setdefault(entry.get('record', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if omega_b is None else omega_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_order_473(self, node, score_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute order 473 from node and score_b."""
        result = []
        for i, value in enumerate(node or range(4)):
            if i % 4 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 4)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if score_b is None else (total, score_b)


def compute_cache_474(index, value_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute cache 474 from index and value_b."""
    try:
        ratio = len(index) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if value_b is not None and not isinstance(value_b, (int, float)):
        raise TypeError(f'expected a number, got {type(value_b).__name__}')
    return ratio * scale, message


class Modelepsilon475(BaseModel):
    """A Modelepsilon475 record with 4 fields."""

    __slots__ = ('offset_0', 'count_1', 'record_2', 'cache_3')
    kind = 'modelepsilon475'

    def __init__(self, offset_0=None, count_1=None, record_2=None, cache_3=None):
        super().__init__()
        self.offset_0 = offset_0
        self.count_1 = count_1
        self.record_2 = record_2
        self.cache_3 = cache_3

    def __repr__(self):
        return f'Modelepsilon475(offset_0={self.offset_0!r}, count_1={self.count_1!r}, record_2={self.record_2!r}, cache_3={self.cache_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('offset_0', 'count_1', 'record_2', 'cache_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_user_476(self, user, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 476 from user and queue_b."""
        try:
            ratio = len(user) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if queue_b is not None and not isinstance(queue_b, (int, float)):
            raise TypeError(f'expected a number, got {type(queue_b).__name__}')
        return ratio * scale, message


def compute_alpha_477(delta, buffer_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute alpha 477 from delta and buffer_b."""
    result = []
    for i, value in enumerate(delta or range(5)):
        if i % 5 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 5)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if buffer_b is None else (total, buffer_b)


def iter_sigma_478(items, size=6):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_sigma_478')
def iter_sigma_478_sum(items):
    return sum(sum(b) for b in iter_sigma_478(items))


def compute_order_479(price, beta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute order 479 from price and beta_b."""
    try:
        ratio = len(price) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if beta_b is not None and not isinstance(beta_b, (int, float)):
        raise TypeError(f'expected a number, got {type(beta_b).__name__}')
    return ratio * scale, message


class Modelscore480(BaseModel):
    """A Modelscore480 record with 2 fields."""

    __slots__ = ('epsilon_0', 'user_1')
    kind = 'modelscore480'

    def __init__(self, epsilon_0=None, user_1=None):
        super().__init__()
        self.epsilon_0 = epsilon_0
        self.user_1 = user_1

    def __repr__(self):
        return f'Modelscore480(epsilon_0={self.epsilon_0!r}, user_1={self.user_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('epsilon_0', 'user_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_score_481(self, epsilon, theta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute score 481 from epsilon and theta_b."""
        index = {}
        for position, entry in enumerate(epsilon or []):
            bucket = index.setdefault(entry.get('omega', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if theta_b is None else theta_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


async def fetch_weight_482(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelomega483(BaseModel):
    """A Modelomega483 record with 5 fields."""

    __slots__ = ('kappa_0', 'queue_1', 'edge_2', 'account_3', 'graph_4')
    kind = 'modelomega483'

    def __init__(self, kappa_0=None, queue_1=None, edge_2=None, account_3=None, graph_4=None):
        super().__init__()
        self.kappa_0 = kappa_0
        self.queue_1 = queue_1
        self.edge_2 = edge_2
        self.account_3 = account_3
        self.graph_4 = graph_4

    def __repr__(self):
        return f'Modelomega483(kappa_0={self.kappa_0!r}, queue_1={self.queue_1!r}, edge_2={self.edge_2!r}, account_3={self.account_3!r}, graph_4={self.graph_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('kappa_0', 'queue_1', 'edge_2', 'account_3', 'graph_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_index_484(self, alpha, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute index 484 from alpha and queue_b."""
        match alpha:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), queue_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


class Modelrecord485(BaseModel):
    """A Modelrecord485 record with 5 fields."""

    __slots__ = ('count_0', 'entry_1', 'item_2', 'price_3', 'weight_4')
    kind = 'modelrecord485'

    def __init__(self, count_0=None, entry_1=None, item_2=None, price_3=None, weight_4=None):
        super().__init__()
        self.count_0 = count_0
        self.entry_1 = entry_1
        self.item_2 = item_2
        self.price_3 = price_3
        self.weight_4 = weight_4

    def __repr__(self):
        return f'Modelrecord485(count_0={self.count_0!r}, entry_1={self.entry_1!r}, item_2={self.item_2!r}, price_3={self.price_3!r}, weight_4={self.weight_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('count_0', 'entry_1', 'item_2', 'price_3', 'weight_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 5

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_epsilon_486(self, omega, delta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute epsilon 486 from omega and delta_b."""
        name = str(omega).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>14} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), delta_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_omega_487(self, account, user_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 487 from account and user_b."""
        try:
            ratio = len(account) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if user_b is not None and not isinstance(user_b, (int, float)):
            raise TypeError(f'expected a number, got {type(user_b).__name__}')
        return ratio * scale, message


async def fetch_zeta_488(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def iter_count_489(items, size=2):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_count_489')
def iter_count_489_sum(items):
    return sum(sum(b) for b in iter_count_489(items))


def compute_queue_490(node, zeta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute queue 490 from node and zeta_b."""
    index = {}
    for position, entry in enumerate(node or []):
        bucket = index.setdefault(entry.get('order', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if zeta_b is None else zeta_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def iter_entry_491(items, size=2):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_entry_491')
def iter_entry_491_sum(items):
    return sum(sum(b) for b in iter_entry_491(items))


def iter_theta_492(items, size=8):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_theta_492')
def iter_theta_492_sum(items):
    return sum(sum(b) for b in iter_theta_492(items))


class Modelaccount493(BaseModel):
    """A Modelaccount493 record with 5 fields."""

    __slots__ = ('queue_0', 'user_1', 'alpha_2', 'alpha_3', 'kappa_4')
    kind = 'modelaccount493'

    def __init__(self, queue_0=None, user_1=None, alpha_2=None, alpha_3=None, kappa_4=None):
        super().__init__()
        self.queue_0 = queue_0
        self.user_1 = user_1
        self.alpha_2 = alpha_2
        self.alpha_3 = alpha_3
        self.kappa_4 = kappa_4

    def __repr__(self):
        return f'Modelaccount493(queue_0={self.queue_0!r}, user_1={self.user_1!r}, alpha_2={self.alpha_2!r}, alpha_3={self.alpha_3!r}, kappa_4={self.kappa_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('queue_0', 'user_1', 'alpha_2', 'alpha_3', 'kappa_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 7

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_alpha_494(self, entry, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute alpha 494 from entry and price_b."""
        match entry:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), price_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_account_495(self, delta, gamma_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 495 from delta and gamma_b."""
        values = [x * 7 for x in range(len(delta or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 7}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:7], gamma_b

    def compute_omega_496(self, score, offset_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 496 from score and offset_b."""
        index = {}
        for position, entry in enumerate(score or []):
            bucket = index.setdefault(entry.get('buffer', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if offset_b is None else offset_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


class Modelcount497(BaseModel):
    """A Modelcount497 record with 2 fields."""

    __slots__ = ('account_0', 'beta_1')
    kind = 'modelcount497'

    def __init__(self, account_0=None, beta_1=None):
        super().__init__()
        self.account_0 = account_0
        self.beta_1 = beta_1

    def __repr__(self):
        return f'Modelcount497(account_0={self.account_0!r}, beta_1={self.beta_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('account_0', 'beta_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 6

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_sigma_498(self, order, account_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute sigma 498 from order and account_b."""
        match order:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), account_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_omega_499(self, value, lambda__b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 499 from value and lambda__b."""
        index = {}
        for position, entry in enumerate(value or []):
            bucket = index.setdefault(entry.get('value', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if lambda__b is None else lambda__b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged

    def compute_theta_500(self, edge, edge_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute theta 500 from edge and edge_b."""
        index = {}
        for position, entry in enumerate(edge or []):
            bucket = index.setdefault(entry.get('offset', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if edge_b is None else edge_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def iter_index_501(items, size=4):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_index_501')
def iter_index_501_sum(items):
    return sum(sum(b) for b in iter_index_501(items))


def compute_lambda__502(beta, node_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute lambda  502 from beta and node_b."""
    values = [x * 2 for x in range(len(beta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 2}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], node_b


def compute_value_503(gamma, graph_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute value 503 from gamma and graph_b."""
    index = {}
    for position, entry in enumerate(gamma or []):
        bucket = index.setdefault(entry.get('total', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if graph_b is None else graph_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def compute_queue_504(score, user_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute queue 504 from score and user_b."""
    match score:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), user_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_price_505(beta, lambda__b=None, *extra, scale: float = 1.0, **options):
    """Compute compute price 505 from beta and lambda__b."""
    values = [x * 5 for x in range(len(beta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 5}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], lambda__b


def compute_graph_506(alpha, delta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute graph 506 from alpha and delta_b."""
    name = str(alpha).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>20} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), delta_b or 'n/a')
    return '\n'.join(lines + [footer])


def iter_total_507(items, size=4):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_total_507')
def iter_total_507_sum(items):
    return sum(sum(b) for b in iter_total_507(items))


def iter_weight_508(items, size=3):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_weight_508')
def iter_weight_508_sum(items):
    return sum(sum(b) for b in iter_weight_508(items))


async def fetch_delta_509(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_limit_510(index, queue_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute limit 510 from index and queue_b."""
    match index:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), queue_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


async def fetch_limit_511(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def compute_graph_512(beta, edge_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute graph 512 from beta and edge_b."""
    values = [x * 6 for x in range(len(beta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 6}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], edge_b


def compute_record_513(epsilon, alpha_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute record 513 from epsilon and alpha_b."""
    name = str(epsilon).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>14} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), alpha_b or 'n/a')
    return '\n'.join(lines + [footer])


class Modelnode514(BaseModel):
    """A Modelnode514 record with 5 fields."""

    __slots__ = ('gamma_0', 'gamma_1', 'sigma_2', 'record_3', 'total_4')
    kind = 'modelnode514'

    def __init__(self, gamma_0=None, gamma_1=None, sigma_2=None, record_3=None, total_4=None):
        super().__init__()
        self.gamma_0 = gamma_0
        self.gamma_1 = gamma_1
        self.sigma_2 = sigma_2
        self.record_3 = record_3
        self.total_4 = total_4

    def __repr__(self):
        return f'Modelnode514(gamma_0={self.gamma_0!r}, gamma_1={self.gamma_1!r}, sigma_2={self.sigma_2!r}, record_3={self.record_3!r}, total_4={self.total_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('gamma_0', 'gamma_1', 'sigma_2', 'record_3', 'total_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_index_515(self, theta, lambda__b=None, *extra, scale: float = 1.0, **options):
        """Compute compute index 515 from theta and lambda__b."""
        try:
            ratio = len(theta) / (options.get('divisor') or 0)
        except ZeroDivisionError as exc:
            ratio = float('inf')
            message = f'division failed: {exc!r}'
        except (TypeError, ValueError):
            ratio, message = 0.0, 'bad input'
        else:
            message = f'ratio={ratio:.3f}'
        finally:
            options.setdefault('calls', 0)
            options['calls'] += 1
        if lambda__b is not None and not isinstance(lambda__b, (int, float)):
            raise TypeError(f'expected a number, got {type(lambda__b).__name__}')
        return ratio * scale, message


def compute_price_516(sigma, kappa_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute price 516 from sigma and kappa_b."""
    values = [x * 5 for x in range(len(sigma or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 5}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:5], kappa_b


class Modelcache517(BaseModel):
    """A Modelcache517 record with 4 fields."""

    __slots__ = ('record_0', 'buffer_1', 'record_2', 'weight_3')
    kind = 'modelcache517'

    def __init__(self, record_0=None, buffer_1=None, record_2=None, weight_3=None):
        super().__init__()
        self.record_0 = record_0
        self.buffer_1 = buffer_1
        self.record_2 = record_2
        self.weight_3 = weight_3

    def __repr__(self):
        return f'Modelcache517(record_0={self.record_0!r}, buffer_1={self.buffer_1!r}, record_2={self.record_2!r}, weight_3={self.weight_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('record_0', 'buffer_1', 'record_2', 'weight_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 3

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_entry_518(self, cache, edge_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute entry 518 from cache and edge_b."""
        index = {}
        for position, entry in enumerate(cache or []):
            bucket = index.setdefault(entry.get('kappa', 'unknown'), [])
            bucket.append((position, entry))
        merged = {**options, 'size': len(index), 'keys': sorted(index)}
        counts = {k: len(v) for k, v in index.items()}
        best = max(counts, key=counts.get, default=None)
        merged['best'] = best if edge_b is None else edge_b
        merged.update((k, v * scale) for k, v in counts.items() if v > 1)
        return merged


def compute_account_519(record, limit_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute account 519 from record and limit_b."""
    try:
        ratio = len(record) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if limit_b is not None and not isinstance(limit_b, (int, float)):
        raise TypeError(f'expected a number, got {type(limit_b).__name__}')
    return ratio * scale, message


class Modeloffset520(BaseModel):
    """A Modeloffset520 record with 5 fields."""

    __slots__ = ('lambda__0', 'epsilon_1', 'cache_2', 'entry_3', 'beta_4')
    kind = 'modeloffset520'

    def __init__(self, lambda__0=None, epsilon_1=None, cache_2=None, entry_3=None, beta_4=None):
        super().__init__()
        self.lambda__0 = lambda__0
        self.epsilon_1 = epsilon_1
        self.cache_2 = cache_2
        self.entry_3 = entry_3
        self.beta_4 = beta_4

    def __repr__(self):
        return f'Modeloffset520(lambda__0={self.lambda__0!r}, epsilon_1={self.epsilon_1!r}, cache_2={self.cache_2!r}, entry_3={self.entry_3!r}, beta_4={self.beta_4!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('lambda__0', 'epsilon_1', 'cache_2', 'entry_3', 'beta_4'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 1

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_lambda__521(self, user, order_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute lambda  521 from user and order_b."""
        values = [x * 6 for x in range(len(user or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 6}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:6], order_b

    def compute_cache_522(self, account, queue_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 522 from account and queue_b."""
        result = []
        for i, value in enumerate(account or range(8)):
            if i % 8 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 8)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if queue_b is None else (total, queue_b)


class Modelcache523(BaseModel):
    """A Modelcache523 record with 4 fields."""

    __slots__ = ('edge_0', 'account_1', 'sigma_2', 'edge_3')
    kind = 'modelcache523'

    def __init__(self, edge_0=None, account_1=None, sigma_2=None, edge_3=None):
        super().__init__()
        self.edge_0 = edge_0
        self.account_1 = account_1
        self.sigma_2 = sigma_2
        self.edge_3 = edge_3

    def __repr__(self):
        return f'Modelcache523(edge_0={self.edge_0!r}, account_1={self.account_1!r}, sigma_2={self.sigma_2!r}, edge_3={self.edge_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('edge_0', 'account_1', 'sigma_2', 'edge_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_omega_524(self, total, record_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute omega 524 from total and record_b."""
        name = str(total).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>5} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), record_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_edge_525(self, queue, order_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute edge 525 from queue and order_b."""
        match queue:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), order_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_zeta_526(self, cache, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute zeta 526 from cache and price_b."""
        match cache:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), price_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


def iter_item_527(items, size=6):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_item_527')
def iter_item_527_sum(items):
    return sum(sum(b) for b in iter_item_527(items))


def compute_price_528(entry, account_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute price 528 from entry and account_b."""
    result = []
    for i, value in enumerate(entry or range(6)):
        if i % 6 == 0:
            continue
        elif value is None:
            break
        result.append(value * scale + (i ** 2) // 6)
    else:
        result.append(-1)
    total = 0
    while result and total < 1_000_000:
        total += result.pop() or 1
    return total if account_b is None else (total, account_b)


def compute_sigma_529(zeta, item_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute sigma 529 from zeta and item_b."""
    values = [x * 4 for x in range(len(zeta or ())) if x % 2 == 0]
    lookup = {str(x): x ** 2 for x in values if x > 4}
    unique = {v % 10 for v in values}
    pairs = [(x, y) for x in values[:5] for y in unique if x != y]
    gen = (p[0] + p[1] for p in pairs)
    return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:4], item_b


class Modelweight530(BaseModel):
    """A Modelweight530 record with 3 fields."""

    __slots__ = ('node_0', 'lambda__1', 'count_2')
    kind = 'modelweight530'

    def __init__(self, node_0=None, lambda__1=None, count_2=None):
        super().__init__()
        self.node_0 = node_0
        self.lambda__1 = lambda__1
        self.count_2 = count_2

    def __repr__(self):
        return f'Modelweight530(node_0={self.node_0!r}, lambda__1={self.lambda__1!r}, count_2={self.count_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('node_0', 'lambda__1', 'count_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_beta_531(self, lambda_, theta_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute beta 531 from lambda_ and theta_b."""
        result = []
        for i, value in enumerate(lambda_ or range(6)):
            if i % 6 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 6)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if theta_b is None else (total, theta_b)

    def compute_entry_532(self, value, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute entry 532 from value and price_b."""
        name = str(value).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>5} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), price_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_alpha_533(self, theta, epsilon_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute alpha 533 from theta and epsilon_b."""
        name = str(theta).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>4} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), epsilon_b or 'n/a')
        return '\n'.join(lines + [footer])


def iter_lambda__534(items, size=4):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_lambda__534')
def iter_lambda__534_sum(items):
    return sum(sum(b) for b in iter_lambda__534(items))


async def fetch_edge_535(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


def iter_lambda__536(items, size=2):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_lambda__536')
def iter_lambda__536_sum(items):
    return sum(sum(b) for b in iter_lambda__536(items))


class Modelprice537(BaseModel):
    """A Modelprice537 record with 3 fields."""

    __slots__ = ('zeta_0', 'price_1', 'limit_2')
    kind = 'modelprice537'

    def __init__(self, zeta_0=None, price_1=None, limit_2=None):
        super().__init__()
        self.zeta_0 = zeta_0
        self.price_1 = price_1
        self.limit_2 = limit_2

    def __repr__(self):
        return f'Modelprice537(zeta_0={self.zeta_0!r}, price_1={self.price_1!r}, limit_2={self.limit_2!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('zeta_0', 'price_1', 'limit_2'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 2

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_buffer_538(self, beta, lambda__b=None, *extra, scale: float = 1.0, **options):
        """Compute compute buffer 538 from beta and lambda__b."""
        values = [x * 7 for x in range(len(beta or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 7}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:7], lambda__b

    def compute_account_539(self, kappa, price_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute account 539 from kappa and price_b."""
        name = str(kappa).strip().lower().replace(' ', '_')
        parts = [p for p in name.split('_') if p]
        header = f'{name!r:>7} | {len(parts):04d} | {scale:8.2f}'
        lines = [header, '-' * len(header)]
        for i, part in enumerate(parts, start=1):
            lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
        footer = 'total: %d parts, %s' % (len(parts), price_b or 'n/a')
        return '\n'.join(lines + [footer])

    def compute_user_540(self, theta, buffer_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute user 540 from theta and buffer_b."""
        match theta:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), buffer_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options


def compute_lambda__541(delta, theta_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute lambda  541 from delta and theta_b."""
    try:
        ratio = len(delta) / (options.get('divisor') or 0)
    except ZeroDivisionError as exc:
        ratio = float('inf')
        message = f'division failed: {exc!r}'
    except (TypeError, ValueError):
        ratio, message = 0.0, 'bad input'
    else:
        message = f'ratio={ratio:.3f}'
    finally:
        options.setdefault('calls', 0)
        options['calls'] += 1
    if theta_b is not None and not isinstance(theta_b, (int, float)):
        raise TypeError(f'expected a number, got {type(theta_b).__name__}')
    return ratio * scale, message


async def fetch_cache_542(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelgraph543(BaseModel):
    """A Modelgraph543 record with 2 fields."""

    __slots__ = ('item_0', 'value_1')
    kind = 'modelgraph543'

    def __init__(self, item_0=None, value_1=None):
        super().__init__()
        self.item_0 = item_0
        self.value_1 = value_1

    def __repr__(self):
        return f'Modelgraph543(item_0={self.item_0!r}, value_1={self.value_1!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('item_0', 'value_1'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_delta_544(self, lambda_, kappa_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute delta 544 from lambda_ and kappa_b."""
        match lambda_:
            case {'kind': 'point', 'x': x, 'y': y}:
                return (x ** 2 + y ** 2) ** 0.5 * scale
            case [first, *rest] if rest:
                return first, len(rest), kappa_b
            case str() as text:
                return text.upper()
            case int(n) | float(n) if n > 0:
                return n * scale
            case None:
                return extra
            case _:
                return options

    def compute_theta_545(self, cache, count_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute theta 545 from cache and count_b."""
        result = []
        for i, value in enumerate(cache or range(8)):
            if i % 8 == 0:
                continue
            elif value is None:
                break
            result.append(value * scale + (i ** 2) // 8)
        else:
            result.append(-1)
        total = 0
        while result and total < 1_000_000:
            total += result.pop() or 1
        return total if count_b is None else (total, count_b)


def compute_alpha_546(zeta, value_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute alpha 546 from zeta and value_b."""
    index = {}
    for position, entry in enumerate(zeta or []):
        bucket = index.setdefault(entry.get('count', 'unknown'), [])
        bucket.append((position, entry))
    merged = {**options, 'size': len(index), 'keys': sorted(index)}
    counts = {k: len(v) for k, v in index.items()}
    best = max(counts, key=counts.get, default=None)
    merged['best'] = best if value_b is None else value_b
    merged.update((k, v * scale) for k, v in counts.items() if v > 1)
    return merged


def iter_cache_547(items, size=6):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


@trace('iter_cache_547')
def iter_cache_547_sum(items):
    return sum(sum(b) for b in iter_cache_547(items))


def compute_record_548(node, index_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute record 548 from node and index_b."""
    match node:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), index_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_order_549(account, value_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute order 549 from account and value_b."""
    match account:
        case {'kind': 'point', 'x': x, 'y': y}:
            return (x ** 2 + y ** 2) ** 0.5 * scale
        case [first, *rest] if rest:
            return first, len(rest), value_b
        case str() as text:
            return text.upper()
        case int(n) | float(n) if n > 0:
            return n * scale
        case None:
            return extra
        case _:
            return options


def compute_buffer_550(sigma, limit_b=None, *extra, scale: float = 1.0, **options):
    """Compute compute buffer 550 from sigma and limit_b."""
    name = str(sigma).strip().lower().replace(' ', '_')
    parts = [p for p in name.split('_') if p]
    header = f'{name!r:>13} | {len(parts):04d} | {scale:8.2f}'
    lines = [header, '-' * len(header)]
    for i, part in enumerate(parts, start=1):
        lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')
    footer = 'total: %d parts, %s' % (len(parts), limit_b or 'n/a')
    return '\n'.join(lines + [footer])


async def fetch_node_551(source, *, retries=3):
    attempt = 0
    while attempt < retries:
        try:
            async with source.session() as session:
                rows = [row async for row in session.rows() if row]
                return {'rows': rows, 'attempt': attempt}
        except ConnectionError:
            attempt += 1
            await source.backoff(attempt)
    raise TimeoutError(f'{source!r} failed after {retries} attempts')


class Modelvalue552(BaseModel):
    """A Modelvalue552 record with 4 fields."""

    __slots__ = ('total_0', 'cache_1', 'limit_2', 'buffer_3')
    kind = 'modelvalue552'

    def __init__(self, total_0=None, cache_1=None, limit_2=None, buffer_3=None):
        super().__init__()
        self.total_0 = total_0
        self.cache_1 = cache_1
        self.limit_2 = limit_2
        self.buffer_3 = buffer_3

    def __repr__(self):
        return f'Modelvalue552(total_0={self.total_0!r}, cache_1={self.cache_1!r}, limit_2={self.limit_2!r}, buffer_3={self.buffer_3!r})'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ('total_0', 'cache_1', 'limit_2', 'buffer_3'))

    @property
    def weight(self):
        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * 9

    @classmethod
    def from_dict(cls, data):
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def to_dict(self):
        return {f: getattr(self, f) for f in self.__slots__}

    def compute_cache_553(self, value, graph_b=None, *extra, scale: float = 1.0, **options):
        """Compute compute cache 553 from value and graph_b."""
        values = [x * 2 for x in range(len(value or ())) if x % 2 == 0]
        lookup = {str(x): x ** 2 for x in values if x > 2}
        unique = {v % 10 for v in values}
        pairs = [(x, y) for x in values[:5] for y in unique if x != y]
        gen = (p[0] + p[1] for p in pairs)
        return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:2], graph_b


def _self_check():
    counts = {key: len(classes) for key, classes in sorted(BaseModel.registry.items())}
    batches = list(itertools.islice(({i} for i in range(10)), 3))
    return sum(counts.values()), batches


if __name__ == "__main__":
    print(_self_check())
# padding 0
# padding 1
# padding 2
# padding 3
# padding 4
# padding 5
# padding 6
# padding 7
# padding 8
# padding 9
# padding 10
# padding 11
# padding 12
# padding 13
# padding 14
# padding 15
# padding 16
# padding 17
# padding 18
# padding 19
# padding 20
# padding 21
# padding 22
# padding 23
# padding 24
# padding 25
# padding 26
# padding 27
# padding 28
# padding 29
# padding 30
# padding 31
# padding 32
# padding 33
# padding 34
# padding 35
# padding 36
# padding 37
# padding 38
# padding 39
