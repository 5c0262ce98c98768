def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False

    def pick(i, remaining):
        if remaining == 0:
            return True
        if i == len(nums) or remaining < 0:
            return False
        return pick(i + 1, remaining - nums[i]) or pick(i + 1, remaining)

    return pick(0, total // 2)
