# Strings and lists built by repeated concatenation: linear, as in CPython,
# and each intermediate value stays what it was.
def build(n):
    s = ''
    for i in range(n):
        s += chr(97 + i % 26)
    return s
s = build(200000)
len(s), s[:30], s[-3:], s.count('z')
t = s
u = t + 'X'
v = t + 'Y'
u[-2:], v[-2:], len(t), t == s
def parts(n):
    out = 'start:'
    for i in range(n):
        out = out + str(i) + ','
    return out
p = parts(20000)
len(p), p[:20], p[-12:], p.split(',')[12345]
a = 'é' * 300
b = a + '\U0001F600' + a
len(b), b[300], b.index('\U0001F600')
def lists(n):
    v = []
    for i in range(n):
        v = v + [i, -i]
    return v
w = lists(20000)
len(w), w[-4:], sum(w)
x = w + [1]
y = w + [2, 3]
x[-3:], y[-4:], len(w)
