"""Judge-side handles on zygotes and a warm pool of forked, locked-down children.

A :class:`WarmPool` keeps a few children of one runtime forked and waiting, so a submission
pays for a socket write instead of an interpreter start and ``import torch``. Each child runs
exactly one job and is discarded; a background thread refills the pool. A zygote that dies
(killed, or crashed by something a child did) is replaced on the next acquire.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import logging
import os
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mianjing.judge.codec import packb, unpackb
from mianjing.judge.protocol import FrameReader
from mianjing.judge.sandbox import pids, placement
from mianjing.judge.sandbox.isolation import SandboxMode, sandbox_env, select_mode, zygote_command
from mianjing.judge.sandbox.zygote import PREFAULT_CAP

log = logging.getLogger("mianjing.judge.sandbox")

RUNTIMES = ("python", "numpy", "torch")
_START_TIMEOUT_S = 120.0
_SOCKET_BUFFER = 4 << 20


class SandboxError(RuntimeError):
    """The sandbox could not start or lost a zygote."""


@dataclass
class ExitInfo:
    code: int | None
    signal: int | None
    maxrss_kb: int = 0
    cpu_s: float = 0.0


class HeapEstimate:
    """How much heap the next child should fault in while it waits: what recent jobs needed.

    A job's first touch of fresh memory costs a page fault per 4 KiB (slow in a VM); a child
    that touched the heap beforehand (see ``zygote.rehearse``) spares the verdict that. A
    child reports how much its resident anonymous memory grew during its job, beyond what it
    was given. Growth means the job needed more: the next children get it. A job that fitted
    only says "enough", so the estimate then decays by a quarter per child until a job
    needs more again. Children's reports are untrusted: at worst a child makes the next few
    prefault the capped maximum."""

    WINDOW = 8
    SLACK_KB = 1024

    def __init__(self, cap_bytes: int):
        self.cap_kb = cap_bytes // 1024
        self._recent: collections.deque[int] = collections.deque(maxlen=self.WINDOW)
        self._lock = threading.Lock()

    def next_bytes(self) -> int:
        with self._lock:
            return min(max(self._recent, default=0), self.cap_kb) * 1024

    def observe(self, given_bytes: int, grew_kb: int) -> None:
        given_kb = given_bytes // 1024
        needed = given_kb + grew_kb if grew_kb > self.SLACK_KB else given_kb * 3 // 4
        with self._lock:
            self._recent.append(min(max(needed, 0), self.cap_kb))


@dataclass
class Child:
    """One forked child: the judge's end of its socket and, once reaped, how it ended."""

    id: int
    sock: socket.socket
    zygote: Zygote
    pid: int | None = None
    exit: ExitInfo | None = None
    prefault: int = 0
    outer_pid: int | None = None  # its pid in our namespace, when it could be found
    on_release: Callable[[], None] | None = None  # told once, when the judge is done with it
    _exited: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.frames = FrameReader(self.sock)

    def report_growth(self, grew_kb: Any) -> None:
        """What the child said its job needed beyond its prefault (a hint, see HeapEstimate)."""
        if isinstance(grew_kb, int) and not isinstance(grew_kb, bool):
            self.zygote.heap.observe(self.prefault, grew_kb)

    def kill(self) -> None:
        self.zygote.kill(self.id)

    def start_elsewhere(self) -> None:
        """About to be sent work: keep it off this thread's CPU until the work arrives
        (see :mod:`placement`)."""
        placement.keep_off_current_cpu(self.outer_pid, placement.judge_cpus())

    def cpu_seconds(self, timeout: float = 5.0) -> float | None:
        """CPU time the child has used so far, all its threads (None once it has exited).

        Read from the kernel's per-process CPU clock: directly when we know the child's pid
        in our namespace, else by the zygote. The child cannot forge either."""
        if self.outer_pid is not None and self.exit is None:
            try:
                return time.clock_gettime(pids.process_cpu_clock(self.outer_pid))
            except OSError:
                pass
        return self.zygote.cpu(self.id, timeout)

    def wait_exit(self, timeout: float = 5.0) -> ExitInfo | None:
        self._exited.wait(timeout)
        return self.exit

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()
        released, self.on_release = self.on_release, None
        if released is not None:
            released()


