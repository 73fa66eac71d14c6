def make_stack(items=()):
    def push(x):
        return make_stack(items + (x,))
    def peek():
        return items[-1] if items else None
    def size():
        return len(items)
    return push, peek, size
push, peek, size = make_stack()
push2, peek2, size2 = push(1)
push3, peek3, size3 = push2(2)
(peek(), size(), peek2(), size2(), peek3(), size3())
push4, peek4, size4 = push3(3)
(peek4(), size4())
peek3()
