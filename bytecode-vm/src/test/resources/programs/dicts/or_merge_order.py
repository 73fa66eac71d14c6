a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
a | b
b | a
list((a | b).keys())
list((b | a).keys())
