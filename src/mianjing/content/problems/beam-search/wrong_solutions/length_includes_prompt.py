import numpy as np


def log_softmax(logits):
    z = logits - np.max(logits)
    return z - np.log(np.sum(np.exp(z)))


def beam_search(next_logits, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    alive, finished = [(list(prompt), 0.0)], []
    for _ in range(max_new_tokens):
        logp = np.stack([log_softmax(next_logits(seq)) for seq, _ in alive])
        total = np.array([s for _, s in alive])[:, None] + logp
        finished += [(seq + [eos_id], float(total[b, eos_id])) for b, (seq, _) in enumerate(alive)]
        total[:, eos_id] = -np.inf
        vocab = total.shape[1]
        best = np.argsort(-total, axis=None)[:beam_size]
        alive = [(alive[i // vocab][0] + [int(i % vocab)], float(total.flat[i])) for i in best]
    hyps = [(seq, s / len(seq) ** length_penalty) for seq, s in finished + alive]
    return sorted(hyps, key=lambda h: h[1], reverse=True)[:beam_size]
