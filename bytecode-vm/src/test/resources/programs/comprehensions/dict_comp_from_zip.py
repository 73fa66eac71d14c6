keys = ["a", "b", "c"]
vals = [1, 2, 3]
{k: v for k, v in zip(keys, vals)}
{v: k for k, v in zip(keys, vals)}
{k: v * v for k, v in zip(keys, vals) if k != "b"}
