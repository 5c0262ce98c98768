def top_k_frequent(nums, k):
    freq = {}
    for x in nums:
        freq[x] = freq.get(x, 0) + 1
    return sorted(freq, key=lambda x: -freq[x])[:k]     # stable: ties keep first-seen order
