def f(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
f(KeyError("k"))
f(IndexError("i"))
f(ValueError("v"))
