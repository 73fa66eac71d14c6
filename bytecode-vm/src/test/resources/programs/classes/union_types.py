# PEP 604 unions: int | None in annotations and isinstance, with CPython's repr.
def f(x: int | None = None, y: list[int] | dict[str, int] | None = None) -> str | bytes:
    return 'ok'

print(f(), int | None, int | str | int, (int | str) == (str | int), f.__annotations__['y'])
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
print((int | None).__args__, type(int | str).__name__)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print('TypeError:', e)
try:
    print(None | None)
except TypeError as e:
    print('TypeError:', e)
