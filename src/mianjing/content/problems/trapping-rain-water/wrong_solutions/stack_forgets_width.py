def trap(height):
    stack, water = [], 0                    # monotonic stack of indices, heights decreasing
    for i, h in enumerate(height):
        while stack and height[stack[-1]] < h:
            bottom = stack.pop()
            if not stack:
                break
            left = stack[-1]
            water += min(height[left], h) - height[bottom]   # forgets the width i - left - 1
        stack.append(i)
    return water
