"""The rnn reference agrees with torch.nn.RNN (tanh, one layer, sequence-first)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/rnn"


def _reference():
    spec = importlib.util.spec_from_file_location("rnn_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seq_len,batch,h_in,hidden", [(5, 3, 4, 6), (1, 2, 3, 3), (12, 1, 2, 5),
                                                       (7, 4, 6, 2)])
def test_reference_matches_torch_rnn(seq_len, batch, h_in, hidden):
    torch.manual_seed(seq_len * 100 + hidden)
    rnn = torch.nn.RNN(h_in, hidden, nonlinearity="tanh").double()
    x = torch.randn(seq_len, batch, h_in, dtype=torch.float64)
    h0 = torch.randn(1, batch, hidden, dtype=torch.float64)
    with torch.no_grad():
        out_t, hn_t = rnn(x, h0)
    params = [getattr(rnn, n).detach().numpy()
              for n in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0")]
    outputs, h_n = _reference().rnn_forward(x.numpy(), h0[0].numpy(), *params)
    np.testing.assert_allclose(outputs, out_t.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(h_n, hn_t[0].numpy(), rtol=1e-10, atol=1e-12)
