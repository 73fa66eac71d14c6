def pair():
    x = 10
    def get():
        return x
    def twice():
        return get() * 2
    return get, twice
g, t = pair()
g()
t()
