# Compiled functions that read variables of enclosing functions (cells): the value's type is
# checked at every read, so rebinding, type changes and unbound cells behave as in CPython.
def make_scaler(k):
    def scale(x):
        t = 0
        for i in range(x):
            t += i * k
        return t
    return scale

print(make_scaler(3)(1000), make_scaler(0.5)(1000), make_scaler(2**62)(5), make_scaler('ab')(3) if False else 0)

def counter():
    step = 1
    def advance(n):
        total = 0
        for i in range(n):
            total += step
        return total
    def set_step(v):
        nonlocal step
        step = v
    return advance, set_step

advance, set_step = counter()
print(advance(1000))
set_step(2.5)
print(advance(1000))
set_step(2**63)
print(advance(3))

def early():
    def use(n):
        s = 0
        for i in range(n):
            s += late_value
        return s
    try:
        r = use(3)
    except NameError as e:
        r = str(e)
    late_value = 4
    return r, use(3)

print(early())

def keys(words, weight):
    return sorted(words, key=lambda w: len(w) * weight - ord(w[0]))

print(keys(['pear', 'fig', 'banana', 'kiwi', 'apple'] * 20, 3)[:6])

def mapped(n, off):
    return list(map(lambda x: x * x + off, range(n)))[-3:]

print(mapped(100000, 7), mapped(10, 0.5))
