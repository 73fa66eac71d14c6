[("fizz" if n % 3 == 0 else n) for n in range(1, 10)]
[x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]]
{n: ("even" if n % 2 == 0 else "odd") for n in range(4)}
[x for x in range(10) if x % 2 == 0 if x > 3]
[-x if x < 0 else x for x in (-2, 3)]
