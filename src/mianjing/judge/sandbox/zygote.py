"""The zygote: a process that imports a runtime once and forks locked-down children on demand.

It talks to the judge over a SOCK_SEQPACKET control socket:

* judge -> zygote: ``{"op": "fork", "id": N, "prefault": BYTES, "rehearse": BOOL}`` with one
  descriptor attached (the child's end of a fresh socketpair; the child touches that much
  heap, and with ``rehearse`` walks a job's path, before it waits for its job, see
  :func:`rehearse`), ``{"op": "kill", "id": N}``, ``{"op": "cpu", "id": N}``;
* zygote -> judge: ``{"op": "ready"}`` once, ``{"op": "forked", "id", "pid"}``,
  ``{"op": "exit", "id", "code", "signal", "maxrss_kb", "cpu_s"}`` when a child is reaped,
  ``{"op": "cpu", "id", "cpu_s"}``: the child's CPU time so far (all its threads, also those
  that ended), read from the kernel's per-process CPU clock. The child cannot forge it, which
  is what lets several timed cases share one child.

The zygote itself never receives submissions or expected outputs: children get their job
directly from the judge over their own socket.
"""

from __future__ import annotations

import contextlib
import gc
import os
import select
import shutil
import signal
import socket
import sys
import time

from mianjing.judge.codec import packb, unpackb
from mianjing.judge.sandbox.pids import process_cpu_clock

_MAX_ADDRESS_SPACE = 64 << 30
_MAX_CPU_SECONDS = 120
# Kept under glibc's mmap threshold (see isolation.py): the prefaulted block must be heap
# that later allocations reuse, not a mapping returned to the kernel when freed.
PREFAULT_CAP = 48 << 20


