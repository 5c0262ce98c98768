"""The CRF reference agrees with brute force over all T^L tag paths (log Z, NLL, Viterbi)."""

import importlib.util
import itertools
from pathlib import Path

import numpy as np
import pytest

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/crf-nll"


def _reference():
    spec = importlib.util.spec_from_file_location("crf_nll_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(path, emissions, transitions, start, end):
    s = start[path[0]] + end[path[-1]] + sum(emissions[t, y] for t, y in enumerate(path))
    return s + sum(transitions[a, b] for a, b in itertools.pairwise(path))


def _all_paths(emissions, transitions, start, end):
    L, T = emissions.shape
    paths = list(itertools.product(range(T), repeat=L))
    return paths, np.array([_score(p, emissions, transitions, start, end) for p in paths])


@pytest.mark.parametrize("L,T,scale", [(1, 4, 1.0), (2, 3, 1.0), (4, 3, 2.0), (5, 4, 1.0),
                                       (6, 2, 50.0)])
def test_reference_matches_brute_force(L, T, scale):
    ref = _reference()
    rng = np.random.default_rng(L * 10 + T)
    emissions = rng.standard_normal((L, T)) * scale
    transitions = rng.standard_normal((T, T)) * scale
    start, end = rng.standard_normal(T) * scale, rng.standard_normal(T) * scale
    paths, scores = _all_paths(emissions, transitions, start, end)
    log_z = scores.max() + np.log(np.exp(scores - scores.max()).sum())
    for _ in range(3):
        tags = rng.integers(0, T, L)
        expected = log_z - _score(list(tags), emissions, transitions, start, end)
        assert ref.crf_nll(emissions, tags, transitions, start, end) == pytest.approx(
            expected, rel=1e-10, abs=1e-9)
    path, score = ref.viterbi_decode(emissions, transitions, start, end)
    assert path == list(paths[int(scores.argmax())])
    assert score == pytest.approx(scores.max(), rel=1e-12, abs=1e-9)


def test_probabilities_of_all_paths_sum_to_one():
    ref = _reference()
    rng = np.random.default_rng(7)
    L, T = 4, 3
    emissions, transitions = rng.standard_normal((L, T)), rng.standard_normal((T, T))
    start, end = rng.standard_normal(T), rng.standard_normal(T)
    total = sum(np.exp(-ref.crf_nll(emissions, np.array(p), transitions, start, end))
                for p in itertools.product(range(T), repeat=L))
    assert total == pytest.approx(1.0, rel=1e-10)


def test_minus_inf_transitions_match_brute_force():
    ref = _reference()
    rng = np.random.default_rng(3)
    emissions, transitions = rng.standard_normal((5, 3)), rng.standard_normal((3, 3))
    transitions[0, 2] = -np.inf                      # O -> I forbidden
    start, end = np.array([0.0, 0.0, -np.inf]), np.zeros(3)
    paths, scores = _all_paths(emissions, transitions, start, end)
    finite = scores[np.isfinite(scores)]
    log_z = finite.max() + np.log(np.exp(finite - finite.max()).sum())
    tags = np.array([1, 2, 2, 0, 1])
    nll = ref.crf_nll(emissions, tags, transitions, start, end)
    assert nll == pytest.approx(log_z - _score(list(tags), emissions, transitions, start, end))
    assert ref.viterbi_decode(emissions, transitions, start, end)[0] == \
        list(paths[int(scores.argmax())])
