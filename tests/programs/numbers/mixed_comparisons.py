print(1 == 1.0, 1 == 1 + 0j, 1.0 == 1 + 0j, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 20 < 1e20 + 1, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
print(0.1 + 0.2 > 0.3, 1 / 3 == 0.3333333333333333, 3 < 3.5 < 4, True < 2, False == 0.0)
print(sorted([3, 2.5, True, 0, -1.5, 10 ** 20, 1e19]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), 5 // 2.0, 5 % 2.0, 2 ** -2)
print(1 + 2.0, 3 * 1.5, 7 / 7, 2 ** 0.5 * 2 ** 0.5, 10 / 4 * 4, int(7 / 2), 1e0 == 1)
print((1 + 2j) * 2, (1 + 2j) + 1.5, 1j ** 2, abs(-2 + 0j), (2 + 0j) == 2)
try:
    (1 + 2j) < 1
except TypeError as e:
    print("TypeError:", e)
print(float("nan") < 1, float("nan") > 1, float("nan") != float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], {n: 1}.get(n))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(0.5 + 0j))
print(divmod(7, 2.5), divmod(-7.5, -2), 7.5 // -2, round(7 / 3, 4), 1e-320 > 0, 5e-324 / 2)
