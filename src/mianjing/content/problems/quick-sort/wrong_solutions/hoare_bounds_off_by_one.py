def sort_array(nums):
    # Hoare partition, but recursing on (lo, j - 1) and (j + 1, hi): element j is left out,
    # and Hoare's j is not the pivot's final position.
    def quick(lo, hi):
        if lo >= hi:
            return
        pivot = nums[(lo + hi) // 2]
        i, j = lo - 1, hi + 1
        while True:
            i += 1
            while nums[i] < pivot:
                i += 1
            j -= 1
            while pivot < nums[j]:
                j -= 1
            if i >= j:
                break
            nums[i], nums[j] = nums[j], nums[i]
        quick(lo, j - 1)
        quick(j + 1, hi)

    quick(0, len(nums) - 1)
    return nums
