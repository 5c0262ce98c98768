def length_of_lis(nums):
    length, last = 0, None
    for x in nums:                      # greedy: never goes back to a smaller start
        if last is None or x > last:
            length += 1
            last = x
    return length
