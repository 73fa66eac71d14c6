class A: pass
class B(A): pass
class C: pass
b = B()
isinstance(b, A)
isinstance(b, (C, B))
isinstance(b, C)
issubclass(B, A)
issubclass(A, B)
issubclass(B, (C, A))
issubclass(B, object)
isinstance(3, object)
