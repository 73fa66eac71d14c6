def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
err(lambda: chr(-1))
err(lambda: ord("ab"))
err(lambda: int(None))
err(lambda: next(iter([])))
err(lambda: pow(0, -1))
err(lambda: min([]))
