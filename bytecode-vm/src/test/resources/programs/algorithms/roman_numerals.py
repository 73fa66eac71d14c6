def to_roman(n):
    table = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for v, s in table:
        while n >= v:
            out += s
            n -= v
    return out
[to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)]
to_roman(0)
len(to_roman(3888))
