s = "hello wORLD, it's 3am"
s.upper()
s.lower()
s.title()
s.capitalize()
s.swapcase()
