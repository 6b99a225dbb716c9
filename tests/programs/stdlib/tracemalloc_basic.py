# tracemalloc: the API around traced allocations (sizes are
# implementation-defined, so only their relations are printed).
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError", e)
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
before = tracemalloc.take_snapshot()


class Record:
    def __init__(self, n):
        self.n = n
        self.name = "record-%d" % n


records = [Record(i) for i in range(2000)]
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
after = tracemalloc.take_snapshot()
stats = after.statistics("lineno")
print(len(stats) > 0, all(s.size > 0 and s.count > 0 for s in stats))
print(stats == sorted(stats, key=lambda s: (s.size, s.count, s.traceback), reverse=True))
top = stats[0]
print(type(top).__name__, type(top.traceback).__name__, len(top.traceback),
      top.traceback[0].filename.endswith("tracemalloc_basic.py"), isinstance(top.traceback[0].lineno, int))
print(str(top).startswith(str(top.traceback[0]) + ": size="), ", count=" in str(top))
files = after.statistics("filename")
print(all(s.traceback[0].lineno == 0 for s in files))
diff = after.compare_to(before, "lineno")
print(type(diff[0]).__name__, diff[0].size_diff > 0, diff[0].count_diff > 0)
mine = after.filter_traces([tracemalloc.Filter(True, "*tracemalloc_basic.py")])
others = after.filter_traces([tracemalloc.Filter(False, "*tracemalloc_basic.py")])
print(len(mine.traces) + len(others.traces) == len(after.traces), len(mine.traces) > 0)
tracemalloc.reset_peak()
cur, pk = tracemalloc.get_traced_memory()
print(pk >= cur, pk < peak + 100000)
del records
print(tracemalloc.get_traced_memory()[0] < current)
print(tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
for bad in [lambda: tracemalloc.start(0), lambda: tracemalloc.Snapshot([], 1).statistics("bogus"),
            lambda: tracemalloc.Snapshot([], 1).statistics("traceback", cumulative=True)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(tracemalloc.Frame(("f.py", 3)), repr(tracemalloc.Frame(("f.py", 3))))
tb = tracemalloc.Traceback((("new.py", 2), ("old.py", 1)))
print(tb, list(tb), len(tb), tb.total_nframe)
print(tracemalloc.Statistic(tb, 10240, 3), "|", tracemalloc.Statistic(tb, 5, 0))
print(tracemalloc.StatisticDiff(tb, 3000000, -2048, 4, -1))
print(tracemalloc.Trace((0, 100, (("x.py", 9),), 1)))
