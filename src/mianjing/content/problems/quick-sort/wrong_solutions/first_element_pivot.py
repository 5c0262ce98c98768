def sort_array(nums):
    # Textbook Hoare-style partition with nums[lo] as pivot and an explicit stack:
    # on sorted input every partition peels off one element, O(n^2).
    stack = [(0, len(nums) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        pivot = nums[lo]
        i, j = lo, hi
        while i < j:
            while i < j and nums[j] >= pivot:
                j -= 1
            nums[i] = nums[j]
            while i < j and nums[i] <= pivot:
                i += 1
            nums[j] = nums[i]
        nums[i] = pivot
        stack.append((lo, i - 1))
        stack.append((i + 1, hi))
    return nums
