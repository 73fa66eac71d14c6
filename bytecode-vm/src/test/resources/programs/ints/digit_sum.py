def digit_sum(n):
    return sum(int(c) for c in str(n))
digit_sum(2 ** 100)
digit_sum(12345)
[digit_sum(3 ** k) for k in range(10)]
