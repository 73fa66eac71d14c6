{x: x * x for x in range(6)}
{k: v for k, v in zip("abc", [1, 2, 3]) if v != 2}
{w: len(w) for w in ["hi", "there", "hi"]}
{x % 3: x for x in range(10)}
{(i, j): i + j for i in range(2) for j in range(2)}