def preload(runtime: str) -> None:
    """Import what the runtime's submissions use, so each child starts warm (once, in the
    zygote: thread settings can only be made before torch's first parallel work)."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if runtime == "torch":
        import torch

        torch.set_num_threads(1)
        torch.set_num_interop_threads(1)
    exercise(runtime)


def exercise(runtime: str) -> None:
    """One small call of each common operation. In the zygote it initialises lazy state
    (numpy.random, ufunc and linalg dispatch, torch's dispatcher and allocator, the first
    optimizer import costs seconds) once for all children; in a waiting child it takes the
    page copies that a job's first calls would otherwise pay. Single-threaded, so forking
    stays safe. Repeatable."""
    import numpy as np

    from mianjing.judge.generated import Generated, digest

    # Every runtime builds generated inputs and digests with numpy.
    rng = np.random.default_rng(0)
    rng.standard_normal(8), rng.random(8), rng.integers(0, 10, 8), rng.permutation(8)
    digest(Generated("integers", (8,), seed=1, params={"low": 0, "high": 9},
                     as_list=True).materialize())
    digest(Generated("normal", (4, 4), seed=1).materialize())
    if runtime in ("numpy", "torch"):
        a = rng.standard_normal((4, 4))
        np.exp(a - a.max(axis=-1, keepdims=True)).sum(axis=-1)
        np.linalg.norm(a @ a.T), np.sort(a, axis=None), np.argsort(a[0])
        np.einsum("ij,jk->ik", a, a), np.where(a > 0, a, 0.0).mean(axis=0), np.var(a, axis=-1)
    if runtime == "torch":
        import torch

        x = torch.randn(4, 4, requires_grad=True)
        (torch.nn.functional.softmax(x @ x.T, dim=-1).sum()).backward()
        optimizer = torch.optim.Adam([x], lr=1e-3)
        optimizer.step()
        torch.nn.Linear(4, 4)(x).relu().mean().backward()
        # Attention-shaped work: batched matmul, masks, softmax over the last axis.
        q = torch.from_numpy(rng.standard_normal((2, 2, 3, 4)))
        scores = q @ q.transpose(-2, -1) / 2.0
        causal = torch.ones(3, 3, dtype=torch.bool).tril()
        weights = scores.masked_fill(~causal, float("-inf")).softmax(dim=-1)
        torch.where(causal, weights, torch.zeros(())).sum().item()
        torch.nn.functional.layer_norm(q.float(), (4,)).numpy()
        # A job's arguments become tensors and its tensors come back encoded.
        from mianjing.judge.codec import packb
        from mianjing.judge.runner import _to_runtime

        packb([weights, weights.float(), causal])
        packb(_to_runtime([a, a.astype(np.float32), a > 0, (a, 1)], runtime))


def _send(ctrl: socket.socket, msg: dict) -> None:
    with contextlib.suppress(OSError):
        ctrl.send(packb(msg))


def main(argv: list[str]) -> None:
    runtime, control_fd, workdir_root = argv[0], int(argv[1]), argv[2]
    ctrl = socket.socket(fileno=control_fd)
    preload(runtime)
    from mianjing.judge import runner
    from mianjing.judge.sandbox.lockdown import (
        CompiledSeccomp,
        LockdownPolicy,
        lock_down,
        seccomp_available,
        world_traversable,
    )

    code_paths = [sys.base_prefix, sys.prefix, os.path.dirname(os.path.dirname(runner.__file__))]
    policy = LockdownPolicy(max_address_space_bytes=_MAX_ADDRESS_SPACE,
                            max_cpu_seconds=_MAX_CPU_SECONDS,
                            use_seccomp=seccomp_available(),
                            drop_privileges=world_traversable(code_paths))
    compiled = None
    if policy.use_seccomp:
        with contextlib.suppress(Exception):  # children then build the filter themselves
            compiled = CompiledSeccomp()
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    children: dict[int, int] = {}  # pid -> job id
    pids: dict[int, int] = {}  # job id -> pid
    # Everything imported so far lives as long as the zygote: a child's garbage collector
    # need not walk it, and walking it would copy every page it touches (copy-on-write).
    gc.collect()
    gc.freeze()
    _send(ctrl, {"op": "ready", "pid": os.getpid(), "python": sys.version.split()[0],
                 "seccomp": policy.use_seccomp,
                 "drops_uid": policy.drop_privileges and os.getuid() == 0})

    while True:
        try:
            readable, _, _ = select.select([ctrl, wake_r], [], [])
        except InterruptedError:
            continue
        if wake_r in readable:
            try:
                while os.read(wake_r, 4096):
                    pass
            except BlockingIOError:
                pass
        _reap(ctrl, children, pids, workdir_root)
        if ctrl not in readable:
            continue
        try:
            data, fds, _flags, _addr = socket.recv_fds(ctrl, 65536, 1)
        except OSError:
            data, fds = b"", []
        if not data:
            break  # the judge went away: take every child with us
        msg = unpackb(data)
        if msg.get("op") == "fork" and fds:
            job_id = int(msg["id"])
            prefault = min(max(int(msg.get("prefault") or 0), 0), PREFAULT_CAP)
            walk = bool(msg.get("rehearse", True))
            pid = os.fork()
            if pid == 0:
                signal.set_wakeup_fd(-1)
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                os.close(wake_r)
                os.close(wake_w)
                ctrl.close()
                try:
                    missing = lock_down(fds[0], workdir_root, policy, compiled)
                except BaseException:  # noqa: BLE001
                    missing = ["lockdown"]
                if missing:
                    # Refuse to run untrusted code in a weaker sandbox than announced.
                    os._exit(70)
                with contextlib.suppress(Exception):  # an optimisation: never lose the child
                    rehearse(runtime, prefault, walk=walk)
                runner.child_main(fds[0])
            os.close(fds[0])
            children[pid] = job_id
            pids[job_id] = pid
            _send(ctrl, {"op": "forked", "id": job_id, "pid": pid})
        elif msg.get("op") == "prepare":
            from mianjing.judge import generated

            with contextlib.suppress(Exception):  # a bad spec must not take the zygote down
                generated.prepare(msg.get("specs") or [])
        elif msg.get("op") == "cpu":
            job_id = int(msg["id"])
            pid = pids.get(job_id)
            cpu_s = None
            if pid is not None:
                with contextlib.suppress(OSError):
                    cpu_s = time.clock_gettime(process_cpu_clock(pid))
            _send(ctrl, {"op": "cpu", "id": job_id, "cpu_s": cpu_s})
        elif msg.get("op") == "kill":
            pid = pids.get(int(msg["id"]))
            if pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        else:
            for fd in fds:
                os.close(fd)

    for pid in list(children):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    os._exit(0)


def rehearse(runtime: str, prefault_bytes: int, *, walk: bool = True) -> None:
    """In a fresh child, before its job arrives: touch what a job will touch.

    A forked child shares the zygote's memory until it writes to it, and a job writes all
    over it (reference counts of the objects it uses), each first write copying a page; its
    fresh allocations fault pages in as well. Running the runtime's common operations and the
    runner's own path once, and touching heap that is then freed for reuse, moves those costs
    to the moment the child waits in the pool, out of the verdict's time.

    Without ``walk`` only the heap is touched: fresh pages would otherwise fault inside the
    job's timed cases and count against them."""
    from mianjing.judge import runner

    if walk:
        exercise(runtime)
        runner.rehearse()
    if prefault_bytes > 0:
        scratch = bytearray(prefault_bytes)  # written (zeroed) in full: every page faulted in
        del scratch  # freed into glibc's heap, which keeps it (trim threshold, isolation.py)


def _reap(ctrl: socket.socket, children: dict[int, int], pids: dict[int, int], root: str) -> None:
    while children:
        try:
            pid, status, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        job_id = children.pop(pid, None)
        if job_id is None:
            continue
        pids.pop(job_id, None)
        shutil.rmtree(os.path.join(root, f"run-{pid}"), ignore_errors=True)
        _send(ctrl, {
            "op": "exit",
            "id": job_id,
            "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            "maxrss_kb": int(usage.ru_maxrss),
            "cpu_s": float(usage.ru_utime + usage.ru_stime),
        })
