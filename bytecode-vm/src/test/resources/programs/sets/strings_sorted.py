s = set("mississippi")
sorted(s)
len(s)
sorted({"pear", "apple", "fig"} | {"kiwi", "apple"})
sorted(set("abc") & set("bcd"))
"s" in s
