class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
def lookup(k):
    try:
        raise NotFound(k)
    except AppError as e:
        return (type(e).__name__, e.args, str(e), e.key)
lookup("x")
AppError("a", 1).args
str(AppError("a", 1))
str(AppError())
repr(AppError("m"))
