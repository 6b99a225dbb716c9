"""Binary min-heap operations on lists (the heapq module, written for pyc).

The heap invariant: a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_up(heap, start, pos):
    # Move heap[pos] towards the root until its parent is not larger.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Move the smaller child up until a leaf, then sift the item up.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos)


def heappush(heap, item):
    if not isinstance(heap, list):
        raise TypeError('heappush() argument 1 must be list, not %s' % type(heap).__name__)
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap):
    if not isinstance(heap, list):
        raise TypeError('heappop() argument must be list, not %s' % type(heap).__name__)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    if not isinstance(x, list):
        raise TypeError('heapify() argument must be list, not %s' % type(x).__name__)
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted inputs into one sorted stream (stable)."""
    entries = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for first in it:
            k = first if key is None else key(first)
            entries.append([k, order, first, it])
            break
    while entries:
        best = None
        for e in entries:
            if best is None:
                best = e
            elif reverse:
                if best[0] < e[0]:
                    best = e
            elif e[0] < best[0]:
                best = e
        yield best[2]
        for nxt in best[3]:
            best[0] = nxt if key is None else key(nxt)
            best[2] = nxt
            break
        else:
            entries = [e for e in entries if e is not best]


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
