import csv
samples = ["a,b,c\n1,2,3\n4,5,6\n", "name;age\n\"Bob\";3\n\"Al\";4\n", "x\ty\n1\t2\n",
           "h1|h2\nfoo|bar\nbaz|qux\n", "a, b, c\n1, 2, 3\n"]
for s in samples:
    d = csv.Sniffer().sniff(s)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          csv.Sniffer().has_header(s), list(csv.reader(s.splitlines(), d)))
