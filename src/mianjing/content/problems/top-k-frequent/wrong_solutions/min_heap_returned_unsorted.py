import heapq


def top_k_frequent(nums, k):
    freq = {}
    for x in nums:
        freq[x] = freq.get(x, 0) + 1
    heap = []
    for x, c in freq.items():
        heapq.heappush(heap, (c, -x))
        if len(heap) > k:
            heapq.heappop(heap)
    return [-x for c, x in heap]        # heap order, not count-descending order
