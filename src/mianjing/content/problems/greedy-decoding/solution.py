import numpy as np


def greedy_decode(next_logits, prompt, max_new_tokens, eos_id):
    ids = list(prompt)
    for _ in range(max_new_tokens):
        token = int(np.argmax(next_logits(ids)))
        ids.append(token)
        if token == eos_id:
            break
    return ids
