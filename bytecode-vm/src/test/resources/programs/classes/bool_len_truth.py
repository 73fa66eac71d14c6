class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
bool(Empty())
bool(Falsy())
bool(Plain())
"yes" if Empty() else "no"
[bool(x) for x in (Empty(), Falsy(), Plain())]
