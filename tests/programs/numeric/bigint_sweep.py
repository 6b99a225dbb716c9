# Big-int arithmetic identities (divmod signs, bit ops, shifts, pow mod, hashes) over pseudo-random operands.
seed = 987654321
vals = []
for i in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    bits = seed % 300
    v = seed >> (64 - min(bits, 64)) if bits < 64 else seed * (3 ** (bits - 60))
    vals.append(v if i % 2 else -v)
h = 0
for a, b in zip(vals, vals[1:]):
    if b == 0:
        continue
    q, r = divmod(a, b)
    assert q * b + r == a and (r == 0 or (r < 0) == (b < 0))
    h = (h * 1000003 + q % 1000000007 + r % 998244353) % (2**61 - 1)
    h ^= (a * b) % 1000000009
    h ^= (a & b) ^ (a | b) ^ (a ^ b) % 65537
    h += hash(a) % 1000 + (a >> 17) % 97 + (abs(b) << 3) % 89
print(h)
print(vals[:5])
print([v.bit_length() for v in vals[:20]])
print([str(v)[:10] for v in vals[100:110]])
print(sum(vals) % 10**9, max(vals).bit_length(), min(vals).bit_length())
print([pow(abs(v) + 2, 65537, 2**127 - 1) % 1000 for v in vals[:10]])
print([hex(v)[:12] for v in vals[:8]])
print([int(str(v)) == v for v in vals[200:205]], [int(hex(v), 16) == v for v in vals[200:205]])
print([float(v) for v in vals[10:14]], [v / 7 for v in vals[30:33]])
print(sorted(vals)[:3] == sorted(vals, key=lambda t: t)[:3], sorted(vals, reverse=True)[0] == max(vals))
