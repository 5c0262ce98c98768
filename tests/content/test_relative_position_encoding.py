"""The relative-position-encoding reference against a brute-force double loop."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "relative-position-encoding")


def _reference():
    spec = importlib.util.spec_from_file_location("relpos_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.RelativePosition


@pytest.mark.parametrize(("units", "K", "lq", "lk"), [(1, 2, 3, 5), (8, 3, 7, 7), (4, 0, 3, 4),
                                                      (5, 10, 4, 6), (2, 1, 1, 9)])
def test_matches_double_loop(units, K, lq, lk):
    torch.manual_seed(0)
    module = _reference()(units, K)
    assert tuple(module.embeddings_table.shape) == (2 * K + 1, units)
    out = module(lq, lk)
    table = module.embeddings_table.detach()
    for i in range(lq):
        for j in range(lk):
            row = min(max(j - i, -K), K) + K
            assert torch.equal(out[i, j], table[row])
    out.sum().backward()
    assert module.embeddings_table.grad is not None
