def run(x):
    log = ()
    try:
        log = log + ("try",)
        r = 10 // x
    except ZeroDivisionError:
        log = log + ("except",)
        r = None
    else:
        log = log + ("else",)
    finally:
        log = log + ("finally",)
    return log, r
run(2)
run(0)
