def inner():
    raise IndexError("deep")
def middle():
    try:
        inner()
    except IndexError:
        raise
def outer():
    try:
        middle()
    except IndexError as e:
        return "outer caught: " + str(e)
outer()
def count_reraise():
    try:
        try:
            raise TypeError("t")
        except TypeError:
            raise
    except TypeError as e:
        return e.args
count_reraise()
