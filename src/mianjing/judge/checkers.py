"""Comparison rules. A checker knows one way of deciding whether an output is right.

A checker is a callable ``check(got, expected, case) -> None`` that raises :class:`Mismatch`
with a message a candidate can act on. Checkers run in the judge's own process on decoded
plain data (numpy arrays, :class:`~mianjing.judge.codec.Tensor`, Python values); they know
nothing of processes or problems.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from mianjing.judge.codec import Tensor
from mianjing.judge.describe import describe

Checker = Callable[[Any, Any, Any], None]


class Mismatch(AssertionError):
    """The output is wrong; the message says how."""


def _kind_name(value: Any) -> str:
    if isinstance(value, Tensor):
        return f"torch.Tensor ({value.dtype})"
    if isinstance(value, np.ndarray):
        return f"numpy.ndarray ({value.dtype})"
    return type(value).__name__


def _index_str(index: tuple[int, ...]) -> str:
    return "[" + ", ".join(str(i) for i in index) + "]" if index else "(scalar)"


def _compare_arrays(got: np.ndarray, exp: np.ndarray, rtol: float, atol: float, where: str,
                    equal_nan: bool) -> None:
    if got.shape != exp.shape:
        raise Mismatch(f"{where}shape {tuple(got.shape)}, expected {tuple(exp.shape)}")
    if exp.size == 0:
        return
    if exp.dtype.kind == "b" or got.dtype.kind == "b":
        bad = np.argwhere(got != exp)
        if bad.size:
            idx = tuple(int(i) for i in bad[0])
            raise Mismatch(f"{where}{len(bad)} of {exp.size} entries differ; first at "
                           f"{_index_str(idx)}: expected {exp[idx]}, got {got[idx]}")
        return
    g = got.astype(np.complex128 if np.iscomplexobj(got) else np.float64, copy=False)
    e = exp.astype(np.complex128 if np.iscomplexobj(exp) else np.float64, copy=False)
    # The common case first, in few passes: every entry within tolerance of a finite
    # expected value. A NaN or infinite output fails this comparison and takes the long way
    # below, which says what is wrong.
    if np.isfinite(e).all() and (np.abs(g - e) <= atol + rtol * np.abs(e)).all():
        return
    g_nan, e_nan = np.isnan(g), np.isnan(e)
    if g_nan.any() and not (equal_nan and np.array_equal(g_nan, e_nan)):
        idx = tuple(int(i) for i in np.argwhere(g_nan & ~e_nan)[0]) if (g_nan & ~e_nan).any() \
            else tuple(int(i) for i in np.argwhere(g_nan)[0])
        raise Mismatch(f"{where}NaN at {_index_str(idx)} (expected {e[idx]}); "
                       f"{int(g_nan.sum())} NaN entries in total — overflow or 0/0?")
    g_inf, e_inf = np.isinf(g), np.isinf(e)
    if (g_inf != e_inf).any() or (g_inf & (g != e)).any():
        idx = tuple(int(i) for i in np.argwhere((g_inf != e_inf) | (g_inf & (g != e)))[0])
        raise Mismatch(f"{where}infinite value mismatch at {_index_str(idx)}: "
                       f"expected {e[idx]}, got {g[idx]}")
    finite = ~(e_nan | e_inf)
    with np.errstate(invalid="ignore", over="ignore"):  # inf - inf where both are infinite
        diff = np.where(finite, np.abs(g - e), 0.0)
    allowed = atol + rtol * np.abs(np.where(finite, e, 0.0))
    bad = diff > allowed
    if bad.any():
        abs_err = float(diff.max())
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.where(np.abs(e) > 0, diff / np.abs(np.where(finite, e, 1.0)), np.inf)
        rel_err = float(np.max(np.where(finite, rel, 0.0)))
        idx = tuple(int(i) for i in np.unravel_index(int(np.argmax(diff - allowed)), diff.shape))
        raise Mismatch(
            f"{where}{int(bad.sum())} of {exp.size} entries outside tolerance "
            f"(rtol={rtol:g}, atol={atol:g}); worst at {_index_str(idx)}: expected "
            f"{e[idx]:.8g}, got {g[idx]:.8g}; max abs error {abs_err:.3g}, "
            f"max rel error {rel_err:.3g}"
        )


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, complex, np.number)) and not isinstance(value, bool)


def allclose(rtol: float = 1e-6, atol: float = 1e-8, *, dtype: str = "exact",
             equal_nan: bool = False) -> Checker:
    """Numerical comparison of (nested) arrays, tensors and numbers.

    ``dtype``: ``"exact"`` (same dtype), ``"kind"`` (both float, both int, ...) or ``"any"``.
    Tensors must come back as tensors and arrays as arrays: an interview answer that returns
    the wrong container type would not run in the caller's code either.
    """
    if dtype not in ("exact", "kind", "any"):
        raise ValueError(f"dtype mode {dtype!r}")

    def check_dtype(got: Any, exp: Any, where: str) -> None:
        gd = got.dtype if not isinstance(got, Tensor) else got.dtype
        ed = exp.dtype if not isinstance(exp, Tensor) else exp.dtype
        if dtype == "exact" and str(gd) != str(ed):
            raise Mismatch(f"{where}dtype {gd}, expected {ed}")
        if dtype == "kind":
            gk = got.array.dtype.kind if isinstance(got, Tensor) else got.dtype.kind
            ek = exp.array.dtype.kind if isinstance(exp, Tensor) else exp.dtype.kind
            if gk != ek and {gk, ek} != {"i", "u"}:
                raise Mismatch(f"{where}dtype {gd}, expected a dtype like {ed}")

    def compare(got: Any, exp: Any, where: str) -> None:
        if isinstance(exp, Tensor):
            if not isinstance(got, Tensor):
                raise Mismatch(f"{where}expected a torch.Tensor, got {_kind_name(got)}")
            check_dtype(got, exp, where)
            _compare_arrays(got.array, exp.array, rtol, atol, where, equal_nan)
        elif isinstance(exp, np.ndarray):
            if not isinstance(got, np.ndarray):
                raise Mismatch(f"{where}expected a numpy.ndarray, got {_kind_name(got)}")
            check_dtype(got, exp, where)
            _compare_arrays(got, exp, rtol, atol, where, equal_nan)
        elif isinstance(exp, (tuple, list)):
            if not isinstance(got, (tuple, list)) or (
                isinstance(exp, tuple) != isinstance(got, tuple) and dtype == "exact"
            ):
                raise Mismatch(f"{where}expected a {type(exp).__name__} of {len(exp)} items, "
                               f"got {_kind_name(got)}")
            if len(got) != len(exp):
                raise Mismatch(f"{where}expected {len(exp)} items, got {len(got)}")
            for i, (g, e) in enumerate(zip(got, exp, strict=True)):
                compare(g, e, f"{where}[{i}] ")
        elif isinstance(exp, dict):
            if not isinstance(got, dict):
                raise Mismatch(f"{where}expected a dict, got {_kind_name(got)}")
            if set(got) != set(exp):
                raise Mismatch(f"{where}keys {sorted(map(str, got))}, expected "
                               f"{sorted(map(str, exp))}")
            for key in exp:
                compare(got[key], exp[key], f"{where}[{key!r}] ")
        elif isinstance(exp, bool) or exp is None or isinstance(exp, str):
            if got != exp or type(got) is not type(exp):
                raise Mismatch(f"{where}expected {exp!r}, got {describe(got)}")
        elif _is_number(exp):
            if isinstance(got, (np.ndarray, Tensor)) and np.asarray(
                    got.array if isinstance(got, Tensor) else got).shape == ():
                got = (got.array if isinstance(got, Tensor) else got)[()]
            if not _is_number(got):
                raise Mismatch(f"{where}expected a number, got {_kind_name(got)}")
            if isinstance(exp, (int, np.integer)) and dtype != "any" and not isinstance(
                    got, (int, np.integer)):
                raise Mismatch(f"{where}expected an integer, got {describe(got)}")
            _compare_arrays(np.asarray(got), np.asarray(exp), rtol, atol, where, equal_nan)
        else:
            raise Mismatch(f"{where}cannot compare {_kind_name(got)} with {_kind_name(exp)}")

    def check(got: Any, expected: Any, case: Any = None) -> None:
        compare(got, expected, "")

    return check


def exact() -> Checker:
    """Equality of plain values (ints, strings, lists, dicts), with type-aware messages."""

    def compare(got: Any, exp: Any, where: str) -> None:
        if isinstance(exp, (list, tuple)) and isinstance(got, (list, tuple)):
            if len(got) != len(exp):
                raise Mismatch(f"{where}expected {len(exp)} items, got {len(got)}: "
                               f"expected {describe(exp)}, got {describe(got)}")
            for i, (g, e) in enumerate(zip(got, exp, strict=True)):
                compare(g, e, f"{where}[{i}] ")
            return
        if isinstance(exp, dict) and isinstance(got, dict):
            missing = [k for k in exp if k not in got]
            extra = [k for k in got if k not in exp]
            if missing or extra:
                raise Mismatch(f"{where}missing keys {missing[:5]}, unexpected keys {extra[:5]}")
            for key in exp:
                compare(got[key], exp[key], f"{where}[{key!r}] ")
            return
        if isinstance(exp, np.ndarray) or isinstance(got, np.ndarray):
            if not (isinstance(exp, np.ndarray) and isinstance(got, np.ndarray)
                    and exp.shape == got.shape and np.array_equal(exp, got)):
                raise Mismatch(f"{where}expected {describe(exp)}, got {describe(got)}")
            return
        if isinstance(exp, (int, np.integer)) and not isinstance(exp, bool):
            same_type = isinstance(got, (int, np.integer)) and not isinstance(got, bool)
        elif isinstance(exp, (float, np.floating)):
            same_type = isinstance(got, (float, np.floating))
        else:
            same_type = type(got) is type(exp)
        if not same_type or got != exp:
            raise Mismatch(f"{where}expected {describe(exp)}, got {describe(got)}")

    def check(got: Any, expected: Any, case: Any = None) -> None:
        compare(got, expected, "")

    return check


def unordered(inner: Checker | None = None) -> Checker:
    """The same items in any order (e.g. all permutations, all islands)."""
    inner = inner or exact()

    def key(value: Any) -> str:
        return repr(value)

    def check(got: Any, expected: Any, case: Any = None) -> None:
        if not isinstance(got, (list, tuple)):
            raise Mismatch(f"expected a list, got {_kind_name(got)}")
        if len(got) != len(expected):
            raise Mismatch(f"expected {len(expected)} items, got {len(got)}")
        inner(sorted(got, key=key), sorted(expected, key=key), case)

    return check


def chi_square(expected_probs: Callable[[Any, Any], Sequence[float]], *, alpha: float = 1e-4,
               support_only: bool = True) -> Checker:
    """Goodness of fit of sampled counts against probabilities.

    ``got`` must be an array of counts per outcome; ``expected_probs(expected, case)`` returns
    the target distribution. Outcomes with zero probability must never be drawn. The tiny
    ``alpha`` keeps a correct sampler from failing (about once in ten thousand runs) while
    a sampler off by a few percent on any common token fails almost surely at the case sizes
    the tests use.
    """
    from scipy import stats

    def check(got: Any, expected: Any, case: Any = None) -> None:
        counts = np.asarray(got, dtype=np.float64)
        probs = np.asarray(expected_probs(expected, case), dtype=np.float64)
        if counts.shape != probs.shape:
            raise Mismatch(f"counts shape {counts.shape}, expected {probs.shape}")
        n = counts.sum()
        impossible = (probs <= 0) & (counts > 0)
        if support_only and impossible.any():
            idx = int(np.argmax(impossible))
            raise Mismatch(f"outcome {idx} has probability 0 but was drawn {int(counts[idx])} "
                           f"times")
        keep = probs > 0
        exp_counts = probs[keep] * n
        stat = float(np.sum((counts[keep] - exp_counts) ** 2 / exp_counts))
        dof = max(int(keep.sum()) - 1, 1)
        p_value = float(stats.chi2.sf(stat, dof))
        if p_value < alpha:
            worst = int(np.argmax(np.abs(counts - probs * n)))
            raise Mismatch(
                f"samples do not follow the target distribution (chi-square {stat:.1f}, "
                f"dof {dof}, p={p_value:.2e}); outcome {worst}: drawn {int(counts[worst])} "
                f"of {int(n)} times, expected about {probs[worst] * n:.0f}"
            )

    return check


def all_of(*checkers: Checker) -> Checker:
    def check(got: Any, expected: Any, case: Any = None) -> None:
        for checker in checkers:
            checker(got, expected, case)

    return check

