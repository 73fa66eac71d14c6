class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "x"}
d[Key(1, 2)]
Key(1, 2) in {Key(1, 2), Key(3, 4)}
len({Key(0, 0), Key(0, 0), Key(0, 1)})
hash(Key(1, 2)) == hash((1, 2))
