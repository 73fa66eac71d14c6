s = "it's" + "!"
s
"it's"
'say "hi"'
'both \' and "'
"tab\there"
"new\nline"
"back\\slash"
"\x00\x7f"
"é😀"
"\u200b"
"\r"
