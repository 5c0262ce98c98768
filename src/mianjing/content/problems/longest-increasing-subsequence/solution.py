from bisect import bisect_left


def length_of_lis(nums: list[int]) -> int:
    # tails[L-1] = smallest tail of any strictly increasing subsequence of length L
    tails = []
    for x in nums:
        i = bisect_left(tails, x)      # first tail >= x: x replaces it (strictly increasing)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
