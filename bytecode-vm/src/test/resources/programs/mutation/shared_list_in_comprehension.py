# Elements append to a list made before the comprehension: every split must fall back to the sequential order.
seen = []

def visit(i):
    seen.append(i)
    return i * i

squares = [visit(i) for i in range(20000)]
print(len(seen), seen[:5], seen[-5:], seen == list(range(20000)))
print(sum(squares))
