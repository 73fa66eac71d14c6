x = "outer"
[x for x in range(3)]
x
y = 5
[y * i for i in range(3)]
{x: x for x in "ab"}
x
