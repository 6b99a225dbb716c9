# logging: basicConfig, logger hierarchy and levels, handlers, formatters
# (%, {} and $ styles), filters, adapters, exception logging, disable.
import logging, sys, io, os


class Relative:
    """stdout with this folder stripped from paths (tracebacks)."""

    def write(self, text):
        return sys.__stdout__.write(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))

    def flush(self):
        sys.__stdout__.flush()


sys.stdout = Relative()
saved_stderr = sys.stderr
sys.stderr = sys.stdout  # the last-resort handler writes to the current sys.stderr
lonely = logging.getLogger("lonely")
lonely.propagate = False
lonely.warning("no handler anywhere: %s", "last resort")
lonely.info("below WARNING: dropped")
sys.stderr = saved_stderr
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s")
logging.debug("debug %d", 5)
logging.info("info %(x)s", {"x": "mapped"})
log = logging.getLogger("app.db")
log.warning("warn from %s", log.name)
def work():
    log.error("in function")
work()
child = log.getChild("pool")
print(child.name, child.parent is log, log.parent is logging.getLogger("app") or log.parent, logging.getLogger() is logging.root, logging.getLogger("app.db") is log)
log.setLevel(logging.ERROR)
log.info("hidden"); child.warning("hidden too"); child.error("shown")
print(log.getEffectiveLevel(), child.getEffectiveLevel(), log.isEnabledFor(logging.WARNING), logging.getLevelName(logging.INFO), logging.getLevelName("WARNING"), logging.getLevelName(15))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
h.setLevel(logging.INFO)
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.setLevel(logging.DEBUG)
other.debug("d"); other.info("i"); other.critical("c")
print(repr(buf.getvalue()), other.hasHandlers(), logging.getLogger("nohandlers.x").hasHandlers())
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4): other.warning("n=%d", i)
print(repr(buf.getvalue()))
adapter = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "bob"})
adapter.warning("adapted")
print(repr(logging.getLogger("app")), repr(h), repr(logging.root))
logging.disable(logging.WARNING)
logging.warning("disabled"); logging.error("still shown")
logging.disable(logging.NOTSET)
f = logging.Formatter("%(message)s")
r = logging.makeLogRecord({"msg": "made %s", "args": ("x",), "levelno": 20})
print(f.format(r), r.getMessage())
tpl = logging.Formatter("$levelname-$message", style="$")
print(tpl.format(logging.LogRecord("n", logging.INFO, "p.py", 3, "m", (), None)))
try:
    logging.Formatter("%(message)s", style="?")
except ValueError as e:
    print("ValueError", e)
logging.getLogger("x").log(35, "custom level")
logging.addLevelName(35, "NOTICE")
logging.getLogger("x").log(35, "named level")
