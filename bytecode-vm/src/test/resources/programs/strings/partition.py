"key=value=more".partition("=")
"key=value=more".rpartition("=")
"novalue".partition("=")
"novalue".rpartition("=")
"a.b.c".partition(".")[2]
