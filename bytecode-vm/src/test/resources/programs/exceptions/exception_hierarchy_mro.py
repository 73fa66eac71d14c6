[c.__name__ for c in ZeroDivisionError.__mro__]
[c.__name__ for c in KeyError.__mro__]
issubclass(RecursionError, RuntimeError)
issubclass(StopIteration, Exception)
issubclass(NotImplementedError, RuntimeError)
