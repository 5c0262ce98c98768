def remove_k_digits(num, k):
    # Delete one digit at a time: the first digit larger than its successor (or the last one).
    for _ in range(k):
        i = 0
        while i + 1 < len(num) and num[i] <= num[i + 1]:
            i += 1
        num = num[:i] + num[i + 1:]
    return num.lstrip("0") or "0"
