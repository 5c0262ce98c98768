def find_increasing_triplet(nums):
    # For every middle element look left for something smaller and right for something larger.
    n = len(nums)
    for j in range(n):
        smaller = None
        for i in range(j):
            if nums[i] < nums[j]:
                smaller = nums[i]
                break
        if smaller is None:
            continue
        for k in range(j + 1, n):
            if nums[k] > nums[j]:
                return (smaller, nums[j], nums[k])
    return None
