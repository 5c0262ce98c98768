import random


def sort_array(nums: list[int]) -> list[int]:
    def quick(lo: int, hi: int) -> None:
        # Sorts nums[lo..hi]. Random pivot against sorted input, three-way partition against
        # duplicates, recursion on the smaller side only so the depth stays O(log n).
        while lo < hi:
            pivot = nums[random.randint(lo, hi)]
            lt, i, gt = lo, lo, hi  # nums[lo:lt] < pivot, nums[lt:i] == pivot, nums[gt+1:] > pivot
            while i <= gt:
                if nums[i] < pivot:
                    nums[lt], nums[i] = nums[i], nums[lt]
                    lt += 1
                    i += 1
                elif pivot < nums[i]:
                    nums[i], nums[gt] = nums[gt], nums[i]
                    gt -= 1
                else:
                    i += 1
            if lt - lo < hi - gt:
                quick(lo, lt - 1)
                lo = gt + 1
            else:
                quick(gt + 1, hi)
                hi = lt - 1

    quick(0, len(nums) - 1)
    return nums
