v = [1, 2, 3]
def find(x):
    try:
        return v.index(x)
    except ValueError as e:
        return str(e)
find(2)
find(7)
find("a")
