# A missing key in an augmented subscript assignment: the caret marks the subscript.
counts = {"apple": 1}
for word in ["apple", "pear"]:
    print("counting", word)
    counts[word] += 1
