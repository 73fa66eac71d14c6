def g(x):
    print("g", x)
    return x
print(g(1) + g(g(2)))
def f(l): return len(l)
lst = [1, 2, 3]
print(f(lst) + f([lst.pop()]))
def h(a, b): return a - b
print(h(g(5), g(len([1, 2]))))
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib(abs(-3)) + fib(len([1, 2, 3])))
