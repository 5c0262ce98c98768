"""What a problem's hidden ``tests.py`` is written with.

A ``tests.py`` defines ``cases(rng)``, a generator of :class:`Case`, and may set ``COMPARE``
(the default checker, see :mod:`mianjing.judge.checkers`), ``TIME_FACTOR`` and
``TIME_FLOOR_MS`` (limits of timed cases: ``max(floor, factor × reference time)``).
Unless a case carries its own ``expected``, its expected value is whatever the reference
solution returns for the same inputs, computed in a separate sandboxed process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mianjing.judge.codec import Tensor, packb
from mianjing.judge.generated import Generated

__all__ = ["Case", "Generated", "tensor"]

_UNSET: Any = object()


@dataclass
class Case:
    """One test case.

    ``call`` names the submission's function (default: the problem's first entry point);
    ``probe`` instead names a harness function ``probe_<name>(submission, *args, **kwargs)``.
    ``guards`` says which mistake the case exists to catch; it is shown with a WA.
    ``timed`` makes it a complexity guard, timed by the judge from outside the sandbox.
    ``digest`` sends back a fingerprint of the output (see :func:`generated.digest`) instead
    of the output itself; use it with large :class:`Generated` inputs.
    """

    name: str
    args: tuple = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    call: str | None = None
    probe: str | None = None
    expected: Any = _UNSET
    check: Callable[[Any, Any, Any], None] | None = None
    guards: str = ""
    timed: bool = False
    time_factor: float | None = None
    time_floor_ms: float | None = None
    show_input: bool = True
    digest: bool = False
    # Encoded wire forms by default call: the reference and every submission judged on the
    # same seed send the same cases, so each is encoded once.
    _encoded: dict[str, bytes] = field(default_factory=dict, init=False, repr=False,
                                       compare=False)

    @property
    def has_expected(self) -> bool:
        return self.expected is not _UNSET

    def to_wire(self, default_call: str) -> dict[str, Any]:
        return {"name": self.name, "call": self.call or default_call, "probe": self.probe,
                "args": list(self.args), "kwargs": dict(self.kwargs), "digest": self.digest}

    def encoded_wire(self, default_call: str) -> bytes:
        """:meth:`to_wire`, encoded for the child (see :func:`codec.packb_list_of_encoded`)."""
        encoded = self._encoded.get(default_call)
        if encoded is None:
            encoded = self._encoded[default_call] = packb(self.to_wire(default_call))
        return encoded


def tensor(array: Any, dtype: str | None = None) -> Tensor:
    """An expected torch tensor built in NumPy (tests.py never imports torch).

    The torch dtype defaults to the one matching the array's dtype (float64 -> torch.float64).
    """
    arr = np.asarray(array)
    return Tensor(arr, dtype or f"torch.{arr.dtype.name}")
