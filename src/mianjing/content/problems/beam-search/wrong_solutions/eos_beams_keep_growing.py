import numpy as np


def log_softmax(logits):
    z = logits - np.max(logits)
    return z - np.log(np.sum(np.exp(z)))


def beam_search(next_logits, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    # no finished list: a beam that produced eos stays in the pool and is extended further
    beams = [(list(prompt), 0.0)]
    for _ in range(max_new_tokens):
        logp = np.stack([log_softmax(next_logits(seq)) for seq, _ in beams])
        total = np.array([s for _, s in beams])[:, None] + logp
        vocab = total.shape[1]
        best = np.argsort(-total, axis=None)[:beam_size]
        beams = [(beams[i // vocab][0] + [int(i % vocab)], float(total.flat[i])) for i in best]
    out = [(seq, s / (len(seq) - len(prompt)) ** length_penalty) for seq, s in beams]
    return sorted(out, key=lambda h: h[1], reverse=True)
