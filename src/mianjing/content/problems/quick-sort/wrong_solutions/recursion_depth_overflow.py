def sort_array(nums):
    # CLRS quicksort, last element as pivot, recursing on both sides:
    # sorted input makes the recursion n levels deep.
    def quick(lo, hi):
        if lo >= hi:
            return
        pivot = nums[hi]
        store = lo
        for i in range(lo, hi):
            if nums[i] < pivot:
                nums[i], nums[store] = nums[store], nums[i]
                store += 1
        nums[store], nums[hi] = nums[hi], nums[store]
        quick(lo, store - 1)
        quick(store + 1, hi)

    quick(0, len(nums) - 1)
    return nums
