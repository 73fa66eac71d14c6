def digits_rev(n):
    out = ()
    while True:
        out = out + (n % 10,)
        n //= 10
        if n == 0:
            break
    return out
digits_rev(12345)
digits_rev(0)
