# time: struct_time, gmtime, strftime (C library formats), asctime,
# mktime/localtime round trips, and argument errors (zone-independent).
import time

t = 1700000000
gt = time.gmtime(t)
print(gt, len(gt), gt[0], gt[-1], gt.tm_yday, gt.tm_wday, gt.tm_zone, gt.tm_gmtoff)
print(type(gt).__name__, isinstance(gt, tuple), tuple(gt), gt == tuple(gt), gt[1:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %I%p %e %C %G %V %u %%", gt))
print(time.strftime("%c | %x | %X | %D | %T | %R | %F | %h", gt), time.asctime(gt))
print(time.gmtime(0), time.gmtime(-86400 * 366).tm_year, time.gmtime(2 ** 31).tm_year, time.gmtime(1.999))
print(time.strftime("%Z %z", gt), time.asctime((2024, 2, 29, 23, 59, 60, 3, 60, 0)))
lt = time.localtime(t)
print(time.mktime(lt) == t, time.localtime(time.mktime(lt)) == lt, isinstance(time.timezone, int),
      isinstance(time.tzname, tuple), time.daylight in (0, 1), isinstance(time.localtime(), time.struct_time))
print(time.struct_time((2024, 1, 15, 10, 30, 0, 0, 15, 0)), time.struct_time([1] * 11).tm_zone)
print(time.ctime(t) == time.asctime(lt), time.strftime("", gt) == "", time.strftime("%Y") == str(time.localtime().tm_year))
for bad in [lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2024, 1, 1, 25, 0, 0, 0, 1, 0)),
            lambda: time.gmtime("x"), lambda: time.mktime((1, 2)), lambda: time.struct_time((1, 2)),
            lambda: time.strftime(5), lambda: time.gmtime(float("nan"))]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
import datetime
print(datetime.datetime(2024, 1, 15, 10, 30).timetuple(), datetime.date(2024, 3, 1).timetuple().tm_yday,
      datetime.datetime(2024, 1, 15, tzinfo=datetime.timezone.utc).utctimetuple())
