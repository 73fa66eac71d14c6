s = "mississippi"
counts = {c: s.count(c) for c in sorted(set(s))}
counts
sorted(counts.items(), key=lambda kv: -kv[1])
max(counts, key=counts.get)
sum(counts.values()) == len(s)
