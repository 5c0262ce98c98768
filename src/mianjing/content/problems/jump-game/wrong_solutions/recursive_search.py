from functools import cache, lru_cache


def can_jump(nums):
    n = len(nums)

    @cache
    def reach_end(i):
        if i >= n - 1:
            return True
        for step in range(nums[i], 0, -1):
            if reach_end(i + step):
                return True
        return False

    return reach_end(0)
