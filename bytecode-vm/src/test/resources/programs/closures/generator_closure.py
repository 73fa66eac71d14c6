def multiples(k):
    def gen(limit):
        return (i * k for i in range(limit))
    return gen
list(multiples(3)(5))
sum(multiples(7)(10))
