# expect: Warning at 3:12 open
def read(path):
    return open(path).read()
read("data.txt")
