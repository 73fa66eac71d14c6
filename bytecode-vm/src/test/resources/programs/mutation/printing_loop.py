# print from pieces of a split comprehension and of fork groups comes out in program order.
def show(i):
    if i % 2500 == 0:
        print("element", i)
    return i

xs = [show(i) for i in range(20000)]
print(len(xs))

def fib(n):
    if n < 15:
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    if n == 20:
        print("fib", n)
    return fib(n - 1) + fib(n - 2)

print(fib(24))
