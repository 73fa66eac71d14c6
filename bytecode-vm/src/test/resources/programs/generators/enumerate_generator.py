def letters():
    yield from "hello"
list(enumerate(letters()))
list(enumerate(letters(), 10))
[i for i, c in enumerate(letters()) if c == "l"]
