"ab" * 3
3 * "-"
"x" * 0
"x" * -2
("a" + "b") * 2
["=" * n for n in range(4)]
