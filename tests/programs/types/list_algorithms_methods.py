# Lists as stacks/queues, in-place algorithms, nested comprehensions, and list identity under mutation.
stack = []
for i in range(5):
    stack.append(i * i)
print(stack.pop(), stack.pop(), stack, stack[-1])
queue = list("abcde")
out = []
while queue:
    out.append(queue.pop(0))
    if len(out) == 2:
        queue.insert(1, "X")
print(out)
nums = [5, 2, 8, 1, 9, 3]
nums.sort(); nums.reverse(); print(nums, nums.index(8), nums[::-1] == sorted(nums))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [list(col) for col in zip(*matrix)], [row[::-1] for row in matrix], sum(sum(r) for r in matrix), [x for row in matrix for x in row if x % 2])
flat = [x for row in matrix for x in row]
print(flat, flat[2:7:2], flat[-3:], flat.count(4), [flat[i:i + 4] for i in range(0, len(flat), 4)])
a = [3, 1, 2]
b = a
a = a + [4]
print(a, b)
c = b
c += [5]
print(b, c is b)
dedup = []
for v in [3, 1, 3, 2, 1, 4]:
    if v not in dedup:
        dedup.append(v)
print(dedup, list(dict.fromkeys([3, 1, 3, 2, 1, 4])), sorted(set([3, 1, 3, 2])))
rot = list(range(7))
k = 3
print(rot[k:] + rot[:k], rot[-k:] + rot[:-k])
lst = list(range(10))
lst[::2] = [0] * 5
del lst[1::4]
print(lst, lst.count(0), len(lst))
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs, max(pairs), min(pairs, key=lambda p: (p[1], -p[0])))
words = ["apple", "Bob", "cat", "Dog"]
words.sort(key=str.lower); print(words)
words.sort(key=lambda w: (len(w), w)); print(words)
print([[]] * 3 == [[], [], []], [0] * 0, list(range(3)) * 2, [1, 2] + [], [] * 5)
