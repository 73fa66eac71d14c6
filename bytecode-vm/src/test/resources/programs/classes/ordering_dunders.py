class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.0")]
sorted(vs)
max(vs)
Version("1.2") < Version("1.10")
Version("2.0") > Version("1.0")
