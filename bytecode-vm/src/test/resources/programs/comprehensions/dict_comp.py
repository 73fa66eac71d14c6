{x: x ** 3 for x in range(5)}
{c: ord(c) for c in "hello"}
{k: v for k, v in [("a", 1), ("b", 2)] if v > 1}
{i: [j for j in range(i)] for i in range(4)}
{k: v for k, v in {"a": 1, "b": 2}.items() if k > "a"}
len({i: i for i in range(1000)})
