"""The datetime class of the datetime module (a date with a time of day
and an optional tzinfo), and the ISO 8601 parsers fromisoformat uses."""

import time as _time
import _localtime
from datetime import (date, time, timedelta, timezone, tzinfo, _check_tzinfo, _offset_of,
                      _format_clock, _type_label, _cmp, _time_tuple)
from _dt_calendar import (ymd_to_ord, ord_to_ymd, check_date, check_time, format_offset,
                          strftime as _strftime, strptime as _strptime, MONTH_NAMES,
                          DAY_NAMES, iso_week1_monday)

_EPOCH_ORD = 719163


def _parse_iso_date(s):
    """((y, m, d), end index) of an ISO date at the start of s, or None."""
    def digits(a, b):
        part = s[a:b]
        return int(part) if len(part) == b - a and part.isdigit() and part.isascii() else None

    y = digits(0, 4)
    if y is None:
        return None
    if s[4:5] == "-":
        if s[5:6] == "W":
            week = digits(6, 8)
            if week is None:
                return None
            day, end = 1, 8
            if s[8:9] == "-":
                day = digits(9, 10)
                end = 10
                if day is None:
                    return None
            return _iso_week_date(y, week, day), end
        m = digits(5, 7)
        if m is None or s[7:8] != "-":
            return None
        d = digits(8, 10)
        if d is None:
            return None
        return (y, m, d), 10
    if s[4:5] == "W":
        week = digits(5, 7)
        if week is None:
            return None
        day = digits(7, 8)
        if day is None:
            return _iso_week_date(y, week, 1), 7
        return _iso_week_date(y, week, day), 8
    m = digits(4, 6)
    d = digits(6, 8)
    if m is None or d is None:
        return None
    return (y, m, d), 8


def _iso_week_date(y, week, day):
    return ord_to_ymd(iso_week1_monday(y) + (week - 1) * 7 + day - 1)


def _parse_iso_time(s):
    """(h, m, s, us, tzinfo) from an ISO time string, or None."""
    tz = None
    for k, c in enumerate(s):
        if c in "+-Z":
            tz_text = s[k:]
            s = s[:k]
            if tz_text == "Z":
                tz = timezone.utc
            else:
                parsed = _parse_clock(tz_text[1:])
                if parsed is None:
                    return None
                hh, mm, ss, us = parsed
                delta = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                if tz_text[0] == "-":
                    delta = -delta
                tz = timezone(delta)
            break
    parsed = _parse_clock(s)
    if parsed is None:
        return None
    return parsed + (tz,)


