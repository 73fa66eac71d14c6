class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
    ALL = (RED, GREEN, BLUE)
    NAMES = {RED: "red", GREEN: "green", BLUE: "blue"}
Color.ALL
Color.NAMES[Color.GREEN]
[Color.NAMES[c] for c in Color.ALL]
