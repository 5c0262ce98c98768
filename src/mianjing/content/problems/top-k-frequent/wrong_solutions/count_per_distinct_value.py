def top_k_frequent(nums, k):
    ranked = sorted(set(nums), key=lambda x: (-nums.count(x), x))
    return ranked[:k]
