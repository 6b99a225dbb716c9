# hashlib digests and the warnings module (filters, actions, registry,
# catch_warnings, formatting).
import hashlib
import os
import sys
import warnings

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"abc")
    h2 = h.copy()
    h2.update(b"def" * 50)
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest()[:32])
print(hashlib.sha256("é".encode()).digest(), hashlib.md5().hexdigest(), hashlib.sha1(b"").hexdigest())
print(hashlib.sha256(bytearray(b"ba")).hexdigest() == hashlib.sha256(b"ba").hexdigest(),
      hashlib.sha512(memoryview(b"mv")).hexdigest()[:16], sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
big = hashlib.sha256()
for i in range(100):
    big.update(str(i).encode())
print(big.hexdigest())
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Relative:
    def write(self, text):
        return sys.stdout.write(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))

    def flush(self):
        sys.stdout.flush()


sys.stderr = Relative()


def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


warnings.warn("plain user warning")
for i in range(3):
    warnings.warn("shown once per location")
deprecated()
warnings.warn(RuntimeWarning("instance given"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("again", RuntimeWarning)
    deprecated()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught],
      caught[0].lineno, os.path.basename(caught[0].filename))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", repr(e))
    warnings.filterwarnings("ignore", message="quiet")
    warnings.warn("quiet please")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("runtime", RuntimeWarning)
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only", UserWarning)
        warnings.warn("once only", UserWarning)
    warnings.filterwarnings("ignore", message="skip.*this")
    warnings.warn("Skip all of this")
    warnings.warn("skip that")
print(warnings.formatwarning("msg", UserWarning, "file.py", 7, "  x = 1  "), end="")
print(warnings.formatwarning("msg", FutureWarning, "file.py", 7, ""), end="")
try:
    warnings.warn("x", 3)
except TypeError as e:
    print("TypeError", e)
seen = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: seen.append(
    (str(message), category.__name__, lineno))
warnings.warn("to the hook")
warnings.showwarning = old
print(seen)
warnings.warn_explicit("explicit", UserWarning, "virtual.py", 12)
print("done")
