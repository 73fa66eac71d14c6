def outer(n):
    def helper(k):
        return k * n
    def other(k):
        return helper(k) + 1
    return [other(i) for i in range(3)]
outer(2)
outer(10)
