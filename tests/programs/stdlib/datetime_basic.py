# datetime: timedelta/date/time/datetime/timezone arithmetic, comparisons,
# formatting (repr, str, isoformat, strftime), parsing and errors.
import datetime as d
print(repr(d.timedelta(days=1, seconds=3600)), repr(d.timedelta()), str(d.timedelta(days=-1, seconds=1)), str(d.timedelta(microseconds=500000)), str(d.timedelta(days=2)), repr(d.timedelta(microseconds=-1)), repr(d.timedelta(weeks=1, milliseconds=1.5)))
print(repr(d.date(2024,1,15)), repr(d.datetime(2024,1,15,10,30)), repr(d.datetime(2024,1,15,10,30,5,12)), repr(d.datetime(2024,1,15,tzinfo=d.timezone.utc)), repr(d.time(10,30)), repr(d.timezone(d.timedelta(hours=1))), str(d.timezone(d.timedelta(hours=-5, minutes=-30))), repr(d.timezone(d.timedelta(hours=1), 'CET')))
print(d.datetime(2024,1,15,10,30,0,123).isoformat(), d.datetime(2024,1,15,tzinfo=d.timezone(d.timedelta(hours=5,minutes=30))).isoformat(), d.time(1,2,3,4).isoformat('milliseconds'))
print(d.datetime(2024,3,5,14,7,9).strftime('%Y %m %d %H %M %S %f %y %b %B %a %A %j %p %I %w %U %W %% %c %x %X %G %V %u %Z %z %e %C %D %T %R %h %G'))
for bad in [lambda: d.date(2024, 13, 1), lambda: d.date(2023, 2, 29), lambda: d.date(0, 1, 1), lambda: d.time(24), lambda: d.timedelta(days=10**9), lambda: d.datetime(2024,1,1) < d.date(2024,1,1), lambda: d.datetime.strptime('2024-01-x', '%Y-%m-%d'), lambda: d.date.fromisoformat('2024-1-1'), lambda: d.datetime(2024,1,1) - d.datetime(2024,1,1,tzinfo=d.timezone.utc), lambda: d.datetime(2024,1,1) < d.datetime(2024,1,1,tzinfo=d.timezone.utc)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(d.datetime.strptime('2024-01-15 10:30:05', '%Y-%m-%d %H:%M:%S'), d.datetime.fromisoformat('2024-01-15T10:30:05.123+02:00'), d.date(2024,1,31) + d.timedelta(days=1), d.datetime(2024,1,1) - d.datetime(2023,1,1), d.timedelta(hours=25) / d.timedelta(hours=1), d.timedelta(hours=25) // 2, d.timedelta(seconds=7) % d.timedelta(seconds=3), -d.timedelta(hours=1), abs(d.timedelta(-1)), d.timedelta(1,2,3).total_seconds())
print(d.date(2024,1,15).ctime(), d.datetime(2024,1,15,1,2,3).ctime(), d.MINYEAR, d.MAXYEAR, d.date.max, d.datetime.min, d.timedelta.max, d.timedelta.resolution)
dt = d.datetime(2024, 2, 28, 23, 59, 59, 999999)
print(dt + d.timedelta(microseconds=1), dt + d.timedelta(days=1, hours=1), dt - d.timedelta(days=59), dt.replace(year=2023, day=1), dt.date(), dt.time(), dt.weekday(), dt.isoweekday())
print(sorted([d.date(2024,5,1), d.date(2023,1,1), d.date(2024,1,1)]), d.date(2024,1,1) == d.date(2024,1,1), d.date(2024,1,1) != d.datetime(2024,1,1), hash(d.date(2024,1,1)) == hash(d.date(2024,1,1)))
utc = d.datetime(2024, 6, 1, 12, tzinfo=d.timezone.utc)
ist = utc.astimezone(d.timezone(d.timedelta(hours=5, minutes=30)))
print(f"{d.date(2024,1,2):%d/%m/%Y}", f"{d.datetime(2024,1,2,3,4):%H:%M}", format(d.date(2024,1,2)), "{:%A}".format(d.date(2024,1,2)))
print(d.timedelta(hours=1.5), d.timedelta(minutes=-1.25), d.timedelta(seconds=0.0000005), d.timedelta(seconds=0.0000015), d.timedelta(days=1.1), d.timedelta(hours=2) * 1.5, d.timedelta(hours=3) / 2, 2 * d.timedelta(seconds=3))
print(d.datetime.combine(d.date(2024,1,1), d.time(5, 6)), d.date.fromisocalendar(2024, 3, 1), d.datetime.fromisoformat('2024-01-15'), d.time.fromisoformat('10:20:30.5'), d.datetime.strptime('15/Jan/2024 PM 03', '%d/%b/%Y %p %I'))
class MyDate(d.date): pass
print(repr(MyDate(2024, 1, 1)), type(MyDate(2024,1,1) + d.timedelta(1)).__name__)
print(d.datetime(2024, 1, 15, 10, tzinfo=d.timezone.utc).timestamp(), d.datetime.fromtimestamp(86400 * 365.25, d.timezone.utc))
print(d.date(2024, 1, 15).isocalendar().week, d.date(2021, 1, 3).isocalendar(), d.date(2020, 12, 31).isocalendar())
print([d.date(2024, 2, 27) + d.timedelta(days=k) for k in range(4)], d.date(2023, 3, 1) - d.date(2023, 2, 1))
