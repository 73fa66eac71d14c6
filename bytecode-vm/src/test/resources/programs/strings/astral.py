s = "a😀b😀c"
len(s)
s[1]
s[2]
s[::-1]
s[1:4]
s.index("b")
s.count("😀")
[ord(c) for c in s]
