[ord(c) for c in "AZaz09"]
"".join(chr(c) for c in range(65, 75))
chr(0x1F600)
ord("€")
[chr(ord("a") + (i * 3) % 26) for i in range(10)]
