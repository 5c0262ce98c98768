def can_jump(nums):
    ok = [False] * len(nums)
    ok[0] = True
    for i, step in enumerate(nums):
        if ok[i]:
            for j in range(i + 1, min(len(nums), i + step + 1)):
                ok[j] = True
    return ok[-1]
