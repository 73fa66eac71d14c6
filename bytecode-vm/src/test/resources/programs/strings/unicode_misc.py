s = "héllo wörld ☃"
len(s)
s.upper()
s[-1]
ord("é")
chr(9731)
"ß".upper()
"İ".lower() == "i̇"
"ÅNGSTRÖM".lower()