class Zygote:
    """A running zygote process of one runtime."""

    def __init__(self, runtime: str, mode: SandboxMode | None = None):
        if runtime not in RUNTIMES:
            raise ValueError(f"unknown runtime {runtime!r}; expected one of {RUNTIMES}")
        self.runtime = runtime
        self.mode = mode or select_mode()
        self._ctrl, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._send_lock = threading.Lock()
        self._children: dict[int, Child] = {}
        self._forked: dict[int, threading.Event] = {}
        self._cpu_replies: dict[int, tuple[threading.Event, list]] = {}
        self._ids = itertools.count(1)
        self._ready = threading.Event()
        self._dead = threading.Event()
        self.info: dict[str, Any] = {}
        self.heap = HeapEstimate(PREFAULT_CAP)
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the zygote
        cmd = zygote_command(self.mode, runtime, theirs.fileno())
        started = time.perf_counter()
        self.process = subprocess.Popen(
            cmd, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=self._stderr, env=sandbox_env(),
            start_new_session=True,
        )
        theirs.close()
        self._reader = threading.Thread(target=self._read_loop, name=f"zygote-{runtime}",
                                        daemon=True)
        self._reader.start()
        if not self._ready.wait(_START_TIMEOUT_S) or self._dead.is_set():
            self.close()
            raise SandboxError(f"the {runtime} sandbox failed to start: {self.stderr_tail()}")
        self.start_ms = (time.perf_counter() - started) * 1000
        inner_pid = self.info.get("pid")
        self.outer_pid = pids.find_descendant(self.process.pid, inner_pid) \
            if isinstance(inner_pid, int) else None
        if os.getuid() == 0 and not self.info.get("drops_uid"):
            log.warning("sandbox degraded: children keep uid 0 because the Python installation "
                        "is not readable by 'nobody' (RLIMIT_NPROC is not enforced; seccomp "
                        "still blocks process creation)")
        if not self.info.get("seccomp"):
            log.warning("sandbox degraded: seccomp is unavailable (install pyseccomp and "
                        "libseccomp2); process creation and sockets are not filtered")

    @property
    def alive(self) -> bool:
        return not self._dead.is_set() and self.process.poll() is None

    def stderr_tail(self) -> str:
        try:
            self._stderr.seek(0)
            return self._stderr.read().decode(errors="replace").strip()[-2000:] or "(no output)"
        except (OSError, ValueError):
            return "(no output)"

    def _read_loop(self) -> None:
        try:
            while True:
                data = self._ctrl.recv(65536)
                if not data:
                    break
                msg = unpackb(data)
                op = msg.get("op")
                if op == "ready":
                    self.info = msg
                    self._ready.set()
                elif op == "forked":
                    child = self._children.get(msg["id"])
                    if child is not None:
                        child.pid = msg["pid"]
                    event = self._forked.pop(msg["id"], None)
                    if event is not None:
                        event.set()
                elif op == "cpu":
                    waiting = self._cpu_replies.pop(msg["id"], None)
                    if waiting is not None:
                        waiting[1].append(msg.get("cpu_s"))
                        waiting[0].set()
                elif op == "exit":
                    child = self._children.pop(msg["id"], None)
                    if child is not None:
                        child.exit = ExitInfo(msg["code"], msg["signal"], msg["maxrss_kb"],
                                              msg["cpu_s"])
                        child._exited.set()
        except OSError:
            pass
        finally:
            self._dead.set()
            self._ready.set()
            for event in list(self._forked.values()):
                event.set()
            for event, _ in list(self._cpu_replies.values()):
                event.set()
            for child in list(self._children.values()):
                child._exited.set()

    def fork(self, timeout: float = 10.0, *, rehearse: bool = True) -> Child:
        """A new child. ``rehearse``: it walks a job's path before it waits (see
        ``zygote.rehearse``), which a child that is needed at once should not do."""
        if not self.alive:
            raise SandboxError(f"the {self.runtime} sandbox is not running")
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        for end in (ours, theirs):
            # Large buffers let a multi-megabyte array cross in a few syscalls.
            end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SOCKET_BUFFER)
            end.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _SOCKET_BUFFER)
        child = Child(next(self._ids), ours, self, prefault=self.heap.next_bytes())
        event = threading.Event()
        self._children[child.id] = child
        self._forked[child.id] = event
        try:
            with self._send_lock:
                socket.send_fds(self._ctrl, [packb({"op": "fork", "id": child.id,
                                                    "prefault": child.prefault,
                                                    "rehearse": rehearse})],
                                [theirs.fileno()])
        except OSError as exc:
            self._children.pop(child.id, None)
            self._forked.pop(child.id, None)
            ours.close()
            raise SandboxError(f"the {self.runtime} sandbox stopped answering: {exc}") from exc
        finally:
            theirs.close()
        if not event.wait(timeout) or child.pid is None:
            ours.close()
            raise SandboxError(f"the {self.runtime} sandbox did not fork: {self.stderr_tail()}")
        if self.outer_pid is not None:
            child.outer_pid = pids.find_child(self.outer_pid, child.pid)
        return child

    def cpu(self, child_id: int, timeout: float = 5.0) -> float | None:
        event, box = threading.Event(), []
        self._cpu_replies[child_id] = (event, box)
        try:
            with self._send_lock:
                self._ctrl.send(packb({"op": "cpu", "id": child_id}))
        except OSError:
            self._cpu_replies.pop(child_id, None)
            return None
        if not event.wait(timeout) or not box or box[0] is None:
            self._cpu_replies.pop(child_id, None)
            return None
        return float(box[0])

    def prepare(self, specs: list[dict[str, Any]]) -> None:
        with contextlib.suppress(OSError), self._send_lock:
            self._ctrl.send(packb({"op": "prepare", "specs": specs}))

    def kill(self, child_id: int) -> None:
        with contextlib.suppress(OSError), self._send_lock:
            self._ctrl.send(packb({"op": "kill", "id": child_id}))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._ctrl.close()
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self._dead.set()


