def find_pair(v, target):
    found = None
    for i in range(len(v)):
        for j in range(i + 1, len(v)):
            if v[i] + v[j] == target:
                found = (i, j)
                break
        if found:
            break
    return found
find_pair([2, 7, 11, 15], 9)
find_pair([3, 2, 4], 6)
find_pair([1, 2], 10)
