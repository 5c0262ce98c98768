"""Which CPU a child starts its work on.

Writing to a socket wakes the reader with a hint that the writer is about to sleep, and the
scheduler then tends to queue the reader on the writer's CPU. The judge does not sleep after
handing a child its job: it checks the source and the results that stream back. Measured on a
2-core VM, a child woken that way waited ~1 ms for the judge's static check to finish while
the other core stood idle. So, just before it sends work, the judge narrows the child's CPUs
to all but its own; the child widens them again itself once the work has arrived (it cannot
be kept off a core under load: another job may need that core).

Everything here is best effort: where a call is not available the child is simply not moved.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
from collections.abc import Iterator

_libc = None
with contextlib.suppress(OSError, AttributeError):
    _libc = ctypes.CDLL(None, use_errno=True)
    _libc.sched_getcpu.restype = ctypes.c_int


def judge_cpus() -> list[int]:
    """The CPUs this process may run on: a child's full set once its work has arrived."""
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return []


def current_cpu() -> int | None:
    if _libc is None:
        return None
    cpu = _libc.sched_getcpu()
    return cpu if cpu >= 0 else None


def keep_off_current_cpu(pid: int | None, cpus: list[int]) -> None:
    """Let process ``pid`` (a number in our pid namespace) run anywhere in ``cpus`` but on the
    CPU this thread is running on."""
    cpu = current_cpu()
    others = [c for c in cpus if c != cpu]
    if pid is None or cpu is None or not others:
        return
    with contextlib.suppress(OSError):
        os.sched_setaffinity(pid, others)


def widen(cpus: object) -> None:
    """In the child: run anywhere in ``cpus`` again (what the judge sent; ignored if odd)."""
    if isinstance(cpus, list) and cpus and all(isinstance(c, int) and c >= 0 for c in cpus):
        with contextlib.suppress(OSError, ValueError, OverflowError):
            os.sched_setaffinity(0, cpus)


@contextlib.contextmanager
def staying_on_this_cpu() -> Iterator[None]:
    """Pin the calling thread to the CPU it is on while it exchanges frames with a child.

    The child's writes wake this thread with the same hint, and it was then queued on the
    child's CPU behind the still-running child, reading each result only when the child
    had finished (measured: ~1.5 ms late on a 2-core VM). Pinned, it wakes where it is."""
    cpu = current_cpu()
    try:
        before = os.sched_getaffinity(0)
    except (AttributeError, OSError):
        before = set()
    if cpu is None or len(before) < 2 or cpu not in before:
        yield
        return
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError:
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, before)
