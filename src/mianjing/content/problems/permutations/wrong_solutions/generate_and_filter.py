def permute(nums):
    n = len(nums)
    seqs = [[]]
    for _ in range(n):                      # all n^n sequences, then drop the ones with repeats
        seqs = [s + [x] for s in seqs for x in nums]
    return [s for s in seqs if len(set(s)) == n]
