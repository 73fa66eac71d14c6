# {**m} and f(**m) for dict subclasses and for any object with keys() and __getitem__.
class Mapping:
    def __init__(self, data):
        self.data = data

    def keys(self):
        return list(self.data)

    def __getitem__(self, k):
        return self.data[k] * 10


class Sub(dict):
    def __getitem__(self, k):
        return 'ignored by **'


m = Mapping({'a': 1, 'b': 2})
print({**m}, {**m, 'c': 3}, {'a': 0, **m}, {**Sub(x=1, y=2)})

def show(**kw):
    return sorted(kw.items())

print(show(**m), show(**Sub(z=9)))
try:
    show(**5)
except TypeError as e:
    print('TypeError:', e)
