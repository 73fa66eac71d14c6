{x % 7 for x in range(30)}
{x * x for x in range(-4, 5)}
{(x, y) for x in range(2) for y in range(2)}
{n for n in range(50) if n % 6 == 0}
{x for x in [3, 3, 3]}
{x // 10 for x in range(95, 5, -7)}
