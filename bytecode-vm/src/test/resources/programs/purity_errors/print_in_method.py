# expect: PurityError at 6:16 print
class Logger:
    def __init__(self, name):
        self.name = name
    def log(self, msg):
        return print(f"{self.name}: {msg}")
Logger("a").log("b")
