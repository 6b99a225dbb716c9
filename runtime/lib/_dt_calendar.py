"""Calendar arithmetic and formatting shared by datetime: proleptic
Gregorian ordinals (day 1 is 0001-01-01), ISO weeks, and strftime /
strptime for the directives of the C library in the C locale."""

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _d
del _d, _total

MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and is_leap(year))


def ymd_to_ord(year, month, day):
    return days_before_year(year) + days_before_month(year, month) + day


_DI400Y = days_before_year(401)
_DI100Y = days_before_year(101)
_DI4Y = days_before_year(5)


def ord_to_ymd(n):
    """(year, month, day) of ordinal n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def iso_week1_monday(year):
    first = days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def isocalendar(year, month, day):
    """(ISO year, ISO week, ISO weekday)."""
    today = ymd_to_ord(year, month, day)
    week1 = iso_week1_monday(year)
    week, day0 = divmod(today - week1, 7)
    if week < 0:
        year -= 1
        week1 = iso_week1_monday(year)
        week, day0 = divmod(today - week1, 7)
    elif week >= 52:
        if today >= iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day0 + 1


def check_date(year, month, day):
    for name, v in (("year", year), ("month", month), ("day", day)):
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError("day is out of range for month")


def check_time(hour, minute, second, microsecond, fold):
    for v in (hour, minute, second, microsecond, fold):
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def format_offset(td, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset ('' for None)."""
    if td is None:
        return ""
    total = td.days * 86400 + td.seconds
    micro = td.microseconds
    sign = "+"
    if total < 0 or (total == 0 and micro < 0):
        sign = "-"
        total = -total
        if micro:
            total -= 1
            micro = 1000000 - micro
    hh, rest = divmod(total, 3600)
    mm, ss = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or micro:
        text += "%s%02d" % (sep, ss)
        if micro:
            text += ".%06d" % micro
    return text


def strftime(fmt, fields, utcoffset, tzname):
    """C-locale strftime. fields: (year, month, day, hour, minute, second,
    microsecond)."""
    year, month, day, hour, minute, second, micro = fields
    ordinal = ymd_to_ord(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - days_before_year(year)
    sunday_week = (yday + 6 - (weekday + 1) % 7) // 7
    monday_week = (yday + 6 - weekday) // 7
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "f":
            out.append("%06d" % micro)
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "C":
            out.append("%02d" % (year // 100))
        elif d in "bh":
            out.append(MONTH_NAMES[month][:3])
        elif d == "B":
            out.append(MONTH_NAMES[month])
        elif d == "a":
            out.append(DAY_NAMES[weekday][:3])
        elif d == "A":
            out.append(DAY_NAMES[weekday])
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "u":
            out.append(str(weekday + 1))
        elif d == "U":
            out.append("%02d" % sunday_week)
        elif d == "W":
            out.append("%02d" % monday_week)
        elif d in "GgV":
            iy, iw, _ = isocalendar(year, month, day)
            out.append(str(iy) if d == "G" else "%02d" % (iy % 100) if d == "g" else "%02d" % iw)
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (DAY_NAMES[weekday][:3],
                       MONTH_NAMES[month][:3], day, hour, minute, second, year))
        elif d in "xD":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d in "XT":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "r":
            out.append("%02d:%02d:%02d %s" % ((hour + 11) % 12 + 1, minute, second,
                                                "AM" if hour < 12 else "PM"))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        elif d == "z":
            out.append(format_offset(utcoffset, ""))
        elif d == "Z":
            out.append(tzname or "")
        elif d == "s":
            out.append(str((ordinal - 719163) * 86400 + hour * 3600 + minute * 60 + second))
        else:
            out.append("%" + d)
    return "".join(out)


_PARSE_WIDTH = {"Y": 4, "m": 2, "d": 2, "H": 2, "I": 2, "M": 2, "S": 2, "f": 6, "y": 2,
                "j": 3, "U": 2, "W": 2, "w": 1, "u": 1, "G": 4, "V": 2}


def strptime(text, fmt):
    """Parse text by fmt: a dict of the fields found (ValueError when the
    text does not match)."""
    found = {}
    i = 0
    j = 0
    n = len(text)

    def fail():
        return ValueError("time data %r does not match format %r" % (text, fmt))

    while j < len(fmt):
        c = fmt[j]
        if c == "%" and j + 1 < len(fmt):
            d = fmt[j + 1]
            j += 2
            if d in _PARSE_WIDTH:
                width = _PARSE_WIDTH[d]
                k = i
                if d == "Y":
                    while k < n and k - i < 4 and text[k].isdigit():
                        k += 1
                else:
                    while k < n and k - i < width and text[k].isdigit():
                        k += 1
                if k == i:
                    raise fail()
                found[d] = int(text[i:k]) if d != "f" else int(text[i:k].ljust(6, "0"))
                i = k
            elif d in "bBh":
                for m in range(1, 13):
                    name = MONTH_NAMES[m]
                    for cand in (name, name[:3]) if d == "B" else (name[:3], name):
                        if text[i:i + len(cand)].lower() == cand.lower():
                            found["m"] = m
                            i += len(cand)
                            break
                    else:
                        continue
                    break
                else:
                    raise fail()
            elif d in "aA":
                for w in range(7):
                    name = DAY_NAMES[w]
                    for cand in (name, name[:3]):
                        if text[i:i + len(cand)].lower() == cand.lower():
                            i += len(cand)
                            found["a"] = w
                            break
                    else:
                        continue
                    break
                else:
                    raise fail()
            elif d == "p":
                word = text[i:i + 2].upper()
                if word not in ("AM", "PM"):
                    raise fail()
                found["p"] = word
                i += 2
            elif d == "z":
                if text[i:i + 1] == "Z":
                    found["z"] = 0
                    i += 1
                    continue
                sign = text[i:i + 1]
                if sign not in ("+", "-"):
                    raise fail()
                k = i + 1
                digits = ""
                while k < n and (text[k].isdigit() or text[k] in ":."):
                    digits += text[k]
                    k += 1
                parts = digits.replace(":", "")
                if len(parts) < 4:
                    raise fail()
                secs = int(parts[:2]) * 3600 + int(parts[2:4]) * 60
                if len(parts) >= 6:
                    secs += int(parts[4:6])
                found["z"] = -secs if sign == "-" else secs
                i = k
            elif d == "Z":
                k = i
                while k < n and text[k].isalpha():
                    k += 1
                found["Z"] = text[i:k]
                i = k
            elif d == "%":
                if text[i:i + 1] != "%":
                    raise fail()
                i += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            j += 1
            while i < n and text[i].isspace():
                i += 1
        else:
            if text[i:i + 1] != c:
                raise fail()
            i += 1
            j += 1
    if i != n:
        raise ValueError("unconverted data remains: %s" % text[i:])
    return found
