# pow(x, e, m) calls x.__pow__(e, m) for instances.
class P:
    def __pow__(self, e, m=None):
        return ('pow', e, m)

print(pow(P(), 2, 5), pow(P(), 3), P() ** 4, pow(3, 4, 5))
