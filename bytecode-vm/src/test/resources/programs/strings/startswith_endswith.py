s = "filename.tar.gz"
s.startswith("file")
s.endswith(".gz")
s.endswith((".zip", ".gz"))
s.startswith(("a", "b"))
s.startswith("name", 4)
s.endswith("tar", 0, 12)
"".startswith("")
