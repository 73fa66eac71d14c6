def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 2, str)
p(3)
pipeline()(42)
pipeline(len, lambda n: n ** 2)("abcd")
