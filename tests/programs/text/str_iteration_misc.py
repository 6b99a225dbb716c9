# Iterating over strings, str() of iterators, enumerate/zip/map on text, and char arithmetic.
word = "Mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts, key=counts.get))
print([i for i, c in enumerate(word) if c == "s"], list(zip(word, word[1:]))[:4], "".join(map(str.upper, word)))
print([c for c in "a1b2c3" if c.isdigit()], [ord(c) - ord("a") for c in "hello"], "".join(chr(ord(c) + 1) for c in "HAL"))
caesar = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar, "".join(reversed(word)), word[::-1] == "".join(reversed(word)), sorted(set(word)), list(dict.fromkeys(word)))
it = iter("abc")
print(next(it), list(it), list(iter("")), tuple("xy"), set("aab") == {"a", "b"}, "".join(sorted("banana", reverse=True)))
print("a" * 3 + "b" * 2, "-".join(str(i) for i in range(5)), "ab" < "abc" < "abd" < "b", "é" in "café", "caf" + "é" == "café")
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), [w[::-1] for w in words], {w[0] for w in words} == set("tqbfjold"), " ".join(w.capitalize() for w in words))
print(max(words, key=len), min(words), sorted(words)[-1], len(set(words)), words.count("the"), " ".join(words).title())
acc = ""
for i in range(10):
    acc += str(i)
print(acc, acc.isdigit(), int(acc[::2]), acc.translate(str.maketrans("0123456789", "abcdefghij")))
