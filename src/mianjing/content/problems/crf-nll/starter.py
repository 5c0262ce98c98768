import numpy as np


def crf_nll(emissions: np.ndarray, tags: np.ndarray, transitions: np.ndarray,
            start: np.ndarray, end: np.ndarray) -> float:
    """-log p(tags | emissions) of a linear-chain CRF, one sequence: log Z − score(tags)."""
    raise NotImplementedError


def viterbi_decode(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray,
                   end: np.ndarray) -> tuple[list[int], float]:
    """The highest-scoring tag sequence and its score."""
    raise NotImplementedError
