class I(int):
    def __repr__(self):
        return f"I({int(self)})"
i = I(5)
i, i + 1, type(i + 1).__name__, I(3) * 2, i == 5, hash(i) == hash(5), str(i)
