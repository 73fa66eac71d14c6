class It:
    __next__ = iter([1, 2]).__next__
    def __iter__(self):
        return self
it = It()
print(next(it), list(it))
class Gen:
    def __init__(self):
        self._g = (i * i for i in range(4))
        self.__class__.__next__ = self._g.__next__
    def __iter__(self):
        return self
print(list(Gen()))
