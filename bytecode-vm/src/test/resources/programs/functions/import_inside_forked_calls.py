def f(xs):
    import bisect
    return bisect.bisect_left(xs, 3)
print(f([1, 2, 3, 4]), f([0, 5]))
def h():
    import heapq, json
    return json.dumps(heapq.nsmallest(2, [5, 1, 4]))
print(h() + h(), [h() for _ in range(3)])
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(22))
