def search(v, t):
    for x in v:
        if x == t:
            res = "found"
            break
    else:
        res = "missing"
    return res
search([1, 2, 3], 2)
search([1, 2, 3], 5)
w = 0
while w < 3:
    w += 1
else:
    w = w * 100
w
