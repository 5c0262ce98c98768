def remove_k_digits(num: str, k: int) -> str:
    # Keep digits on a non-decreasing stack: a digit larger than the one after it is always
    # worth deleting, because it sits in a more significant position.
    stack = []
    for d in num:
        while k and stack and stack[-1] > d:
            stack.pop()
            k -= 1
        stack.append(d)
    if k:
        del stack[-k:]  # still non-decreasing: drop the largest digits at the end
    return "".join(stack).lstrip("0") or "0"
