def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        out = digits[n % b] + out
        n //= b
    return sign + out
[to_base(255, b) for b in (2, 8, 10, 16, 36)]
to_base(-42, 7)
int(to_base(2 ** 100, 36), 36) == 2 ** 100
