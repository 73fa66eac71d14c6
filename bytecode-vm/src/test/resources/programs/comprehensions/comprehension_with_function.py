def sq(n):
    return n * n
[sq(x) for x in range(5)]
[sq(sq(x)) for x in range(4)]
{sq(x) % 5 for x in range(20)}
