import heapq


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    freq = {}
    for x in nums:
        freq[x] = freq.get(x, 0) + 1
    # heap of size k ordered by (count desc, value asc): O(n + d log k)
    return heapq.nsmallest(k, freq, key=lambda x: (-freq[x], x))
