def length_of_longest_substring(s):
    left = best = 0
    for i, c in enumerate(s):
        window = s[left:i]
        if c in window:                 # O(window) slice and scan per character
            left += window.index(c) + 1
        best = max(best, i - left + 1)
    return best
