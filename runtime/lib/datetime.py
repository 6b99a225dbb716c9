"""Dates and times: timedelta, date, time, datetime, tzinfo and
timezone, with CPython's arithmetic, comparisons, formatting (repr, str,
isoformat, strftime, ctime), parsing (fromisoformat, strptime) and
errors. Calendar helpers live in _dt_calendar; local time comes from the
runtime's _localtime."""

import time as _time
import _localtime
from _dt_calendar import (MINYEAR, MAXYEAR, ymd_to_ord, ord_to_ymd, days_in_month,
                          days_before_year, isocalendar as _isocal, iso_week1_monday,
                          check_date, check_time, format_offset, strftime as _strftime,
                          strptime as _strptime, MONTH_NAMES, DAY_NAMES)

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")

_MAX_DELTA_DAYS = 999999999
_EPOCH_ORD = 719163


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _round_half_even(x):
    return round(x)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    _component_name(v, days, seconds, microseconds, milliseconds, minutes,
                                    hours, weeks), type(v).__name__))
        # Everything in microseconds, exactly for ints, rounded half-even
        # for floats (as CPython).
        total = 0
        fractional = 0.0
        for value, scale in ((weeks, 604800000000), (days, 86400000000),
                             (hours, 3600000000), (minutes, 60000000), (seconds, 1000000),
                             (milliseconds, 1000), (microseconds, 1)):
            if isinstance(value, float):
                whole = int(value)
                total += whole * scale
                fractional += (value - whole) * scale
            else:
                total += value * scale
        if fractional:
            total += _round_half_even(fractional)
        return cls._from_micro(total)

    @classmethod
    def _from_micro(cls, total):
        days, rest = divmod(total, 86400000000)
        seconds, micro = divmod(rest, 1000000)
        if abs(days) > _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = micro
        self._hashcode = -1
        return self

    def _micro(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._micro() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_type_label(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            text = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + text
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_micro(self._micro() + other._micro())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_micro(self._micro() - other._micro())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_micro(-self._micro())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_micro(self._micro() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_micro(_div_half_even(self._micro() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._micro() // other._micro()
        if isinstance(other, int):
            return timedelta._from_micro(self._micro() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._micro() / other._micro()
        if isinstance(other, int):
            return timedelta._from_micro(_div_half_even(self._micro(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_micro(_div_half_even(b * self._micro(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_micro(self._micro() % other._micro())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._micro(), other._micro())
            return q, timedelta._from_micro(r)
        return NotImplemented

    def _cmp_key(self, other):
        if isinstance(other, timedelta):
            return self._micro(), other._micro()
        return None

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._micro() == other._micro()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._micro() < other._micro()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._micro() <= other._micro()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._micro() > other._micro()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._micro() >= other._micro()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _component_name(v, days, seconds, microseconds, milliseconds, minutes, hours, weeks):
    for name, value in (("days", days), ("seconds", seconds), ("microseconds", microseconds),
                        ("milliseconds", milliseconds), ("minutes", minutes),
                        ("hours", hours), ("weeks", weeks)):
        if value is v:
            return name
    return "?"


def _div_half_even(a, b):
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        greater = r2 > b or (r2 == b and q % 2 == 1)
    else:
        greater = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if greater else q


def _type_label(obj):
    """How CPython's reprs name the type: datetime.date for the module's
    own classes, the bare class name for subclasses."""
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_label(self), self[0], self[1],
                                                     self[2])


class date:
    """A calendar date (year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _localtime.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= date.max.toordinal():
            raise ValueError("ordinal must be >= 1")
        return cls(*ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_date(date_string)
        if parsed is None or parsed[1] != len(date_string):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*parsed[0])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = (ymd_to_ord(year, 1, 1) + 6) % 7
                if first_weekday == 3 or (first_weekday == 2 and
                                          (year % 4 == 0 and (year % 100 or year % 400 == 0))):
                    out_of_range = False
            if out_of_range:
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        return cls(*ord_to_ymd(iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_label(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (DAY_NAMES[weekday - 1][:3],
                                            MONTH_NAMES[self._month][:3], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, (self._year, self._month, self._day, 0, 0, 0, 0), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _time_tuple(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._key(), other._key())
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= date.max.toordinal():
                return type(self).fromordinal(n)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")


def _offset_of(tz, name, dt):
    if tz is None:
        return None
    offset = getattr(tz, name)(dt)
    _check_offset(name, offset)
    return offset


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time:
    """A time of day (hour, minute, second, microsecond, tzinfo, fold)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode",
                 "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _offset_of(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _offset_of(self._tzinfo, "dst", None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other):
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("cannot compare naive and aware times")
        a = self._key()
        b = other._key()
        if mine is not None and mine != theirs:
            a = (self._hour * 60 + self._minute - mine // timedelta(minutes=1),) + a[2:]
            b = (other._hour * 60 + other._minute - theirs // timedelta(minutes=1),) + b[2:]
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                return self._cmp(other) == 0
            except TypeError:
                return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._key(), self.utcoffset()))
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            text = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            text = ", %d" % self._second
        else:
            text = ""
        text = "%s(%d, %d%s)" % (_type_label(self), self._hour, self._minute, text)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % self._tzinfo
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def isoformat(self, timespec="auto"):
        text = _format_clock(self._hour, self._minute, self._second, self._microsecond,
                             timespec)
        return text + format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string.startswith("T") else time_string
        parsed = _parse_iso_time(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, m, s, us, tz = parsed
        return cls(h, m, s, us, tz)

    def strftime(self, fmt):
        return _strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second,
                               self._microsecond), self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _format_clock(hh, mm, ss, us, timespec):
    specs = {"hours": "%02d", "minutes": "%02d:%02d", "seconds": "%02d:%02d:%02d",
             "milliseconds": "%02d:%02d:%02d.%03d", "microseconds": "%02d:%02d:%02d.%06d"}
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec not in specs:
        raise ValueError("Unknown timespec value")
    return specs[timespec] % (hh, mm, ss, us)[:specs[timespec].count("%")]


def _time_tuple(y, m, d, hh, mm, ss, dst):
    ordinal = ymd_to_ord(y, m, d)
    yday = ordinal - days_before_year(y)
    return _time.struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday, dst)) \
        if hasattr(_time, "struct_time") else (y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday, dst)


from _dt_datetime import datetime, _parse_iso_date, _parse_iso_time  # noqa: E402

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

for _cls in (timedelta, date, tzinfo, timezone, time, datetime, IsoCalendarDate):
    _cls.__module__ = "datetime"
del _cls
