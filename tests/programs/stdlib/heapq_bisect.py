import heapq
import bisect
h = []; [heapq.heappush(h, v) for v in [5, 3, 8, 1, 9, 2]]; print(h, heapq.heappop(h), heapq.heapreplace(h, 7), heapq.heappushpop(h, 0), h)
print(heapq.nsmallest(3, [5, 3, 8, 1]), heapq.nlargest(2, ['a', 'ccc', 'bb'], key=len), list(heapq.merge([1, 3, 5], [2, 4], [0])))
a = [1, 2, 4, 4, 8]; print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5)); bisect.insort(a, 3); print(a)
print(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
