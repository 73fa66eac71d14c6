len("\n")
"\\n"
"a\\b"
"\101\102"
"\u03b1\U0001F600"
r"raw\n"
len(r"raw\n")
