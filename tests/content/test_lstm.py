"""The lstm reference agrees with torch.nn.LSTM (one layer, sequence-first, gates i, f, g, o)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

PROBLEM = Path(__file__).resolve().parents[2] / "src/mianjing/content/problems/lstm"


def _reference():
    spec = importlib.util.spec_from_file_location("lstm_solution", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seq_len,batch,h_in,hidden,scale", [
    (5, 3, 4, 6, 1.0), (1, 2, 3, 3, 1.0), (12, 1, 2, 5, 1.0), (4, 2, 3, 4, 40.0)])
def test_reference_matches_torch_lstm(seq_len, batch, h_in, hidden, scale):
    torch.manual_seed(seq_len * 100 + hidden)
    lstm = torch.nn.LSTM(h_in, hidden).double()
    x = torch.randn(seq_len, batch, h_in, dtype=torch.float64) * scale
    h0 = torch.randn(1, batch, hidden, dtype=torch.float64)
    c0 = torch.randn(1, batch, hidden, dtype=torch.float64) * 3
    with torch.no_grad():
        out_t, (hn_t, cn_t) = lstm(x, (h0, c0))
    params = [getattr(lstm, n).detach().numpy()
              for n in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0")]
    outputs, (h_n, c_n) = _reference().lstm_forward(x.numpy(), h0[0].numpy(), c0[0].numpy(),
                                                    *params)
    np.testing.assert_allclose(outputs, out_t.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(h_n, hn_t[0].numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(c_n, cn_t[0].numpy(), rtol=1e-10, atol=1e-12)
