def safe(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return str(e)
safe(1.0, 0.0)
safe(1, 0)
safe(1.0, 0)
safe(0.0, 2.0)
def fl(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return str(e)
fl(1.0, 0.0)
fl(5, 0)
