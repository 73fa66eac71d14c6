[bool(x) for x in (0, 1, "", "0", [], [[]], None, 0.0, -0.0, 1e-300)]
bool()
bool(range(0))
bool(" ")
bool({0: 0})
[bool(n % 3) for n in range(6)]
