def length_of_longest_substring(s):
    return len(set(s))                  # counts distinct characters, ignores contiguity
