class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, other):
        return f"{self.name} greets {other}"
g = Greeter("ann")
m = g.hello
m("bob")
Greeter.hello(g, "cy")
list(map(g.hello, ["x", "y"]))
