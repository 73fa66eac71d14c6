# SPDX-License-Identifier: Apache-2.0
"""heapq for Fora: a binary min-heap kept in a plain list (heap[k] <= heap[2*k+1], heap[2*k+2]).

The sift loops make the same comparisons, in the same order, as CPython's _heapq, so a heap
list holds its items in exactly CPython's layout after every operation.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, single):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (fname, '' if single else ' 1', type(heap).__name__))


# The sift loops swap neighbours (as CPython's C code does), so the list is a permutation of its
# items at every moment, also when a comparison raises.

# Move heap[pos] towards the root while it is smaller than its parent.
def _siftdown(heap, startpos, pos):
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        newitem = heap[pos]
        parent = heap[parentpos]
        if not newitem < parent:
            break
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


# Move the smaller child up until a leaf is reached, then sift the item at pos back down.
def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos and not heap[childpos] < heap[childpos + 1]:
            childpos += 1
        child = heap[childpos]
        heap[childpos] = heap[pos]
        heap[pos] = child
        pos = childpos
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        newitem = heap[pos]
        parent = heap[parentpos]
        if not parent < newitem:
            break
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos and not heap[childpos + 1] < heap[childpos]:
            childpos += 1
        child = heap[childpos]
        heap[childpos] = heap[pos]
        heap[pos] = child
        pos = childpos
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush', False)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap size does not change)."""
    _check_list(heap, 'heapreplace', False)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item (faster than both calls)."""
    _check_list(heap, 'heappushpop', False)
    if heap and heap[0] < item:
        returnitem = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return returnitem
    return item


def heapify(x):
    """Transform list x into a heap, in place, in O(len(x)) time."""
    _check_list(x, 'heapify', True)
    n = len(x)
    for i in range(n // 2 - 1, -1, -1):
        _siftup(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    n = len(x)
    for i in range(n // 2 - 1, -1, -1):
        _siftup_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (a generator).

    Equal items come out in the order of the inputs they come from.
    """
    if reverse:
        _heapify = _heapify_max
        _heappop = _heappop_max
        _heapreplace = _heapreplace_max
        direction = -1
    else:
        _heapify = heapify
        _heappop = heappop
        _heapreplace = heapreplace
        direction = 1
    h = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        try:
            value = next(it)
        except StopIteration:
            order += 1
            continue
        if key is None:
            h.append([value, order * direction, it])
        else:
            h.append([key(value), order * direction, value, it])
        order += 1
    _heapify(h)
    if key is None:
        while len(h) > 1:
            try:
                while True:
                    s = h[0]
                    yield s[0]
                    s[0] = next(s[2])
                    _heapreplace(h, s)
            except StopIteration:
                _heappop(h)
        if h:
            s = h[0]
            yield s[0]
            yield from s[2]
        return
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                yield s[2]
                value = next(s[3])
                s[0] = key(value)
                s[2] = value
                _heapreplace(h, s)
        except StopIteration:
            _heappop(h)
    if h:
        s = h[0]
        yield s[2]
        yield from s[3]


_sentinel = object()


def _sized(iterable):
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as a sorted list (like sorted(iterable, key=key)[:n])."""
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = min(it, default=_sentinel)
        else:
            result = min(it, default=_sentinel, key=key)
        return [] if result is _sentinel else [result]
    size = _sized(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [r[0] for r in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [r[2] for r in result]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as a list sorted from the largest
    (like sorted(iterable, key=key, reverse=True)[:n])."""
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = max(it, default=_sentinel)
        else:
            result = max(it, default=_sentinel, key=key)
        return [] if result is _sentinel else [result]
    size = _sized(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [r[0] for r in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [r[2] for r in result]
