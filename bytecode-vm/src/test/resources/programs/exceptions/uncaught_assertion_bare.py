assert 1 + 1 == 2
assert "nonempty", "not raised"
"still running"
x = [1, 2]
len(x)
assert [], ""
"not reached"
