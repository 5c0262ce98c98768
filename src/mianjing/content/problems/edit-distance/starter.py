def min_distance(word1: str, word2: str) -> int:
    """Fewest single-character inserts, deletes and replacements turning word1 into word2."""
    raise NotImplementedError
