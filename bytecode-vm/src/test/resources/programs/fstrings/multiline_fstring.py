name = "fora"
ver = (1, 2)
s = (f"{name}"
     f" v{ver[0]}.{ver[1]}")
s
f"""{name}
{ver}"""
