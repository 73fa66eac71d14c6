{x * 7 % 100 for x in range(15)}
{-x for x in range(5)}
{2 ** x for x in range(0, 70, 10)}
{x ** 2 % 17 for x in range(20)}
{(x, x % 2) for x in range(3)} == {(0, 0), (1, 1), (2, 0)}
