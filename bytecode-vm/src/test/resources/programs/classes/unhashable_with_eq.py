class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
P.__hash__ is None
def try_hash():
    try:
        return {P(1)}
    except TypeError as e:
        return str(e)
try_hash()
