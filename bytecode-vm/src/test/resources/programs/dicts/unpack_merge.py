base = {"a": 1, "b": 2}
{**base, "b": 20, "c": 3}
{"b": 0, **base}
{**base, **{"a": 100}}
base | {"c": 3}
{"x": 1} | {"x": 2} | {"y": 3}
base
