import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated, tensor

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-12)
COMPARE_F32 = checkers.allclose(rtol=1e-5, atol=1e-6)


def vq_numpy(weight, z, beta=0.25):
    """Independent forward pass: nearest code by squared distance, loss = (1 + beta) * MSE."""
    flat = z.reshape(-1, z.shape[-1])
    idx = np.argmin(((flat[:, None, :] - weight[None]) ** 2).sum(-1), axis=1)
    z_q = weight[idx].reshape(z.shape)
    loss = (1 + beta) * np.mean((z_q - z) ** 2)
    return z_q, loss, idx.reshape(z.shape[:-1])


def forward_expected(weight, z, beta=0.25):
    z_q, loss, idx = vq_numpy(weight, z, beta)
    return (tensor(z_q.astype(z.dtype)), tensor(np.asarray(loss, dtype=z.dtype)),
            tensor(idx.astype(np.int64)))


def gradients_expected(weight, z, upstream, beta=0.25):
    """Straight-through: z receives the upstream gradient unchanged and the codebook nothing;
    the loss sends beta * 2 (z - e) / n to z and 2 (e - z) / n to the chosen codes."""
    z_q, _, idx = vq_numpy(weight, z, beta)
    n = z.size
    grad_codebook = np.zeros_like(weight)
    np.add.at(grad_codebook, idx.reshape(-1), (2 * (z_q - z) / n).reshape(-1, z.shape[-1]))
    return {"through_z_q_z": tensor(upstream),
            "through_z_q_codebook": tensor(np.zeros_like(weight)),
            "through_loss_z": tensor(beta * 2 * (z - z_q) / n),
            "through_loss_codebook": tensor(grad_codebook)}


def _codebook(rng, num_codes, dim):
    # codes of clearly different norms: a dot-product "nearest" code is then often wrong
    return rng.standard_normal((num_codes, dim)) * rng.uniform(0.3, 3.0, (num_codes, 1))


def cases(rng):
    weight = np.array([[0.0, 0.0], [1.0, 1.0], [-1.0, 2.0]])
    z = np.array([[[0.9, 0.8], [-0.2, 0.1], [-1.0, 1.5]]])
    yield Case("hand_worked", (weight, z), probe="forward",
               expected=(tensor(weight[[1, 0, 2]][None]), tensor(np.float64(1.25 * 0.35 / 6)),
                         tensor(np.array([[1, 0, 2]]))),
               guards="nearest code by L2 distance; loss = MSE(e, sg z) + 0.25 MSE(z, sg e)")
    yield Case("hand_worked_beta", (weight, z), {"beta": 1.0}, probe="forward",
               expected=forward_expected(weight, z, 1.0))

    for i, (shape, k) in enumerate([((2, 7, 4), 10), ((3, 5, 16), 32)]):
        w = _codebook(rng, k, shape[-1])
        zi = rng.standard_normal(shape) * 1.5
        yield Case(f"random_forward_{i}", (w, zi), probe="forward",
                   expected=forward_expected(w, zi),
                   guards="L2 nearest code, not the largest dot product z . e")
    w = _codebook(rng, 12, 3)
    z4 = rng.standard_normal((2, 4, 5, 3))
    yield Case("image_latent_b_h_w_dim", (w, z4), probe="forward",
               expected=forward_expected(w, z4),
               guards="any leading dims (..., dim): indices have shape z.shape[:-1]")

    w = _codebook(rng, 8, 6)
    zg = rng.standard_normal((2, 9, 6))
    up = rng.standard_normal((2, 9, 6))
    yield Case("straight_through_and_loss_gradients", (w, zg, up), probe="gradients",
               expected=gradients_expected(w, zg, up),
               guards="z_q = z + (z_q - z).detach(): z gets the upstream gradient as is; the "
                      "codebook is trained only by the codebook term, the encoder by beta * "
                      "commitment (stop-gradients on the right side of each term)")
    yield Case("gradients_beta_half", (w, zg, up), {"beta": 0.5}, probe="gradients",
               expected=gradients_expected(w, zg, up, 0.5))

    w32 = (np.eye(4) * 4.0).astype(np.float32)
    z32 = (w32[rng.integers(0, 4, (3, 6))] + rng.standard_normal((3, 6, 4)) * 0.3)
    z32 = z32.astype(np.float32)
    yield Case("float32", (w32, z32), probe="forward", expected=forward_expected(w32, z32),
               check=COMPARE_F32, guards="float32 codebook and input stay float32")

    yield Case("many_vectors_vectorised",
               (Generated("normal", (16, 4), seed=3, params={"scale": 1.5}),
                Generated("normal", (100, 1000, 4), seed=4)),
               probe="forward", timed=True, digest=True, time_factor=10.0,
               guards="distances to all codes as one (M, K) matrix, not a Python loop over "
                      "the M vectors")
