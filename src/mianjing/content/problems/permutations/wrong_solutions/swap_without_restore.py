def permute(nums):
    nums = list(nums)
    result = []

    def backtrack(first):
        if first == len(nums):
            result.append(nums[:])
            return
        for i in range(first, len(nums)):
            nums[first], nums[i] = nums[i], nums[first]
            backtrack(first + 1)            # never swaps back

    backtrack(0)
    return result
