# ranges whose bounds do not fit a machine word (CPython's ranges are unbounded).
big = range(0, 2**64, 3)
print(len(big) if False else big[10], 2**63 in big, (2**63 + 1) in big, big[-1], big.index(300))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
print(range(2**64)[2**63], range(-(2**70), 0)[5], 2**70 in range(2**71))
r = range(-(2**80), 2**80, 2**78)
print(len(r), list(r), r[3], r.index(2**79), r.count(0), 2**78 in r, r[::-2], reversed(r).__next__())
print(range(2**100, 2**100 + 5)[1:3], range(2**65) == range(2**65), hash(range(2**65)) == hash(range(0, 2**65)))
