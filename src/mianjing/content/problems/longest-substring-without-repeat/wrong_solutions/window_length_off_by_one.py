def length_of_longest_substring(s):
    last = {}
    left = best = 0
    for i, c in enumerate(s):
        if last.get(c, -1) >= left:
            best = max(best, i - left)  # only measured when a repeat closes the window
            left = last[c] + 1
        last[c] = i
    return best
