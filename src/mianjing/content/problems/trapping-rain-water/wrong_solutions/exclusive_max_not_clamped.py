def trap(height):
    n = len(height)
    water = 0
    left_max = 0
    right = [0] * (n + 1)
    for i in reversed(range(n)):
        right[i] = max(right[i + 1], height[i])
    for i in range(n):
        # maxima of the bars strictly left / right of i: the difference can go negative
        water += min(left_max, right[i + 1]) - height[i]
        left_max = max(left_max, height[i])
    return water
