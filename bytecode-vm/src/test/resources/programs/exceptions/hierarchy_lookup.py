def catch(f):
    try:
        return f()
    except LookupError as e:
        return (type(e).__name__, str(e))
catch(lambda: [1][5])
catch(lambda: {}["missing"])
catch(lambda: "abc"[10])
catch(lambda: (1, 2)[-3])
issubclass(KeyError, LookupError)
issubclass(IndexError, Exception)
