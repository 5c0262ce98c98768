def probe_keeps_input(sub, nums):
    """Calls permute, then returns nums as the submission left it."""
    sub.permute(nums)
    return nums
