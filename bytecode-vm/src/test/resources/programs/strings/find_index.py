s = "the quick brown fox jumps over the lazy dog"
s.find("the")
s.rfind("the")
s.find("cat")
s.find("o", 15)
s.find("o", 15, 17)
s.index("fox")
s.rindex("o")
s.find("")
