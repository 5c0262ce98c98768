def my_sqrt(x: int) -> int:
    return int(x ** 0.5)
