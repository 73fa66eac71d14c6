[c for c in "abc"]
list("hey")
tuple("ab")
[(i, c) for i, c in enumerate("xyz")]
"".join(sorted("hello"))
