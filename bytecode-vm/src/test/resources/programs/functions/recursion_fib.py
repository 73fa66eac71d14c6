def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
[fib(n) for n in range(15)]
fib(20)
fib(25)
sum(fib(n) for n in range(10))
