#!/usr/bin/env python3
"""Records CPython 3.11's format(value, spec) results for format_spec's
golden test, in the num golden format (see runtime/src/num/golden/gen.py):
`format <value> <spec> ok <str>` or `... err <class> <msg>`.
Run: python3 gen_format.py > format.tsv
"""
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(5)


def h(s):
    return "h" + s.encode("utf-8").hex()


def enc(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return "i%s%x" % ("-" if v < 0 else "", abs(v))
    if isinstance(v, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    return h(v)


def rec(v, spec):
    try:
        r = format(v, spec)
        return "\t".join(["format", enc(v), h(spec), "ok", h(r)])
    except Exception as e:  # noqa: BLE001
        return "\t".join(["format", enc(v), h(spec), "err", type(e).__name__, h(str(e))])


fixed = [(1234,'09,'),(1234,'08,'),(1234,'010,'),(1234,'07,'),(1234,'06,'),(1234,'05,'),(-1234,'09,'),(1234,'<05'),('ab','05'),('ab','<05'),(12,'=5'),('ab','=5'),(12,'x<05'),(12,'0=5'),(123456789,'_x'),(123456789,'_b'),(123456789,'#012_x'),(12,'z'),(12.5,'z'),(-0.0001,'z.2f'),(-0.0,'z'),(-0.0,'zf'),('a','z'),(1,',,'),(1,',_'),(1,'_,'),(1,',x'),(1,'_n'),(1,',n'),('a',',s'),('a',','),('a','+'),('a','#'),('a','d'),(1,'s'),(1.5,'d'),(1,'.2'),(1,'.2d'),(65,'c'),(65,'+c'),(65,'#c'),(-1,'c'),(0x110000,'c'),(1,'.'),(1,'5.x'),(1,'xx'),(1,'1'*30),(1.0,'.'+'1'*30),(1,'=^10'),(1,'%'),(1,'e'),(2**2000,'e'),(1,'n'),(1234567,'n'),(1.5,'n'),(12345678.9,'n'),(1e20,',.2f'),(float('nan'),'+'),(float('-inf'),'010'),(float('nan'),'010'),(1.0,'#.0f'),(1e5,'#.0e'),(1.0,'#g'),(1e-5,'#'),(1.0,'.3'),(100.0,'.3'),(1234.5,'.2'),(1e16,''),(1e15,''),(123456789.0,'.10'),(0.0001,''),(0.00001,''),(1.5,'.0'),(2.5,'.0'),(1.0,'.0'),(1e100,'.0'),(1.0,'.0e'),(0.5,'.0f'),(1.5,'.0f'),(2.5,'.0f'),(0.125,'.2f'),(0.375,'.2f'),(1e22,'f'),(1e-7,'g'),(1e-5,'g'),(0.0001,'g'),(123456,'g'),(1234567,'g'),(1234567,'G'),(float('inf'),'E'),(1.5,'%'),(0.5,'.0%'),(1.5,'#.0%'),(1234.5,'_'),(1234.5,'_.1f'),(12345.678,'012,.2f'),(-12345.678,'013,.2f'),(1234.5,'^+12,'),('abc','^6'),('abc','^7'),('abc','*>7.2'),('abc','.0'),(1.5,'5'),(1.5,'<5'),(-1.5,'=8'),(1,'+'),(1,' '),(-1,' '),(0,'-'),(1,'#b'),(-5,'#o'),(255,'#X'),(255,'X'),(255,'#010x'),(255,'010b'),(10**30,','),(10**30,'_d'),(-10**20,'_o'),(5,'0'),(5,'00'),(5,'000'),(-5,'-05'),(5,' 05'),(0.1,'.17'),(0.1,'.17g'),(0.1,'.30f'),(5e-324,'.1e'),(5e-324,''),(1.7976931348623157e308,','),(1.5,'z+'),(-0.4,'z.0f'),(-0.4,'.0f'),(-0.0,'+'),(-1e-10,'z+.3e'),(1.0,'x'),(1.0,'%%'),('a','<'),('a','<<'),(3,'<<5'),(3,'{<5'),(3,'\U0001F600^5'),(1234,'0=9,'),(1234,'0>9,'),(1234,'x=9,'),(1234,'0=9'),(-1234,'0<9'),('a','+#'),('a','#='),(1,'\x01'),(1,'é'),(1.5,',c'),(1,',c'),(1,'_c'),(1,'5,.2'),(0.0,'.0e'),(0.0,'#.0g'),(0.0,'.3g'),(0.0,'#.3g'),(-0.0,'g'),(1e-300,'.0%'),(1e-310,'e'),(9.999,'.2f'),(9.999,'.3g'),(0.00009999,'.3g'),(0.0001,'.0f'),(99.5,'.0f'),(float('inf'),'_'),(float('nan'),'_<10'),(12,'=#10x'),(12,'#=10x'),(-12,'#010x'),(3.0,'=+10'),(1,'^'),(1,''),(1.5,''),('',''),('é','^5'),('日本','*^7'),(10**5000,'d'),(10**5000,'x')[:0] or (10**400, 'x'),(-(10**30),'=+40,'),(0.1+0.2,''),(1/3,'.20'),(2.675,'.2f'),(1e23,''),(1e23,'.17'),(-1.5e-7,'+012.3e'),(123.456,'%'),(float('-inf'),'+%'),(1e-5,'#.3'),(42,'#x'),(42,'+#o'),(0,'#b'),(0,'c'),(12,'^#10_b'),(-7,' 08'),(7,'-08'),(3.5,'-08.2f'),(1e300,'.3%'),(123456789,'n'),(123456789.123,',.3f'),(123456789.123,'_.3e'),(0.000123456,',g'),(1e6,','),(1e6,',.0f'),(12345.0,'010,'),(-12345.0,'011,.1f')]
lines = [rec(v, s) for v, s in fixed]
parts_fill = ["", "<", ">", "^", "=", "*<", "*>", "*^", "0=", "x="]
parts_sign = ["", "", "+", "-", " "]
parts_z = ["", "", "", "z"]
parts_alt = ["", "", "#"]
parts_zero = ["", "", "0"]
parts_width = ["", "", "1", "5", "8", "12", "20"]
parts_group = ["", "", "", ",", "_"]
parts_prec = ["", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"]
int_types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "G", "s"]
float_types = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d"]
str_types = ["", "s", "d"]


def spec(types):
    return "".join(rng.choice(p) for p in [parts_fill, parts_sign, parts_z, parts_alt, parts_zero,
                                           parts_width, parts_group, parts_prec, types])


def rnd_float():
    k = rng.random()
    if k < 0.1:
        return rng.choice([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 0.5, 2.5, -1.5])
    if k < 0.3:
        return rng.randrange(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 16, 1000, 7])
    return rng.uniform(-1, 1) * 10 ** rng.randrange(-30, 30)


for _ in range(1500):
    v = rnd_float()
    lines.append(rec(v, spec(float_types)))
for _ in range(1200):
    v = rng.choice([0, 1, -1, 42, 255, -255, 65, 1000, 10**6, -10**9, 2**64, -(3**50), 0x10FFFF,
                    rng.randrange(-10**12, 10**12)])
    p = spec(int_types)
    lines.append(rec(v, p))
for _ in range(300):
    v = rng.choice(["", "a", "abc", "hello world", "é", "日本語", "x" * 30])
    lines.append(rec(v, spec(str_types)))
print("\n".join(lines))

# complex values: recorded as `cformat <re> <im> <spec>`.
def crec(v, spec):
    a = ["cformat", enc(v.real), enc(v.imag), h(spec)]
    try:
        return "\t".join(a + ["ok", h(format(v, spec))])
    except Exception as e:  # noqa: BLE001
        return "\t".join(a + ["err", type(e).__name__, h(str(e))])


cfixed = [(1j, ''), (1j, 'f'), (1+2j, '.3'), (1+2j, ''), (complex(-0.0, 1), ''), (1+2j, '10'),
          (1+2j, '<12'), (1+2j, '^14.2f'), (1+2j, '+'), (1-2j, ' '), (1+2j, '='), (1+2j, '010'),
          (1+2j, '0<10'), (1234.5+6789j, ','), (1234.5+6789j, '_.1f'), (1+2j, 'd'), (1+2j, '%'),
          (1+2j, 'n'), (1+2j, '#'), (1+2j, '#.0f'), (complex(-0.0, -0.0), 'z'),
          (complex(-0.0, -0.0), 'z.1f'), (complex(float('nan'), float('inf')), ''),
          (complex(float('nan'), float('inf')), 'E'), (1e20+1j, ''), (1e20+1j, 'g'),
          (1+2j, '*>20e'), (2j, '+'), (2j, '.2'), (0j, ''), (complex(-0.0, -2), 'z'),
          (1+2j, ',d'), (1+2j, 'x<5s')]
clines = [crec(v, s) for v, s in cfixed]
for _ in range(300):
    v = complex(rnd_float(), rnd_float())
    clines.append(crec(v, spec(["", "e", "E", "f", "F", "g", "G", "n", "%"])))
print("\n".join(clines))
