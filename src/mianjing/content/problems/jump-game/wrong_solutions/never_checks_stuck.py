def can_jump(nums):
    # Takes the max over all i, including indices that were never reachable.
    reach = 0
    for i, step in enumerate(nums):
        reach = max(reach, i + step)
    return reach >= len(nums) - 1
