def find_increasing_triplet(nums):
    # O(n) time but O(n) extra space: two helper arrays.
    n = len(nums)
    if n < 3:
        return None
    left_min = nums[:]
    for i in range(1, n):
        left_min[i] = min(left_min[i - 1], nums[i])
    right_max = nums[:]
    for i in range(n - 2, -1, -1):
        right_max[i] = max(right_max[i + 1], nums[i])
    for j in range(1, n - 1):
        if left_min[j - 1] < nums[j] < right_max[j + 1]:
            return (left_min[j - 1], nums[j], right_max[j + 1])
    return None