def _parse_clock(s):
    fields = []
    i = 0
    has_sep = None
    while len(fields) < 3:
        part = s[i:i + 2]
        if len(part) != 2 or not part.isdigit():
            return None
        fields.append(int(part))
        i += 2
        if i >= len(s) or s[i] in ".,":
            break
        if has_sep is None:
            has_sep = s[i] == ":"
        if has_sep:
            if s[i] != ":":
                return None
            i += 1
    us = 0
    if i < len(s):
        if s[i] not in ".," or len(fields) < 3:
            return None
        frac = s[i + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            return None
        us = int(frac[:6].ljust(6, "0"))
    while len(fields) < 3:
        fields.append(0)
    return fields[0], fields[1], fields[2], us


class datetime(date):
    """A date and a time of day, optionally aware (with a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        check_date(year, month, day)
        check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
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

    @classmethod
    def _from_micro_ordinal(cls, micro, tz):
        """The datetime `micro` microseconds after 0001-01-01 00:00."""
        days, rest = divmod(micro, 86400000000)
        y, m, d = ord_to_ymd(days + 1)
        secs, us = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def _micro(self):
        return ((self.toordinal() - 1) * 86400 + self._hour * 3600 + self._minute * 60
                + self._second) * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        whole, frac = divmod(t, 1) if isinstance(t, float) else (t, 0)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        if tz is None:
            y, m, d, hh, mm, ss = _localtime.localtime(whole)[:6]
            return cls(y, m, d, hh, mm, ss, us)
        base = cls._from_micro_ordinal(((_EPOCH_ORD - 1) * 86400 + whole) * 1000000 + us, tz)
        return tz.fromutc(base)

    @classmethod
    def utcfromtimestamp(cls, t):
        whole, frac = divmod(t, 1) if isinstance(t, float) else (t, 0)
        us = round(frac * 1e6)
        return cls._from_micro_ordinal(((_EPOCH_ORD - 1) * 86400 + int(whole)) * 1000000 + us,
                                       None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute, time_.second,
                   time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_date(date_string)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        (y, m, d), end = parsed
        rest = date_string[end:]
        if not rest:
            return cls(y, m, d)
        clock = _parse_iso_time(rest[1:]) if len(rest) > 1 else None
        if clock is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        hh, mm, ss, us, tz = clock
        extra = 0
        if hh == 24 and mm == ss == us == 0:
            hh = 0
            extra = 1
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result + timedelta(days=extra) if extra else result

    @classmethod
    def strptime(cls, date_string, fmt):
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % type(date_string).__name__)
        if not isinstance(fmt, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
        f = _strptime(date_string, fmt)
        year = f.get("Y")
        if year is None:
            year = f["y"] + (2000 if f["y"] < 69 else 1900) if "y" in f else 1900
        month = f.get("m", 1)
        day = f.get("d", 1)
        hour = f.get("H", 0)
        if "I" in f:
            hour = f["I"] % 12
            if f.get("p") == "PM":
                hour += 12
        if "j" in f and "m" not in f and "d" not in f:
            y, month, day = ord_to_ymd(ymd_to_ord(year, 1, 1) + f["j"] - 1)
        tz = None
        if "z" in f:
            tz = timezone(timedelta(seconds=f["z"]))
        return cls(year, month, day, hour, f.get("M", 0), f.get("S", 0), f.get("f", 0), tz)

    def utcoffset(self):
        return _offset_of(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _offset_of(self._tzinfo, "dst", self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time_tuple(self._year, self._month, self._day, self._hour, self._minute,
                           self._second, flag)

    def timestamp(self):
        if self._tzinfo is None:
            secs = _localtime.mktime(self._year, self._month, self._day, self._hour,
                                     self._minute, self._second, -1)
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        value = self - offset if offset else self
        return _time_tuple(value._year, value._month, value._day, value._hour, value._minute,
                           value._second, 0)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            stamp = self.timestamp()
            info = _localtime.localtime(int(stamp // 1))
            tz = timezone(timedelta(seconds=info[10]), info[9])
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mine = self.utcoffset()
        if mine is None:
            stamp = _localtime.mktime(self._year, self._month, self._day, self._hour,
                                      self._minute, self._second, -1)
            info = _localtime.localtime(stamp)
            mine = timedelta(seconds=info[10])
        if tz is self._tzinfo:
            return self
        utc = (self - mine).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            DAY_NAMES[weekday - 1][:3], MONTH_NAMES[self._month][:3], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format_clock(self._hour, self._minute, self._second, self._microsecond,
                              timespec)
        return text + format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = "%s(%s)" % (_type_label(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % self._tzinfo
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def strftime(self, fmt):
        return _strftime(fmt, (self._year, self._month, self._day, self._hour, self._minute,
                               self._second, self._microsecond), self.utcoffset(),
                         self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _cmp_dt(self, other, allow_mixed=False):
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if self._tzinfo is other._tzinfo or mine == theirs:
            return _cmp(self._key_full(), other._key_full())
        if (mine is None) != (theirs is None):
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = (self - other)
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _key_full(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp_dt(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            return op(self._cmp_dt(other), 0)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_qual(self), _qual(other)))
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash(self._key_full())
            else:
                self._hashcode = hash(self._micro() - offset._micro())
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        micro = self._micro() + other._micro()
        if not 0 <= micro < 3652059 * 86400000000:
            raise OverflowError("date value out of range")
        return type(self)._from_micro_ordinal(micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine = self.utcoffset()
        theirs = other.utcoffset()
        base = self._micro() - other._micro()
        if self._tzinfo is other._tzinfo:
            return timedelta._from_micro(base)
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if mine is not None:
            base -= mine._micro() - theirs._micro()
        return timedelta._from_micro(base)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


def _qual(obj):
    return _type_label(obj)


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
