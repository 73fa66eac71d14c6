# Only one element, far into the range, writes a shared list: the work before it may run in
# parallel, the write happens once, and the answer is the sequential one.
marks = []

def f(i):
    if i == 31111:
        marks.append(i)
    return (i * 7919) % 10007

total = sum(f(i) for i in range(60000))
biggest = max(f(i) for i in range(60000))
print(total, biggest, marks)
