"Hello".translate(str.maketrans("lo", "01"))
"abc".translate({97: "X", 98: None})
"abc".translate(str.maketrans({"a": "1"}))
str.maketrans("ab", "cd", "e")
