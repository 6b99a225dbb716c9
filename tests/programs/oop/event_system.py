# An event system: metaclass registry, descriptors for typed fields, decorators for handlers,
# context managers for transactions, generators for event streams, and error aggregation.
import functools

class Registry(type):
    events = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.events[name.lower()] = cls
        return cls

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Event(metaclass=Registry):
    fields = ()
    def __init__(self, **kw):
        for f in self.fields:
            setattr(self, f, kw.pop(f))
        if kw:
            raise TypeError(f"unexpected fields {sorted(kw)}")
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

class Deposit(Event):
    fields = ("account", "amount")
    account = Typed(str)
    amount = Typed(int)

class Withdraw(Event):
    fields = ("account", "amount")
    account = Typed(str)
    amount = Typed(int)

class InsufficientFunds(Exception):
    pass

handlers = {}
def on(event_name):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(state, event):
            state["log"].append(f"{fn.__name__}:{event.account}")
            return fn(state, event)
        handlers.setdefault(event_name, []).append(wrapper)
        return wrapper
    return deco

@on("deposit")
def apply_deposit(state, e):
    state["balances"][e.account] = state["balances"].get(e.account, 0) + e.amount

@on("withdraw")
def apply_withdraw(state, e):
    bal = state["balances"].get(e.account, 0)
    if bal < e.amount:
        raise InsufficientFunds(f"{e.account} has {bal}, needs {e.amount}")
    state["balances"][e.account] = bal - e.amount

class Transaction:
    def __init__(self, state):
        self.state = state
    def __enter__(self):
        self.snapshot = dict(self.state["balances"])
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.state["balances"] = self.snapshot
            self.state["log"].append(f"rollback:{et.__name__}")
            return issubclass(et, InsufficientFunds)
        self.state["log"].append("commit")

def stream(raw):
    for name, kw in raw:
        cls = Registry.events.get(name)
        if cls is None:
            yield ValueError(f"unknown event {name}")
            continue
        try:
            yield cls(**kw)
        except TypeError as e:
            yield e

raw = [
    ("deposit", {"account": "a", "amount": 100}),
    ("withdraw", {"account": "a", "amount": 30}),
    ("withdraw", {"account": "b", "amount": 5}),
    ("refund", {"account": "a", "amount": 1}),
    ("deposit", {"account": "a", "amount": "lots"}),
    ("deposit", {"account": "c", "amount": 7, "memo": "x"}),
    ("deposit", {"account": "b", "amount": 50}),
]
state = {"balances": {}, "log": []}
errors = []
for item in stream(raw):
    if isinstance(item, Exception):
        errors.append(item)
        continue
    with Transaction(state):
        for h in handlers[type(item).__name__.lower()]:
            h(state, item)
print(state["balances"])
print(state["log"])
print([f"{type(e).__name__}: {e}" for e in errors])
print(sorted(Registry.events), apply_deposit.__name__, apply_deposit.__wrapped__.__name__)
try:
    raise ExceptionGroup("bad events", errors)
except* TypeError as g:
    print("type errors:", len(g.exceptions))
except* ValueError as g:
    print("value errors:", [str(e) for e in g.exceptions])
