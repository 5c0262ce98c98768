import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-11)
TIME_FACTOR = 8.0


def _rnn(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Independent statement of torch.nn.RNN (tanh, one layer, batch_first=False)."""
    hs, h = [], h0
    for x_t in x:
        h = np.tanh(np.einsum("hi,ni->nh", W_ih, x_t) + b_ih
                    + np.einsum("hk,nk->nh", W_hh, h) + b_hh)
        hs.append(h)
    return np.array(hs), h


def _random(rng, seq_len, batch, h_in, hidden, h0_zero=False):
    s = 1 / np.sqrt(hidden)
    return (rng.standard_normal((seq_len, batch, h_in)),
            np.zeros((batch, hidden)) if h0_zero else rng.standard_normal((batch, hidden)) * 0.5,
            rng.uniform(-s, s, (hidden, h_in)), rng.uniform(-s, s, (hidden, hidden)),
            rng.uniform(-s, s, hidden), rng.uniform(-s, s, hidden))


def _case(name, args, guards=""):
    return Case(name, args, expected=_rnn(*args), guards=guards)


def cases(rng):
    x = np.array([[[1.0]], [[-1.0]]])
    yield Case("hand_worked", (x, np.zeros((1, 1)), np.array([[1.0]]), np.array([[0.5]]),
                               np.zeros(1), np.zeros(1)),
               expected=(np.array([[[0.7615941559557649]], [[-0.5505728129179853]]]),
                         np.array([[-0.5505728129179853]])),
               guards="h1 = tanh(1); h2 = tanh(-1 + 0.5 * h1); h_n is the last step")
    yield _case("random", _random(rng, 5, 3, 4, 6),
                guards="outputs (L, N, H) hold every step; h_n (N, H) is the last one")
    yield _case("square_weights_transpose", _random(rng, 4, 2, 5, 5),
                guards="x_t @ W_ih.T and h @ W_hh.T: with H_in == H a missing transpose "
                       "runs but is wrong")
    args = list(_random(rng, 3, 4, 3, 4))
    args[5] = rng.uniform(1.0, 2.0, 4)
    yield _case("both_biases", tuple(args), guards="b_ih and b_hh are both added")
    yield _case("nonzero_initial_state", _random(rng, 2, 3, 2, 3),
                guards="the recurrence starts from h0, not from zeros")
    yield _case("zero_initial_state", _random(rng, 6, 2, 3, 4, h0_zero=True))
    yield _case("single_step", _random(rng, 1, 5, 3, 2))
    yield _case("long_sequence_batch_one", _random(rng, 40, 1, 2, 3),
                guards="h_n is the hidden state after the last step")
    big = list(_random(rng, 5, 3, 4, 6))
    big[0] = big[0] * 50
    yield _case("saturating_inputs", tuple(big),
                guards="tanh (not ReLU): hidden values stay in (-1, 1)")
    L, N, H_IN, H = 5, 65536, 2, 4
    yield Case("large_batch_vectorised",
               (Generated("normal", (L, N, H_IN), seed=1), Generated("normal", (N, H), seed=2),
                Generated("uniform", (H, H_IN), seed=3, params={"low": -0.2, "high": 0.2}),
                Generated("uniform", (H, H), seed=4, params={"low": -0.2, "high": 0.2}),
                Generated("uniform", (H,), seed=5, params={"low": -0.2, "high": 0.2}),
                Generated("uniform", (H,), seed=6, params={"low": -0.2, "high": 0.2})),
               probe="stacked", timed=True, digest=True,
               guards="loop over time only; the whole batch is one matrix product per step")
