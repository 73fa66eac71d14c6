def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
add5(1)
add10(1)
[make_adder(k)(k) for k in range(4)]
