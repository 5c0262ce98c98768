def is_scramble(s1: str, s2: str) -> bool:
    """True if s2 can be produced from s1 by recursive split-and-optional-swap."""
    raise NotImplementedError
