words = ["apple", "avocado", "banana", "blueberry", "cherry", "kiwi"]
{c: [w for w in words if w[0] == c] for c in sorted(set(w[0] for w in words))}
{n: [w for w in words if len(w) == n] for n in sorted(set(map(len, words)))}
sorted({len(w) for w in words})
{w[0]: w for w in words}
