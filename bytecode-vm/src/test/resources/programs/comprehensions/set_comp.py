{x % 5 for x in range(100)}
{len(w) for w in ["a", "bb", "cc", "ddd"]}
sorted({w.lower() for w in ["A", "a", "B", "b", "c"]})
{(x, -x) for x in range(3)} == {(0, 0), (1, -1), (2, -2)}
{c for c in (1, 2, 1, 3, 2)}
sorted({w[0] for w in ["apple", "avocado", "banana"]})
