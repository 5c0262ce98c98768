import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated, tensor

COMPARE = checkers.allclose(rtol=1e-6, atol=1e-9)
COMPARE_F32 = checkers.allclose(rtol=1e-4, atol=1e-5)
# fingerprints of long float32 outputs: sums over thousands of entries in float32
COMPARE_DIGEST = checkers.allclose(rtol=2e-3, atol=2e-3, dtype="any")


def _exact(q, k, v, causal=False):
    """Independent NumPy formula with the whole score matrix (small inputs only)."""
    s = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        Lq, Lk = s.shape[-2:]
        s = np.where(np.tril(np.ones((Lq, Lk), dtype=bool)), s, -np.inf)
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    return (p / p.sum(axis=-1, keepdims=True)) @ v


def _case(name, q, k, v, causal=False, block_size=64, guards="", check=None):
    return Case(name, (q, k, v), {"causal": causal, "block_size": block_size},
                expected=tensor(_exact(q, k, v, causal).astype(q.dtype)), guards=guards,
                check=check, show_input=q.size <= 64)


def cases(rng):
    # The statement's example: one query, four keys in two tiles of two.
    q = np.array([[[1.0]]])
    k = np.array([[[0.0], [1.0], [3.0], [2.0]]])
    v = np.array([[[1.0], [2.0], [3.0], [4.0]]])
    e = np.e
    yield Case("hand_worked_two_tiles", (q, k, v), {"block_size": 2},
               expected=tensor(np.array([[[(1 + 2 * e + 4 * e**2 + 3 * e**3)
                                           / (1 + e + e**2 + e**3)]]])),
               guards="when a later tile has a larger maximum, the running sum and the "
                      "accumulated output are both rescaled by exp(m_old - m_new)")

    def normal(*shape):
        return rng.standard_normal(shape)

    yield _case("random_multi_tile", normal(2, 3, 100, 16), normal(2, 3, 100, 16),
                normal(2, 3, 100, 16), block_size=32,
                guards="L = 100 is not a multiple of block_size: the last tile is partial")
    yield _case("cross_attention_lq_ne_lk", normal(2, 2, 37, 16), normal(2, 2, 91, 16),
                normal(2, 2, 91, 8), block_size=16, guards="Lq != Lk and dv != d")
    yield _case("causal_multi_tile", normal(2, 2, 70, 16), normal(2, 2, 70, 16),
                normal(2, 2, 70, 16), causal=True, block_size=16,
                guards="causal: query i sees keys 0..i; tiles on the diagonal are masked "
                       "inside, tiles above it are skipped")
    yield _case("causal_odd_block", normal(1, 1, 20, 8), normal(1, 1, 20, 8),
                normal(1, 1, 20, 8), causal=True, block_size=7,
                guards="causal mask when tile boundaries do not line up with the diagonal")
    yield _case("block_larger_than_sequence", normal(3, 5, 8), normal(3, 5, 8), normal(3, 5, 8),
                block_size=64, guards="inputs (B, L, d) without a head axis; one partial tile")
    yield _case("causal_single_token", normal(2, 1, 1, 4), normal(2, 1, 1, 4), normal(2, 1, 1, 4),
                causal=True, block_size=4)
    yield _case("large_scores", 20 * normal(1, 2, 48, 16), 20 * normal(1, 2, 48, 16),
                normal(1, 2, 48, 16), block_size=16,
                guards="scores in the hundreds: exp() overflows unless the running maximum "
                       "is subtracted")
    qf, kf, vf = (normal(2, 2, 40, 32).astype(np.float32) for _ in range(3))
    yield _case("float32", qf, kf, vf, causal=True, block_size=16, check=COMPARE_F32,
                guards="float32 in, float32 out")
    gate = np.zeros((1, 1, 64, 8))
    gate[..., 50, :] = 4.0     # one key far above the rest, found only in the last tiles
    yield _case("late_maximum", normal(1, 1, 64, 8) + 2.0, normal(1, 1, 64, 8) + gate,
                normal(1, 1, 64, 8), block_size=8,
                guards="the row maximum appears only in a late tile")

    # memory guards (memory_limit_mb = 192): a (L, L) float32 score matrix for L = 8192 is
    # 256 MB, and a (block_size, Lk) or (Lq, block_size) strip for 131072 positions is 256 MB
    f32 = {"dtype": "float32"}
    big = (1, 1, 8192, 64)
    for causal in (False, True):
        yield Case(f"long_sequence_{'causal' if causal else 'full'}",
                   tuple(Generated("normal", big, seed, f32) for seed in (1, 2, 3)),
                   {"causal": causal, "block_size": 512}, digest=True, check=COMPARE_DIGEST,
                   guards="L = 8192: the (L, L) score matrix does not fit in memory; "
                          "attention must be computed tile by tile")
    yield Case("long_keys_short_queries",
               (Generated("normal", (1, 1, 512, 16), 4, f32),
                Generated("normal", (1, 1, 131072, 16), 5, f32),
                Generated("normal", (1, 1, 131072, 16), 6, f32)),
               {"block_size": 512}, digest=True, check=COMPARE_DIGEST,
               guards="Lk = 131072: keys must be tiled too (online softmax over key tiles); "
                      "tiling only the queries still builds a (block_size, Lk) strip")
    yield Case("long_queries_short_keys",
               (Generated("normal", (1, 1, 131072, 16), 7, f32),
                Generated("normal", (1, 1, 512, 16), 8, f32),
                Generated("normal", (1, 1, 512, 16), 9, f32)),
               {"block_size": 512}, digest=True, check=COMPARE_DIGEST,
               guards="Lq = 131072: queries must be tiled too; tiling only the keys keeps an "
                      "(Lq, block_size) strip of scores")
