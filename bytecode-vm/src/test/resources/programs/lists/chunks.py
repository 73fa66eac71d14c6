def chunks(v, n):
    return [v[i:i + n] for i in range(0, len(v), n)]
chunks(list(range(10)), 3)
chunks([], 2)
chunks("abcdefg", 2)
