import numpy as np


def log_softmax(logits):
    z = logits - np.max(logits)
    return z - np.log(np.sum(np.exp(z)))


def beam_search(next_logits, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    beams = [(list(prompt), 0.0)]
    finished = []
    for _ in range(max_new_tokens):
        cands = []
        for seq, s in beams:
            logp = log_softmax(next_logits(seq))
            cands += [(seq + [t], s + float(logp[t])) for t in range(len(logp))]
        cands.sort(key=lambda h: h[1], reverse=True)
        beams = []
        for seq, s in cands[:beam_size]:
            (finished if seq[-1] == eos_id else beams).append((seq, s))
        if cands[0][0][-1] == eos_id or not beams:   # "the best beam has finished: done"
            break
    hyps = finished + beams

    def score(h):
        return h[1] / (len(h[0]) - len(prompt)) ** length_penalty

    return [(seq, score((seq, s))) for seq, s in sorted(hyps, key=score, reverse=True)[:beam_size]]
