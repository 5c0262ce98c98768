def find_kth_largest(nums, k):
    nums = list(nums)
    for _ in range(k - 1):
        nums.remove(max(nums))                      # O(n) per round: O(n·k)
    return max(nums)
