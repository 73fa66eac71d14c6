d = {k: 0 for k in ["a", "b", "c"]}
d
len(d)
"b" in d
"d" not in d
{i: None for i in range(3)}
dict(zip(range(3), [None] * 3)) == {i: None for i in range(3)}
