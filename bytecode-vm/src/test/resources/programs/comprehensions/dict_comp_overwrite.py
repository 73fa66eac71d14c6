{x % 3: x for x in range(10)}
{len(w): w for w in ["aa", "b", "cc", "ddd", "e"]}
{k: k for k in [3, 1, 3, 2, 1]}
{k % 2: [k] for k in range(5)}
list({c: 1 for c in "banana"})
