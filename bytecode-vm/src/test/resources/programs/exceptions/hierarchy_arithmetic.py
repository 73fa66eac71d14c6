def catch(f):
    try:
        return f()
    except ArithmeticError as e:
        return f"ArithmeticError caught {type(e).__name__}: {e}"
catch(lambda: 1 / 0)
catch(lambda: 5 % 0)
catch(lambda: 10 // 0)
catch(lambda: divmod(1, 0))
issubclass(ZeroDivisionError, ArithmeticError)
issubclass(OverflowError, ArithmeticError)
