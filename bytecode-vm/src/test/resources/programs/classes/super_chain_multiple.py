class Root:
    def tags(self):
        return ("root",)
class Left(Root):
    def tags(self):
        return ("left",) + super().tags()
class Right(Root):
    def tags(self):
        return ("right",) + super().tags()
class Bottom(Left, Right):
    def tags(self):
        return ("bottom",) + super().tags()
Bottom().tags()
Left().tags()
[c.__name__ for c in Bottom.__mro__]
