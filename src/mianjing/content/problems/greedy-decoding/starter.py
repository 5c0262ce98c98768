import numpy as np


def greedy_decode(next_logits, prompt, max_new_tokens, eos_id):
    """Append the argmax token step by step; stop after eos_id or max_new_tokens new tokens.

    next_logits(ids: list[int]) -> np.ndarray of shape (V,): logits of the token after ids.
    Returns a new list: prompt + generated tokens (eos_id included if it was generated).
    """
    raise NotImplementedError
