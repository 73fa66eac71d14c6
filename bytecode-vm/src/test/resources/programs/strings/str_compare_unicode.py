"é" > "z"
sorted(["é", "e", "f", "É", "E"])
"a" < "😀"
["😀" < "\uffff", chr(0x10000) > chr(0xFFFF)]
"abc" < "abcé"
max(["e", "é", "z"])
