s = ""
for i in range(5):
    s = s + str(i)
s
t = ""
for w in ["alpha", "beta", "gamma"]:
    t += w[0].upper()
t
