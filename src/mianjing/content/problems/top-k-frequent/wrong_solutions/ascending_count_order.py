def top_k_frequent(nums, k):
    freq = {}
    for x in nums:
        freq[x] = freq.get(x, 0) + 1
    ranked = sorted(freq, key=lambda x: (freq[x], -x))
    return ranked[-k:]                  # the right k values, but least frequent first
