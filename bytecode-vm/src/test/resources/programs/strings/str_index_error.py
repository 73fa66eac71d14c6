t = "xyz"
t[-1] + t[0]
s = "abc"
s[2]
s[-3]
s[3]
