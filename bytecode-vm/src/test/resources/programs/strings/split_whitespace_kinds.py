"a\tb\nc  d\x0be".split()
"1,2;3 4".replace(";", ",").replace(" ", ",").split(",")
[int(x) for x in "10 20 30".split()]
"a  b".split(" ")
" a b ".split(" ")
"x".split("x")
