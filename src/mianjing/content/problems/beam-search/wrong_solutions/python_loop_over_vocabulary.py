import math


def beam_search(next_logits, prompt, beam_size, max_new_tokens, eos_id, length_penalty=1.0):
    alive, finished = [(list(prompt), 0.0)], []
    for _ in range(max_new_tokens):
        candidates = []
        for seq, s in alive:
            logits = [float(x) for x in next_logits(seq)]
            m = max(logits)
            log_z = m + math.log(sum(math.exp(x - m) for x in logits))
            for tok, x in enumerate(logits):
                hyp = (seq + [tok], s + x - log_z)
                (finished if tok == eos_id else candidates).append(hyp)
        alive = sorted(candidates, key=lambda h: -h[1])[:beam_size]
    hyps = [(seq, s / (len(seq) - len(prompt)) ** length_penalty) for seq, s in finished + alive]
    return sorted(hyps, key=lambda h: -h[1])[:beam_size]
