import numpy as np


def log_softmax(logits):
    z = logits - np.max(logits)
    return z - np.log(np.sum(np.exp(z)))


def beam_search(next_logits, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    alive = [(list(prompt), 0.0)]          # (sequence, sum of log-probs of generated tokens)
    finished = []
    for _ in range(max_new_tokens):
        logp = np.stack([log_softmax(np.asarray(next_logits(seq), dtype=np.float64))
                         for seq, _ in alive])                                   # (n, V)
        total = np.array([s for _, s in alive])[:, None] + logp                  # (n, V)
        # every eos continuation is a finished hypothesis, set aside: it takes no beam slot
        finished += [(seq + [eos_id], float(total[b, eos_id])) for b, (seq, _) in enumerate(alive)]
        total[:, eos_id] = -np.inf
        vocab = total.shape[1]
        flat = total.ravel()
        k = min(beam_size, flat.size)
        best = np.argpartition(-flat, k - 1)[:k]            # top-k in O(nV), then order them
        best = best[np.argsort(-flat[best], kind="stable")]
        alive = [(alive[i // vocab][0] + [int(i % vocab)], float(total.flat[i]))
                 for i in best if np.isfinite(total.flat[i])]
        if not alive:
            break
    finished += alive                       # hypotheses that reached max_new_tokens

    def score(hyp):
        seq, logp_sum = hyp
        return logp_sum / (len(seq) - len(prompt)) ** length_penalty

    ranked = sorted(finished, key=score, reverse=True)[:beam_size]
    return [(seq, score((seq, s))) for seq, s in ranked]
