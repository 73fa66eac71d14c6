def find_div(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d
[find_div(n) for n in (15, 17, 49, 97, 100)]
[find_div(1), find_div(4)]
(find_div(2 ** 31 - 1), find_div(2 ** 31 + 1))
