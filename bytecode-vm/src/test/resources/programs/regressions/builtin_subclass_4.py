class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
s.shout(), s + "x", type(s + "x").__name__, isinstance(s, str), len(s), s == "hi"
