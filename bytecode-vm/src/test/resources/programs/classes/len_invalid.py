class Bad:
    def __len__(self):
        return -1
def check():
    try:
        return len(Bad())
    except ValueError as e:
        return str(e)
check()
class Good:
    def __len__(self):
        return 3
len(Good())
