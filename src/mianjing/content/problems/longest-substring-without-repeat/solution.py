def length_of_longest_substring(s: str) -> int:
    last = {}          # char -> index of its latest occurrence
    left = best = 0    # window s[left:i+1] has no repeated character
    for i, c in enumerate(s):
        if last.get(c, -1) >= left:    # c repeats inside the window: move left past it
            left = last[c] + 1
        last[c] = i
        best = max(best, i - left + 1)
    return best
