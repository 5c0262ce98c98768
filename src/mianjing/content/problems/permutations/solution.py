def permute(nums: list[int]) -> list[list[int]]:
    result, path = [], []
    used = [False] * len(nums)

    def backtrack():
        if len(path) == len(nums):
            result.append(path[:])          # copy: path keeps changing
            return
        for i, x in enumerate(nums):
            if not used[i]:
                used[i] = True
                path.append(x)
                backtrack()
                path.pop()                  # undo the choice
                used[i] = False

    backtrack()
    return result
