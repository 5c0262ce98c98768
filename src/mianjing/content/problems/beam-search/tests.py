import math

import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-9, dtype="any")
TIME_FACTOR = 8.0


def _lm(table, pos, first, ids):
    logits = table[ids[-1]] + pos[len(ids) - 1]
    return logits if first is None else logits + first[ids[0]]


def _log_probs(logits):
    m = max(logits)
    log_z = m + math.log(sum(math.exp(x - m) for x in logits))
    return [x - log_z for x in logits]


def _score(seq, logp_sum, prompt_len, length_penalty):
    return logp_sum / (len(seq) - prompt_len) ** length_penalty


def brute_force(table, pos, first, prompt, beam_size, max_new_tokens, eos_id, length_penalty):
    """Every complete hypothesis (ends in eos, or has max_new_tokens tokens), best first."""
    hyps = []

    def grow(seq, logp_sum):
        if len(seq) - len(prompt) == max_new_tokens:
            hyps.append((seq, logp_sum))
            return
        for tok, lp in enumerate(_log_probs(list(_lm(table, pos, first, seq)))):
            if tok == eos_id:
                hyps.append((seq + [tok], logp_sum + lp))
            else:
                grow(seq + [tok], logp_sum + lp)

    grow(list(prompt), 0.0)
    scored = [(seq, _score(seq, s, len(prompt), length_penalty)) for seq, s in hyps]
    return sorted(scored, key=lambda h: -h[1])[:beam_size]


def beam_by_the_statement(table, pos, first, prompt, beam_size, max_new_tokens, eos_id,
                          length_penalty):
    """Plain-Python restatement of the algorithm in problem.md (lists and sorted only)."""
    alive, finished = [(list(prompt), 0.0)], []
    for _ in range(max_new_tokens):
        candidates = []
        for seq, s in alive:
            for tok, lp in enumerate(_log_probs(list(_lm(table, pos, first, seq)))):
                (finished if tok == eos_id else candidates).append((seq + [tok], s + lp))
        alive = sorted(candidates, key=lambda h: -h[1])[:beam_size]
        if not alive:
            break
    scored = [(seq, _score(seq, s, len(prompt), length_penalty)) for seq, s in finished + alive]
    return sorted(scored, key=lambda h: -h[1])[:beam_size]


def _model(rng, vocab, max_len, scale=1.5):
    return (rng.standard_normal((vocab, vocab)) * scale,
            rng.standard_normal((max_len, vocab)) * 0.3,
            rng.standard_normal((vocab, vocab)) * 0.5)


def _case(name, model, prompt, beam_size, max_new_tokens, eos_id, length_penalty=None,
          expected_by="statement", guards=""):
    table, pos, first = model
    lp = 1.0 if length_penalty is None else length_penalty
    oracle = brute_force if expected_by == "brute_force" else beam_by_the_statement
    expected = oracle(table, pos, first, prompt, beam_size, max_new_tokens, eos_id, lp)
    return Case(name, (table, pos, first, list(prompt), beam_size, max_new_tokens, eos_id),
                {} if length_penalty is None else {"length_penalty": length_penalty},
                probe="beam", expected=[(seq, float(score)) for seq, score in expected],
                guards=guards)


def cases(rng):
    # The statement's example: next-token probabilities depend on the last token only.
    probs = np.array([[0.2, 0.5, 0.3], [0.5, 0.1, 0.4], [1 / 3, 1 / 3, 1 / 3]])
    example = (np.log(probs), np.zeros((8, 3)), None)
    yield Case("hand_worked", (*example, [0], 2, 2, 2), probe="beam",
               expected=[([0, 1, 0], math.log(0.25) / 2), ([0, 1, 2], math.log(0.2) / 2)],
               guards="score = sum of log-probs / (generated length) ** length_penalty")
    yield Case("hand_worked_no_length_penalty", (*example, [0], 2, 2, 2),
               {"length_penalty": 0.0}, probe="beam",
               expected=[([0, 2], math.log(0.3)), ([0, 1, 0], math.log(0.25))],
               guards="length_penalty = 0 ranks by the raw sum of log-probs")

    # Beam wide enough to never prune: beam search must equal exhaustive enumeration.
    for i, (vocab, steps, lp) in enumerate([(4, 4, 1.0), (3, 5, 0.0), (4, 3, 2.0)]):
        model = _model(rng, vocab, 16)
        eos = int(rng.integers(0, vocab))
        width = (vocab - 1) ** steps
        yield _case(f"exhaustive_equals_brute_force_{i}", model, [int(rng.integers(0, vocab))],
                    width, steps, eos, lp, expected_by="brute_force",
                    guards="finished hypotheses kept aside and ranked with the same score as "
                           "the ones that reach max_new_tokens")

    # eos is the most likely first token, but a longer, confident continuation wins once
    # scores are length-normalised: (log .4 + log .95 + log .9) / 3 > log .45.
    probs = np.array([[0.2, 0.2, 0.2, 0.2, 0.2],
                      [0.45, 0.02, 0.40, 0.08, 0.05],
                      [0.02, 0.01, 0.01, 0.95, 0.01],
                      [0.90, 0.03, 0.03, 0.02, 0.02],
                      [0.1, 0.3, 0.2, 0.2, 0.2]])
    cyc = (np.log(probs), np.zeros((16, 5)), None)
    yield _case("best_hypothesis_is_not_the_first_finished", cyc, [1], 3, 6, 0,
                guards="decoding must not stop when the top candidate is eos, and finished "
                       "hypotheses are ranked by the length-normalised score, not the raw sum")
    yield _case("length_penalty_two", cyc, [1], 3, 6, 0, 2.0)

    model = _model(rng, 6, 24)
    yield _case("long_prompt_normalised_by_generated_length", model, [1, 2, 3, 4, 5, 1, 2],
                3, 5, 0, 1.0, guards="the length in the score counts generated tokens only")

    huge = _model(rng, 5, 16, scale=600.0)
    yield _case("huge_logits", huge, [2], 3, 4, 1, 0.5,
                guards="stable log-softmax: exp(1000) overflows")

    yield _case("beam_size_one", _model(rng, 7, 24), [3], 1, 8, 6,
                guards="beam_size = 1 returns one hypothesis")

    for i in range(3):
        vocab = int(rng.integers(5, 12))
        yield _case(f"random_{i}", _model(rng, vocab, 40), [int(rng.integers(0, vocab))],
                    int(rng.integers(2, 6)), int(rng.integers(4, 12)),
                    int(rng.integers(0, vocab)), float(rng.choice([0.0, 0.6, 1.0, 1.5])))

    # Complexity guard: 2000-token vocabulary, 8 beams, 40 steps; the sandbox builds the model.
    vocab = 2000
    yield Case("large_vocabulary_vectorised",
               (Generated("normal", (vocab, vocab), seed=5, params={"scale": 3.0}),
                Generated("normal", (64, vocab), seed=6), None, [7], 8, 40, 0),
               probe="beam", timed=True, time_factor=15.0,
               guards="scoring all beam x vocab candidates with array operations, not a "
                      "Python loop over the vocabulary")
