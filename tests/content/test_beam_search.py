"""The beam-search reference against exhaustive enumeration on tiny vocabularies."""

import importlib.util
import itertools
from pathlib import Path

import numpy as np
import pytest

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/beam-search"


def _load(name):
    spec = importlib.util.spec_from_file_location(f"beam_search_{name}", PROBLEM / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


reference = _load("solution")
harness = _load("harness")


def _log_softmax(x):
    return x - np.logaddexp.reduce(x)


def _enumerate(lm, prompt, max_new, eos, lp):
    """All complete continuations: eos only as the last token, or exactly max_new tokens."""
    vocab = len(lm(prompt))
    out = []
    for length in range(1, max_new + 1):
        for tail in itertools.product(range(vocab), repeat=length):
            if eos in tail[:-1] or (length < max_new and tail[-1] != eos):
                continue
            seq, total = list(prompt), 0.0
            for tok in tail:
                total += _log_softmax(lm(seq))[tok]
                seq = seq + [tok]
            out.append((seq, total / length ** lp))
    return sorted(out, key=lambda h: -h[1])


@pytest.mark.parametrize("seed", range(6))
def test_unpruned_beam_equals_enumeration(seed):
    rng = np.random.default_rng(seed)
    vocab, max_new = int(rng.integers(2, 5)), int(rng.integers(1, 5))
    lp = float(rng.choice([0.0, 0.5, 1.0, 2.0]))
    table = rng.standard_normal((vocab, vocab)) * 2
    pos = rng.standard_normal((10, vocab))
    first = rng.standard_normal((vocab, vocab))
    lm = harness.make_lm(table, pos, first)
    prompt, eos = [int(rng.integers(0, vocab))], int(rng.integers(0, vocab))
    width = max(1, (vocab - 1) ** max_new)
    got = reference.beam_search(lm, prompt, width, max_new, eos, length_penalty=lp)
    want = _enumerate(lm, prompt, max_new, eos, lp)[:width]
    assert [seq for seq, _ in got] == [seq for seq, _ in want]
    np.testing.assert_allclose([s for _, s in got], [s for _, s in want], rtol=1e-12)


def test_narrow_beam_never_beats_enumeration():
    rng = np.random.default_rng(7)
    table, pos = rng.standard_normal((4, 4)) * 2, rng.standard_normal((10, 4))
    lm = harness.make_lm(table, pos)
    best = _enumerate(lm, [1], 4, 0, 1.0)[0][1]
    for width in (1, 2, 3):
        assert reference.beam_search(lm, [1], width, 4, 0)[0][1] <= best + 1e-12
