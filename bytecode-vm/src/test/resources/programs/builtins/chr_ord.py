chr(65)
chr(955)
ord("λ")
[chr(ord(c) + 1) for c in "HAL"]
ord(chr(0x10FFFF)) == 0x10FFFF