class WarmPool:
    """Children of one runtime, forked ahead of demand."""

    REFILL_GRACE_S = 0.015

    def __init__(self, runtime: str, size: int = 2, mode: SandboxMode | None = None):
        self.runtime = runtime
        self.size = max(0, size)
        self.mode = mode
        self._lock = threading.Lock()
        self._ready: list[Child] = []
        self._zygote: Zygote | None = None
        self._wake = threading.Condition(self._lock)
        self._closed = False
        self._refiller: threading.Thread | None = None
        self._last_activity = 0.0  # when a child was last handed out or given back
        self._running = 0  # children handed out and not yet released

    def _zygote_locked(self) -> Zygote:
        if self._zygote is None or not self._zygote.alive:
            if self._zygote is not None:
                log.warning("the %s sandbox zygote died (%s); starting a new one",
                            self.runtime, self._zygote.stderr_tail())
                self._zygote.close()
                self._ready.clear()
            self._zygote = Zygote(self.runtime, self.mode)
        return self._zygote

    def start(self) -> None:
        """Start the zygote now (instead of at the first submission) and fill the pool."""
        with self._lock:
            self._zygote_locked()
            self._ensure_refiller()
            self._wake.notify()

    def _ensure_refiller(self) -> None:
        if self.size and (self._refiller is None or not self._refiller.is_alive()):
            self._refiller = threading.Thread(target=self._refill_loop,
                                              name=f"pool-{self.runtime}", daemon=True)
            self._refiller.start()

    def _refill_loop(self) -> None:
        while True:
            with self._lock:
                while not self._closed and len(self._ready) >= self.size:
                    self._wake.wait()
                # While a child is still waiting and at most one job runs, the replacement
                # waits for a quiet moment: forking and rehearsing it beside a job, or beside
                # the judge checking the results of one that just ended, would take a core
                # from them (a fork is one long system call: measured, it held the judge up
                # ~5 ms after its child's last result). Under load (more jobs at once, or
                # none waiting) it starts at once.
                while not self._closed and 0 < len(self._ready) < self.size and \
                        self._running <= 1 and \
                        time.monotonic() - self._last_activity < self.REFILL_GRACE_S:
                    self._wake.wait(self.REFILL_GRACE_S)
                if self._closed:
                    return
                try:
                    zygote = self._zygote_locked()
                except SandboxError as exc:
                    log.error("%s", exc)
                    self._wake.wait(1.0)
                    continue
                # Under load (jobs running side by side) a child is taken soon after its
                # fork, and a rehearsal would cost more CPU than the first touches it saves.
                rehearse = self._running <= 1
            try:
                child = zygote.fork(rehearse=rehearse)
            except SandboxError:
                time.sleep(0.05)
                continue
            with self._lock:
                if self._closed or zygote is not self._zygote:
                    child.close()
                    child.kill()
                else:
                    self._ready.append(child)

    def acquire(self) -> Child:
        """A child that has not run anything yet; forks one if none is warm."""
        with self._lock:
            zygote = self._zygote_locked()
            child = None
            while self._ready:
                # The oldest first: a younger one may still be rehearsing (zygote.rehearse).
                candidate = self._ready.pop(0)
                if candidate.zygote is zygote and candidate.exit is None:
                    child = candidate
                    break
                candidate.close()
            self._last_activity = time.monotonic()
            self._running += 1
            self._ensure_refiller()
            self._wake.notify()
        try:
            child = child if child is not None else zygote.fork(rehearse=False)
        except BaseException:
            self._release()
            raise
        child.on_release = self._release
        return child

    def _release(self) -> None:
        with self._lock:
            self._running -= 1
            self._last_activity = time.monotonic()
            self._wake.notify()

    def prepare(self, specs: list[dict[str, Any]]) -> None:
        """Have the zygote build these generated inputs; children forked later inherit them
        (the ones already waiting are replaced so the next submissions get them too)."""
        if not specs:
            return
        with self._lock:
            zygote = self._zygote_locked()
            stale, self._ready = self._ready, []
            self._wake.notify()
        zygote.prepare(specs)
        for child in stale:
            child.close()
            child.kill()

    @property
    def zygote(self) -> Zygote | None:
        return self._zygote

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._wake.notify_all()
            for child in self._ready:
                child.close()
            self._ready.clear()
            if self._zygote is not None:
                self._zygote.close()
                self._zygote = None


class Pools:
    """One warm pool per runtime, created on first use."""

    def __init__(self, size: int = 2, mode: SandboxMode | None = None):
        self.size = size
        self.mode = mode
        self._pools: dict[str, WarmPool] = {}
        self._lock = threading.Lock()

    def get(self, runtime: str) -> WarmPool:
        with self._lock:
            pool = self._pools.get(runtime)
            if pool is None:
                pool = self._pools[runtime] = WarmPool(runtime, self.size, self.mode)
            return pool

    def close(self) -> None:
        with self._lock:
            for pool in self._pools.values():
                pool.close()
            self._pools.clear()

