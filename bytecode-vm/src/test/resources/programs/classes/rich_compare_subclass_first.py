# comparisons try a right operand of a proper subclass first even when it does not override; a builtin operand compares with the value inside a subclass instance
class A:
    def __eq__(self, o):
        print("eq", type(self).__name__, type(o).__name__)
        return NotImplemented
    def __lt__(self, o):
        print("lt", type(self).__name__)
        return NotImplemented
    def __gt__(self, o):
        print("gt", type(self).__name__)
        return NotImplemented
class B(A):
    pass
class C(B):
    def __gt__(self, o):
        print("C.gt")
        return True
print(A() == B())
print(B() == A())
print(A() != B())
try:
    print(A() < B())
except TypeError as e:
    print(e)
print(A() < C())
class I(int):
    def __eq__(self, o):
        print("I.eq"); return NotImplemented
print(5 == I(5), I(5) == 5)
print(I(5) == I(5), I(3) < 4, 2 < I(3), [1] == I(1) if False else None)
class L(list):
    def __eq__(self, o):
        return NotImplemented
print([1] == L([1]), L([1]) == [1], L([1]) == L([1]))
