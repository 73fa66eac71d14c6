d = {}
d = {**d, "z": 1}
d = {**d, "a": 2}
d = {**d, "m": 3}
d = {**d, "z": 4}
d
list(d)
{3: "c", 1: "a", 2: "b"}
{k: None for k in [5, 1, 5, 3, 1]}
