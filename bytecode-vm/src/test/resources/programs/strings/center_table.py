rows = [("a", 1), ("bb", 22), ("ccc", 333)]
[k.ljust(4) + str(v).rjust(5) for k, v in rows]
"+".join("-" * 5 for _ in range(3))
"abc".center(8, "=")
"|" + "x".center(5) + "|"
