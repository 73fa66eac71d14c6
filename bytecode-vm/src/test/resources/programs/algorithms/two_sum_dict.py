def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return (seen[target - x], i)
        seen = {**seen, x: i}
    return None
two_sum([2, 7, 11, 15], 9)
two_sum([3, 2, 4], 6)
two_sum([1, 2, 3], 100)
