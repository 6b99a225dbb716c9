def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i :: i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


primes = sieve(100)
print(primes, len(sieve(10000)))
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), factorize(2 ** 10 * 3 ** 5 * 97), factorize(600851475143))
print(sum(p for p in sieve(2000)), max(factorize(13195)))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, len(str(fact)), sum(int(d) for d in str(2 ** 1000)))
a, b = 0, 1
for _ in range(100):
    a, b = b, a + b
print(a)
import math
print(math.gcd(12, 18), math.factorial(20), math.isqrt(10 ** 20 + 1), math.comb(10, 3), math.pi, math.sqrt(2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.log(math.e), math.hypot(3, 4))
collatz = {}
for start in range(1, 30):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    collatz[start] = steps
print(max(collatz, key=collatz.get), collatz)
