class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class OnlyStr:
    def __str__(self):
        return "only-str"
str(OnlyRepr())
OnlyRepr()
str(OnlyStr())
f"{OnlyStr()}"
[OnlyRepr()]
