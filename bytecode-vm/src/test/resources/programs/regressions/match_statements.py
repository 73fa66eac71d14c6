# match statements: literal, capture, wildcard, value, sequence, star, mapping, class,
# or- and as-patterns, guards; TypeErrors of class patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point():
            return "pt"
        case _:
            return "other"

[where(Point(0, 3)), where(Point(2, 0)), where(Point(1, 1)), where(Point(0, 0)), where(5)]

def kind(x):
    match x:
        case (1, 2):
            return "pair 1,2"
        case [a, *rest] if len(rest) == 2:
            return f"list {a} +{len(rest)}"
        case {"k": v, **others}:
            return f"dict {v} {others}"
        case str() as s:
            return "s:" + s
        case int(n) if n > 10**20:
            return "bigint"
        case None:
            return "none"
        case 1 | 2 | 3:
            return "small"
        case -1.5:
            return "neg"
        case [*_, 9]:
            return "ends with 9"
        case ():
            return "empty"
        case {}:
            return "any dict"
        case float(f):
            return ("float", f)
        case _:
            return "?"

[kind(v) for v in [(1, 2), [3, 4, 5], {"k": "v", "z": 1}, "abc", 10**30, None, 2, True, -1.5, (7, 8, 9), [], {"a": 1}, 2.5, [1, 2], set()]]

def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if code >= 500:
            return "server error"
        case other:
            return f"other {other}"
[http(s) for s in (200, 201, 404, 503, 302)]

def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return ("go", d)
        case ["take", item, *more]:
            return ("take", item, more)
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return "?"
[nested(c) for c in ["go north", "go west", "take a b c", "quit", "exit", "x"]]
x = 5
match x:
    case 5:
        y = "five"
    case _:
        y = "no"
y
def err2():
    match 3:
        case int(1, 2):
            return 1
def err3():
    match Point(1, 2):
        case Point(1, 2, 3):
            return 1
def catch(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
catch(err2), catch(err3)
