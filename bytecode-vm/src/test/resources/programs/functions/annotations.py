def f(a: int, b: "str" = "x") -> list:
    return [a, b]
print(f.__annotations__)
class P:
    x: int
    y: float = 1.0
print(P.__annotations__)
z: int = 5
print(__annotations__)
if True:
    w: list = []
    v: "Thing"
print(__annotations__)
class Q:
    a: "list[int]"
    b: dict[str, int] = {}
print(Q.__annotations__)
def g(x: int | None, *args: str, **kw: float) -> tuple[int, ...]: ...
print(g.__annotations__)
