def can_jump(nums: list[int]) -> bool:
    # reach = farthest index reachable so far; an index beyond it can never be stood on.
    reach = 0
    for i, step in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + step)
    return True
