#!/usr/bin/env python3
"""Records CPython 3.11's `fmt % args` results for printf's golden test
(format of runtime/src/num/golden/gen.py, plus `n` None, `l` list and `d`
dict with `;`-separated `key=value` items). Run: python3 gen_printf.py >
printf.tsv
"""
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(11)


def h(s):
    return "h" + s.encode("utf-8").hex()


def enc(v):
    if v is None:
        return "n"
    if isinstance(v, bool):
        return "b1" if v else "b0"
    if isinstance(v, int):
        return "i%s%x" % ("-" if v < 0 else "", abs(v))
    if isinstance(v, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return h(v)
    if isinstance(v, tuple):
        return "t" + ",".join(enc(x) for x in v)
    if isinstance(v, list):
        return "l" + ",".join(enc(x) for x in v)
    if isinstance(v, dict):
        return "d" + ";".join(enc(k) + "=" + enc(x) for k, x in v.items())
    raise TypeError(v)


def rec(fmt, args):
    try:
        r = fmt % args
        return "\t".join(["printf", h(fmt), enc(args), "ok", h(r)])
    except Exception as e:  # noqa: BLE001
        return "\t".join(["printf", h(fmt), enc(args), "err", type(e).__name__, h(str(e))])


fixed = [('%(a)s %s',{'a':1}),('%5%',()),('%-5%|',()),('%s',()),('abc',5),('abc',{'a':1}),('abc',[1]),('%s',[1,2]),('%s %s',(1,)),('%s',(1,2)),('%d','x'),('%x',1.5),('%d',1.9),('%d',True),('%f','a'),('%c',65),('%c','ab'),('%c',1.5),('%c',-1),('%y',1),('ab %',1),('%(a',{'a':1}),('%((a))s',{'(a)':2}),('%(a)s',(1,)),('%*d',(5,3)),('%-*d|',(5,3)),('%*d',(-5,3)),('%*d',('a',3)),('%.*f',(2,3.14159)),('%.3d',5),('%+.3d',-5),('%08.3d',5),('%05f',float('inf')),('%05d',-42),('%-05d|',42),('% d',5),('%+ d',5),('%#x',255),('%#X',255),('%#o',8),('%#5x',255),('%#05x',255),('%x',-255),('%#x',-255),('%e',12345.678),('%.0e',12345.678),('%#.0e',1.0),('%g',0.0001),('%g',1e-5),('%#g',1.0),('%G',1e-20),('%F',float('nan')),('%10.3s|','abcdef'),('%-10r|','a'),('%a','é'),('%r','é'),('%5c|','x'),('%s %%','a'),('%i %u',(3,4)),('%ld %hd %Lf',(1,2,3.0)),('%.2s','日本語'),('%.f',1.5),('%.e',1.5),('%d',2**100),('%x',2**100),('%o',-8),('%10.4f|',3.14159265),('%-10.2e|',-31415.9),('%+f',0.0),('%+f',-0.0),('%d',-0.0),('%d',float('inf')),('%d',float('nan')),('%s',None),('%.1f',0.25),('%.0f',0.5),('%(x)s %(y)r',{'x':'a','y':'b'}),('%s %(x)s',{'x':1}),('%.3x',5),('%#.3x',5),('%#.3o',5),('%c','é'),('%c',0x110000),('%(a)*d',{'a':1}),('%3',1),('%.*s',(2,'abcd')),('%.-1s','a'),('% 010.2f',-3.14159),('%5%',(1,)),('%-5%|',(1,)),('%%',()),('%5%',{'a':1}),('%(a)%',{'a':1}),('%s',{'a':1}),('%(a)s %(a)s',{'a':1}),('%s %s',{'a':1}),('%s',(1,)),('a%sb%sc',('x','y')),('%x',True),('%.0f',2.5),('%.2f',2.675),('%5.1%',(1,)),('%.2c','ab'),('%3c',65),('%-3c|',65),('%03s','a'),('%03c',65),('%+s','a'),('%s',''),('',()),('',(1,)),('%s and %r',('é',"it's")),('%(b)s',{'a':1}),('日本%s語',('x',)),('%s',1.5),('%r',0.1),('%s %s %s',(None,True,2.5)),('%-+8.3f|',2.0),('%+08d',42),('% 08.2e',-1e-9),('%#8.3g|',0.5)]
lines = [rec(f, a) for f, a in fixed]
convs = "sdixXoeEfFgGrc"
for _ in range(800):
    conv = rng.choice(convs)
    flags = "".join(rng.choice(["", "", "-", "+", " ", "#", "0"]) for _ in range(2))
    width = rng.choice(["", "", "1", "6", "12"])
    prec = rng.choice(["", "", ".0", ".2", ".5", ".12"])
    if conv in "sr":
        v = rng.choice(["abc", "", "hello world", 42, -3.5, None, True, "é日"])
    elif conv == "c":
        v = rng.choice([65, 0x263A, "z", "é", 10])
    elif conv in "dixXo":
        v = rng.choice([0, 1, -1, 42, -42, 255, 10**20, -(2**70), 3.99, -2.5, True])
    else:
        v = rng.choice([0.0, -0.0, 1.0, 1.5, -2.5, 3.14159, 1e-7, 123456789.123, 1e300, float("inf"), float("-inf"), float("nan"), 7, -1, 0.000123])
    fmt = "<%" + flags + width + prec + conv + ">"
    lines.append(rec(fmt, (v,)))
print("\n".join(lines))
