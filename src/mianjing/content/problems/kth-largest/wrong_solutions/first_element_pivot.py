def find_kth_largest(nums, k):
    nums = list(nums)
    target = len(nums) - k            # index in ascending order
    lo, hi = 0, len(nums) - 1
    while True:
        pivot = nums[lo]              # fixed pivot: sorted input splits 1 / n-1 every round
        i = lo
        for j in range(lo + 1, hi + 1):
            if nums[j] < pivot:
                i += 1
                nums[i], nums[j] = nums[j], nums[i]
        nums[lo], nums[i] = nums[i], nums[lo]
        if i == target:
            return nums[i]
        if i < target:
            lo = i + 1
        else:
            hi = i - 1
