import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-11)
TIME_FACTOR = 8.0


def _lstm(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Independent statement of torch.nn.LSTM (one layer, gates i, f, g, o)."""
    H = h0.shape[1]
    W_i, W_f, W_g, W_o = np.split(W_ih, 4)
    U_i, U_f, U_g, U_o = np.split(W_hh, 4)
    b = b_ih + b_hh
    b_i, b_f, b_g, b_o = b[:H], b[H:2 * H], b[2 * H:3 * H], b[3 * H:]

    def sig(z):
        with np.errstate(over="ignore"):
            return 1.0 / (1.0 + np.exp(-z))

    h, c, hs = h0, c0, []
    for x_t in x:
        i = sig(x_t @ W_i.T + h @ U_i.T + b_i)
        f = sig(x_t @ W_f.T + h @ U_f.T + b_f)
        g = np.tanh(x_t @ W_g.T + h @ U_g.T + b_g)
        o = sig(x_t @ W_o.T + h @ U_o.T + b_o)
        c = f * c + i * g
        h = o * np.tanh(c)
        hs.append(h)
    return np.array(hs), (h, c)


def _random(rng, seq_len, batch, h_in, hidden):
    s = 1 / np.sqrt(hidden)
    return (rng.standard_normal((seq_len, batch, h_in)), rng.standard_normal((batch, hidden)) * 0.5,
            rng.standard_normal((batch, hidden)), rng.uniform(-s, s, (4 * hidden, h_in)),
            rng.uniform(-s, s, (4 * hidden, hidden)), rng.uniform(-s, s, 4 * hidden),
            rng.uniform(-s, s, 4 * hidden))


def _case(name, args, guards=""):
    return Case(name, args, expected=_lstm(*args), guards=guards)


def cases(rng):
    # One unit, zero weights: the gates are the sigmoids/tanh of the biases alone.
    b_ih = np.array([np.log(3.0), 0.0, np.arctanh(0.5), 0.0])   # i = 3/4, f = 1/2, g = 1/2, o = 1/2
    yield Case("hand_worked", (np.zeros((1, 1, 1)), np.zeros((1, 1)), np.ones((1, 1)),
                               np.zeros((4, 1)), np.zeros((4, 1)), b_ih, np.zeros(4)),
               expected=(np.array([[[0.3519528019683105]]]),
                         (np.array([[0.3519528019683105]]), np.array([[0.875]]))),
               guards="c = f * c0 + i * g = 0.5 + 0.375; h = o * tanh(c); gate order i, f, g, o")
    yield _case("random", _random(rng, 5, 3, 4, 6),
                guards="outputs (L, N, H) hold every h_t; returns (outputs, (h_n, c_n))")
    yield _case("gate_order_distinct_biases", _random(rng, 3, 2, 3, 4)[:5]
                + (np.repeat([1.5, -1.0, 0.8, -2.0], 4), np.zeros(16)),
                guards="rows of W and b are stacked as [input, forget, cell (g), output]")
    yield _case("square_weights_transpose", _random(rng, 4, 2, 5, 5),
                guards="x_t @ W_ih.T: a missing transpose only runs when shapes happen to fit")
    args = list(_random(rng, 3, 3, 2, 3))
    args[6] = rng.uniform(1.0, 2.0, 12)
    yield _case("both_biases", tuple(args), guards="b_ih and b_hh are both added")
    big_c = list(_random(rng, 2, 2, 3, 4))
    big_c[2] = big_c[2] * 10
    yield _case("large_cell_state", tuple(big_c),
                guards="h = o * tanh(c), and c_n is returned without tanh")
    yield _case("single_step", _random(rng, 1, 4, 3, 2))
    yield _case("long_sequence", _random(rng, 30, 2, 2, 3),
                guards="h_n, c_n are the states after the last step")
    sat = list(_random(rng, 4, 2, 3, 4))
    sat[0] = sat[0] * 40
    yield _case("saturated_gates", tuple(sat),
                guards="large pre-activations: gates saturate at 0 or 1, every value stays "
                      "finite")
    L, N, H_IN, H = 5, 32768, 2, 4
    u = {"low": -0.4, "high": 0.4}
    yield Case("large_batch_vectorised",
               (Generated("normal", (L, N, H_IN), seed=1), Generated("normal", (N, H), seed=2),
                Generated("normal", (N, H), seed=3),
                Generated("uniform", (4 * H, H_IN), seed=4, params=u),
                Generated("uniform", (4 * H, H), seed=5, params=u),
                Generated("uniform", (4 * H,), seed=6, params=u),
                Generated("uniform", (4 * H,), seed=7, params=u)),
               probe="stacked", timed=True, digest=True,
               guards="loop over time only; the whole batch and all four gates are one matrix "
                      "product per step")
