

def make_lm(table, pos, first):
    """Toy language model over V tokens, built from plain arrays.

    logits(ids) = table[last token] + pos[len(ids) - 1] + first[first token]:
    the next token depends on the last token, the length and the first token of the context.
    """

    def next_logits(ids):
        ids = [int(t) for t in ids]
        return table[ids[-1]] + pos[len(ids) - 1] + first[ids[0]]

    return next_logits


def probe_greedy(sub, table, pos, first, prompt, max_new_tokens, eos_id):
    """The decoded sequence, and the caller's prompt list after the call."""
    prompt_list = list(prompt)
    out = sub.greedy_decode(make_lm(table, pos, first), prompt_list, max_new_tokens, eos_id)
    return {"tokens": [int(t) for t in out], "prompt_after": prompt_list}
