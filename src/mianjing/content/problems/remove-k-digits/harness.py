def probe_digits(sub, digits, k):
    """num is built from a list of digits (first digit forced non-zero)."""
    if digits and digits[0] == 0:
        digits[0] = 1
    return sub.remove_k_digits("".join(map(str, digits)), k)
