def sort_array(nums):
    # Correct and O(n log n), but it is merge sort, not the quicksort that was asked for.
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left, right = sort_array(nums[:mid]), sort_array(nums[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]
