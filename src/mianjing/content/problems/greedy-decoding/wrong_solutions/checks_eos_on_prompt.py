import numpy as np


def greedy_decode(next_logits, prompt, max_new_tokens, eos_id):
    ids = list(prompt)
    while len(ids) - len(prompt) < max_new_tokens and ids[-1] != eos_id:
        ids.append(int(np.argmax(next_logits(ids))))
    return ids
