"""Finding this process's number for a process that a pid namespace knows by another number.

bubblewrap runs the zygote in its own pid namespace, so the pid a zygote reports for a child
means nothing out here. With the outer pid the judge can read the child's CPU clock itself,
a system call instead of a round trip through the zygote. Everything here is best effort:
``None`` means "ask the zygote".
"""

from __future__ import annotations

import contextlib


def process_cpu_clock(pid: int) -> int:
    """clock_getcpuclockid(pid) as the kernel encodes it: CPUCLOCK_SCHED of the whole process
    (all its threads, also those that ended)."""
    return ((~pid) << 3) | 2


def _known_as(pid: int, inner_pid: int) -> bool:
    numbers = namespace_pids(pid)
    return bool(numbers) and numbers[-1] == inner_pid


def namespace_pids(pid: int) -> list[int]:
    """The process's pid in each nested namespace, outermost (ours) first."""
    with contextlib.suppress(OSError, ValueError), open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("NSpid:"):
                return [int(p) for p in line.split()[1:]]
    return []


def children(pid: int) -> list[int]:
    """Children of the process's main thread (the one that forks, in a zygote)."""
    with contextlib.suppress(OSError, ValueError), \
            open(f"/proc/{pid}/task/{pid}/children") as fh:
        return [int(p) for p in fh.read().split()]
    return []


def find_descendant(root: int, inner_pid: int, max_depth: int = 3) -> int | None:
    """The outer pid of the descendant of ``root`` (itself included) that its own namespace
    calls ``inner_pid``."""
    frontier = [root]
    for _ in range(max_depth + 1):
        following = []
        for pid in frontier:
            if _known_as(pid, inner_pid):
                return pid
            following.extend(children(pid))
        frontier = following
    return None


def find_child(parent: int, inner_pid: int) -> int | None:
    """The outer pid of ``parent``'s child known as ``inner_pid`` inside the namespace."""
    return next((pid for pid in children(parent) if _known_as(pid, inner_pid)), None)
