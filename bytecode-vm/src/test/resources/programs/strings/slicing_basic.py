s = "Hello, World"
s[0]
s[-1]
s[2:5]
s[:5]
s[7:]
s[-5:-1]
s[100:]
s[3:1]
