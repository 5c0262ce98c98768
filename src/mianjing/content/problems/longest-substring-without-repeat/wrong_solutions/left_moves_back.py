def length_of_longest_substring(s):
    last = {}
    left = best = 0
    for i, c in enumerate(s):
        if c in last:
            left = last[c] + 1          # may jump backwards to an occurrence left of the window
        last[c] = i
        best = max(best, i - left + 1)
    return best
