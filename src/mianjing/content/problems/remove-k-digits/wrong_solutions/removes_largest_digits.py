def remove_k_digits(num, k):
    # Removes the k largest digits: ignores that position matters more than value.
    digits = list(num)
    for _ in range(k):
        digits.remove(max(digits))
    return "".join(digits).lstrip("0") or "0"
