s = "Python"
t = s.upper()
(s, t)
s.lower() + s.upper()
s[0] + s[1:].replace("y", "Y")
s.find("th") + len(s)
