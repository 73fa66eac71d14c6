e = ValueError("x")
isinstance(e, Exception)
isinstance(e, ArithmeticError)
isinstance(e, BaseException)
type(e) is ValueError
e.args == ("x",)
