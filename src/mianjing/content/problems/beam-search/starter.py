import numpy as np


def beam_search(next_logits, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    """Beam search as specified in the statement.

    next_logits(ids: list[int]) -> np.ndarray of shape (V,): logits of the token after ids.
    Returns at most beam_size (tokens, score) pairs, best first; tokens = prompt + generated,
    score = (sum of generated tokens' log-probs) / (number of generated tokens) ** length_penalty.
    """
    raise NotImplementedError
