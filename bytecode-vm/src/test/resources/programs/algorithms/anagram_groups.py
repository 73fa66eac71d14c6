words = ["eat", "tea", "tan", "ate", "nat", "bat"]
keys = sorted(set("".join(sorted(w)) for w in words))
[[w for w in words if "".join(sorted(w)) == k] for k in keys]
len(keys)
keys
