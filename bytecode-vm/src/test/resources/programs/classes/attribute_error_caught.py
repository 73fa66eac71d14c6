class P:
    def __init__(self):
        self.x = 1
def get_x(o):
    try:
        return o.x
    except AttributeError as e:
        return str(e)
def get_y(o):
    try:
        return o.y
    except AttributeError as e:
        return str(e)
get_x(P())
get_y(P())
get_y(5)
get_x("s")
