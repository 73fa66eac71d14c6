import math
def attempt(f, *args):
    try:
        return f(*args)
    except ValueError as e:
        return f"ValueError: {e}"
attempt(math.sqrt, -1)
attempt(math.log, 0)
attempt(math.log, -5)
attempt(math.acos, 2)
attempt(math.factorial, -1)
attempt(math.isqrt, -4)
attempt(math.sqrt, 4)
