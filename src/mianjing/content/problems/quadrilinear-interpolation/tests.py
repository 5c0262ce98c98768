import itertools

import numpy as np

from mianjing.judge import checkers
from mianjing.judge.testkit import Case, Generated, tensor

COMPARE = checkers.allclose(rtol=1e-9, atol=1e-10)
COMPARE_F32 = checkers.allclose(rtol=1e-5, atol=1e-5)


def interpolate_loop(grid, coords):
    """Straightforward per-point loop: clamp, then sum the 16 corners with product weights."""
    sizes = grid.shape[1:]
    out = np.zeros((len(coords), grid.shape[0]))
    for n, point in enumerate(coords):
        lo, hi, frac = [], [], []
        for d in range(4):
            x = min(max(float(point[d]), 0.0), sizes[d] - 1.0)
            i = int(np.floor(x))
            lo.append(i)
            hi.append(min(i + 1, sizes[d] - 1))
            frac.append(x - i)
        for corner in itertools.product((0, 1), repeat=4):
            weight, index = 1.0, []
            for d, bit in enumerate(corner):
                weight *= frac[d] if bit else 1.0 - frac[d]
                index.append(hi[d] if bit else lo[d])
            out[n] += weight * grid[(slice(None), *index)]
    return out


def linear_grid(sizes, a, b):
    """grid[c, i, j, k, l] = a[c] . (i, j, k, l) + b[c]: interpolation must reproduce it."""
    idx = np.stack(np.meshgrid(*[np.arange(s) for s in sizes], indexing="ij"), axis=-1)
    return np.moveaxis(idx @ a.T + b, -1, 0)


def cases(rng):
    grid = linear_grid((2, 2, 2, 2), np.array([[1.0, 2.0, 4.0, 8.0]]), np.zeros(1))
    pts = np.array([[0.5, 0.25, 1.0, 0.0], [-1.0, 3.0, 0.5, 0.5], [1.0, 1.0, 1.0, 1.0]])
    yield Case("hand_worked", (grid, pts), expected=tensor(np.array([[5.0], [8.0], [15.0]])),
               guards="weights (1 - f) on the lower node and f on the upper node, per axis; "
                      "coordinates outside [0, D - 1] clamped to the border")

    sizes = (3, 5, 4, 6)
    g = rng.standard_normal((2, *sizes))
    nodes = np.stack([rng.integers(0, s, 12) for s in sizes], axis=1).astype(np.float64)
    yield Case("integer_coords_hit_grid_nodes", (g, nodes),
               expected=tensor(g[:, nodes[:, 0].astype(int), nodes[:, 1].astype(int),
                                 nodes[:, 2].astype(int), nodes[:, 3].astype(int)].T),
               guards="coords[:, 0] indexes D1, ..., coords[:, 3] indexes D4 (not the "
                      "reversed x, y, z order of grid_sample)")
    upper = np.array([[2.0, 4.0, 3.0, 5.0], [2.0, 1.5, 3.0, 0.5], [0.0, 4.0, 0.2, 5.0]])
    yield Case("upper_border_exactly", (g, upper), expected=tensor(interpolate_loop(g, upper)),
               guards="at x = D - 1 the upper neighbour index must be clamped to D - 1")
    outside = rng.uniform(-3.0, 9.0, (20, 4))
    yield Case("outside_points_clamped", (g, outside),
               expected=tensor(interpolate_loop(g, outside)),
               guards="border clamp: negative coords must not wrap around to index -1")

    flat = rng.standard_normal((3, 4, 1, 5, 2))
    pts = rng.uniform(-0.5, 5.0, (15, 4))
    yield Case("axis_of_size_one", (flat, pts), expected=tensor(interpolate_loop(flat, pts)),
               guards="a dimension of size 1 has only one node")

    a, b = rng.standard_normal((4, 4)), rng.standard_normal(4)
    sizes = (6, 7, 5, 8)
    lin = linear_grid(sizes, a, b)
    pts = rng.uniform(-1.0, 9.0, (300, 4))
    clamped = np.clip(pts, 0, np.array(sizes) - 1.0)
    yield Case("linear_field_reproduced", (lin, pts), expected=tensor(clamped @ a.T + b),
               guards="multilinear interpolation is exact on a linear field")

    for i in range(2):
        sizes = tuple(int(s) for s in rng.integers(2, 7, 4))
        gi = rng.standard_normal((int(rng.integers(1, 5)), *sizes))
        ptsi = rng.uniform(-0.5, max(sizes), (40, 4))
        yield Case(f"random_{i}", (gi, ptsi), expected=tensor(interpolate_loop(gi, ptsi)))

    g32 = rng.standard_normal((4, 5, 5, 5, 5))
    p32 = rng.uniform(0, 4, (50, 4))
    yield Case("float32", (g32.astype(np.float32), p32.astype(np.float32)),
               expected=tensor(interpolate_loop(g32.astype(np.float32), p32.astype(np.float32))
                               .astype(np.float32)),
               check=COMPARE_F32, guards="output dtype follows the grid (float32)")

    yield Case("many_points_vectorised",
               (Generated("normal", (4, 8, 8, 8, 8), seed=11),
                Generated("uniform", (200_000, 4), seed=12, params={"low": -1.0, "high": 8.0})),
               probe="interpolate", timed=True, digest=True,
               guards="all N points at once (16 gathers), not a Python loop over the points")
