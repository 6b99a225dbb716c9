text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq), top)
print({len(w) for w in words}, max(words, key=len), min(words))
lines = text.splitlines()
print([len(l) for l in lines], [l.split()[0] for l in lines])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar, caesar.translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "xyzabcdefghijklmnopqrstuvw")))
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]])
table = [("name", "qty", "price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
for name, qty, price in table[1:]:
    print(f"{name:<8}|{qty:>5}|{price:>7.2f}|{qty * price:>8.3f}")
print("-" * 30)
csv = "a,b,c\n1,2,3\n4,5,6"
rows = [r.split(",") for r in csv.split("\n")]
cols = list(zip(*rows))
print(rows, cols, {h: [int(v) for v in rest] for h, *rest in cols})
print("snake_case_name".title().replace("_", ""), "CamelCaseName".lower(), "  trim  me ".split())
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "x".join(["1", "2", "3"]).split("x", 1), "a=1;b=2".split(";"))
