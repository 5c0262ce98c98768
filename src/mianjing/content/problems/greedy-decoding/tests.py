import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = checkers.exact()


def _lm(table, pos, first, ids):
    return table[ids[-1]] + pos[len(ids) - 1] + first[ids[0]]


def _greedy(table, pos, first, prompt, max_new_tokens, eos_id):
    """Independent re-statement: argmax (first index on ties), eos kept, prompt untouched."""
    ids = list(prompt)
    for _ in range(max_new_tokens):
        logits = _lm(table, pos, first, ids)
        token = int(np.flatnonzero(logits == logits.max())[0])
        ids.append(token)
        if token == eos_id:
            break
    return {"tokens": ids, "prompt_after": list(prompt)}


def _model(rng, vocab, max_len, pos_scale=0.3, first_scale=0.5):
    table = rng.standard_normal((vocab, vocab)) * 2.0
    pos = rng.standard_normal((max_len, vocab)) * pos_scale
    first = rng.standard_normal((vocab, vocab)) * first_scale
    return table, pos, first


def _case(name, table, pos, first, prompt, max_new_tokens, eos_id, guards=""):
    args = (table, pos, first, list(prompt), max_new_tokens, eos_id)
    return Case(name, args, probe="greedy", guards=guards,
                expected=_greedy(table, pos, first, prompt, max_new_tokens, eos_id))


def cases(rng):
    # The statement's example: logits depend on the last token only.
    table = np.array([[0.1, 2.0, 0.5], [0.3, 0.2, 1.0], [0.0, 0.0, 0.0]])
    zeros_pos, zeros_first = np.zeros((8, 3)), np.zeros((3, 3))
    yield Case("hand_worked", (table, zeros_pos, zeros_first, [0], 5, 2), probe="greedy",
               expected={"tokens": [0, 1, 2], "prompt_after": [0]},
               guards="stop right after generating eos and keep eos in the output")
    yield Case("hand_worked_budget_one", (table, zeros_pos, zeros_first, [0], 1, 2),
               probe="greedy", expected={"tokens": [0, 1], "prompt_after": [0]},
               guards="max_new_tokens counts generated tokens only")

    # eos is never the argmax: exactly max_new_tokens tokens are appended.
    vocab = 6
    table, pos, first = _model(rng, vocab, 40)
    table[:, 0] = -50.0
    yield _case("no_eos_runs_full_budget", table, pos, first, [3, 1, 4], 12, 0,
                guards="generating exactly max_new_tokens tokens (no off-by-one)")
    yield _case("zero_budget_returns_prompt", table, pos, first, [2, 5], 0, 0,
                guards="max_new_tokens = 0 appends nothing")

    # A chain that reaches eos after a few steps: 1 -> 2 -> 3 -> 0(eos).
    chain = np.full((vocab, vocab), -3.0)
    for a, b in [(1, 2), (2, 3), (3, 0), (4, 5), (5, 1), (0, 4)]:
        chain[a, b] = 3.0
    yield _case("stops_after_eos", chain, np.zeros((40, vocab)), np.zeros((vocab, vocab)),
                [4], 20, 0, guards="not generating anything after eos")
    yield _case("prompt_ending_in_eos_still_generates", chain, np.zeros((40, vocab)),
                np.zeros((vocab, vocab)), [5, 0], 6, 0,
                guards="only a generated eos stops decoding, not an eos already in the prompt")

    # The context matters: the logits depend on the first token and the length, so feeding
    # only the last token or only the generated tokens gives a different path.
    table, pos, first = _model(rng, 5, 40, pos_scale=1.5, first_scale=2.0)
    yield _case("whole_context_is_fed", table, pos, first, [4, 2, 2, 1], 10, 3,
                guards="next_logits must see prompt + everything generated so far")

    tie = np.array([[0.0, 1.0, 1.0, 0.5], [1.0, 0.0, 0.0, 1.0], [0.2, 0.2, 0.1, 0.0],
                    [0.0, 0.0, 0.0, 0.0]])
    yield _case("ties_pick_smallest_id", tie, np.zeros((12, 4)), np.zeros((4, 4)), [0], 6, 3,
                guards="on ties the smallest token id wins (np.argmax)")

    huge = np.array([[1000.0, 1001.0, 999.0], [1002.0, 998.0, 1003.0], [0.0, 0.0, 0.0]])
    yield _case("huge_logits", huge, np.zeros((8, 3)), np.zeros((3, 3)), [0], 5, 2,
                guards="argmax on raw logits needs no softmax (and an unstable one breaks it)")

    for i in range(4):
        vocab = int(rng.integers(4, 12))
        table, pos, first = _model(rng, vocab, 64)
        prompt = [int(t) for t in rng.integers(0, vocab, int(rng.integers(1, 5)))]
        yield _case(f"random_{i}", table, pos, first, prompt, int(rng.integers(5, 30)),
                    int(rng.integers(0, vocab)))
