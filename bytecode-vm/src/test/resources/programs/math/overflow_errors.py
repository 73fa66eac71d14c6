import math
def attempt(f, *args):
    try:
        return f(*args)
    except OverflowError as e:
        return f"OverflowError: {e}"
attempt(math.exp, 1000)
attempt(math.exp, 700)
attempt(math.pow, 10, 400)
attempt(math.ldexp, 1.0, 2000)
