[ord(c) for c in "\t\n "]
ord("\x00")
ord("😀")
sum(ord(c) for c in "abc")
ord("A") - ord("a")
max("hello", key=ord)
