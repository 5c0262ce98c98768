

def make_lm(table, pos, first=None):
    """Toy language model over V tokens, built from plain arrays.

    logits(ids) = table[last token] + pos[len(ids) - 1] (+ first[first token]):
    the next token depends on the last token, the length and the first token of the context.
    """

    def next_logits(ids):
        ids = [int(t) for t in ids]
        logits = table[ids[-1]] + pos[len(ids) - 1]
        return logits if first is None else logits + first[ids[0]]

    return next_logits


def probe_beam(sub, table, pos, first, prompt, beam_size, max_new_tokens, eos_id,
               length_penalty=None):
    """The hypotheses as (token list, float score) pairs, best first."""
    kwargs = {} if length_penalty is None else {"length_penalty": length_penalty}
    out = sub.beam_search(make_lm(table, pos, first), list(prompt), beam_size, max_new_tokens,
                          eos_id, **kwargs)
    return [([int(t) for t in seq], float(score)) for seq, score in out]
