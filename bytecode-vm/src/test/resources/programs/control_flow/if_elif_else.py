def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
[classify(n) for n in (-5, 0, 3, 10, 99)]
classify(-0.5)
classify(9.99)
classify(10 ** 20)
