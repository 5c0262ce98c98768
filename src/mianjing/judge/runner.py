"""What a sandboxed child does with one job: load the code, call it on each case, stream results.

This module runs inside the untrusted process. It never sees expected outputs or checkers:
it receives inputs and returns whatever the code produced, encoded with the safe codec. Anything
it reports (including timings) is treated by the judge as untrusted.

Job (first frame from the judge)::

    {"code", "filename", "harness", "prelude": [...], "runtime", "cpus": [...], "stream",
     "limits": {"cpu_s", "memory_mb", "output_bytes", "stdout_bytes"},
     "cases": [{"name", "call", "probe", "args", "kwargs", "digest"}]}

(``cpus``: where the child may run once its work has arrived, see
:mod:`mianjing.judge.sandbox.placement`; with ``stream`` more cases follow one at a time.)

The child answers with one ``{"t": "case", ...}`` frame per case, in order, then
``{"t": "done", "stdout", "grew_kb"}`` (how much its anonymous memory grew during the job),
and exits.
"""

from __future__ import annotations

import contextlib
import gc
import io
import linecache
import os
import resource
import sys
import threading
import time
import traceback
import types
from typing import Any

from mianjing.judge import protocol, structures
from mianjing.judge.codec import CodecError, packb, packb_ending_with, unpackb
from mianjing.judge.generated import Generated, digest
from mianjing.judge.sandbox import placement

EXIT_OUT_OF_MEMORY = 5
# A call that only builds the case's inputs: the judge times it to know what a timed case
# costs before any solution code runs.
INPUTS_ONLY = "__inputs_only__"
_MEMORY_MARKERS = ("can't allocate memory", "DefaultCPUAllocator", "not enough memory",
                   "Cannot allocate memory", "std::bad_alloc")


class _CappedText(io.TextIOBase):
    """stdout replacement that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[str] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        s = str(s)
        room = self.limit - self.size
        if room > 0:
            self.parts.append(s[:room])
        self.size += len(s)
        return len(s)

    def text(self) -> str:
        out = "".join(self.parts)
        if self.size > self.limit:
            out += f"\n... ({self.size - self.limit} more characters not shown)"
        return out


_statm: tuple[int, int] | None = None  # (pid, fd): /proc/self means the process that opened it


def _statm_bytes() -> list[int]:
    """/proc/self/statm in bytes: size, resident, shared (file-backed), … ([] if unreadable).
    The file stays open (a child reads it at a job's start and end, and a path lookup in
    the sandbox costs more than the read); each read at offset 0 is a fresh snapshot."""
    global _statm
    try:
        if _statm is None or _statm[0] != os.getpid():
            _statm = (os.getpid(), os.open("/proc/self/statm", os.O_RDONLY | os.O_CLOEXEC))
        fields = os.pread(_statm[1], 256, 0).split()
        return [int(f) * os.sysconf("SC_PAGE_SIZE") for f in fields]
    except (OSError, ValueError):
        return []


def _anonymous_kb(statm: list[int]) -> int:
    """Resident memory not backed by files (heap, arenas, copied pages), from statm."""
    return (statm[1] - statm[2]) // 1024 if len(statm) > 2 else 0


def _lower(which: int, soft: int, hard: int) -> None:
    """Set a limit, never above the hard limit the lockdown already fixed."""
    _, current_hard = resource.getrlimit(which)
    if current_hard != resource.RLIM_INFINITY:
        hard = min(hard, current_hard)
        soft = min(soft, hard)
    resource.setrlimit(which, (soft, hard))


def _lower_limits(limits: dict[str, Any], address_space_now: int) -> None:
    cpu = int(limits.get("cpu_s", 10))
    _lower(resource.RLIMIT_CPU, cpu, cpu + 1)
    memory = int(limits.get("memory_mb", 512)) * 1024 * 1024
    address_space = address_space_now + memory
    _lower(resource.RLIMIT_AS, address_space, address_space)


def _is_memory_error(exc: BaseException) -> bool:
    if isinstance(exc, MemoryError):
        return True
    return isinstance(exc, RuntimeError) and any(m in str(exc) for m in _MEMORY_MARKERS)


def format_user_traceback(exc: BaseException, filename: str) -> str:
    """The traceback restricted to frames in the submission, then the exception line."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    lines = []
    for frame in frames[-8:]:
        lines.append(f'  File "{filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    if len(frames) > 8:
        lines.insert(0, f"  ... {len(frames) - 8} earlier frames")
    head = "Traceback (your code, most recent call last):\n" if lines else ""
    exc_line = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return head + "\n".join(lines) + ("\n" if lines else "") + exc_line


def _error(exc: BaseException, filename: str) -> dict[str, Any]:
    if _is_memory_error(exc):
        return {"kind": "MLE", "message": f"{type(exc).__name__}: memory limit exceeded"}
    if isinstance(exc, RecursionError):
        return {"kind": "RE", "message": format_user_traceback(exc, filename)
                + " (deep recursion: use an explicit stack)"}
    return {"kind": "RE", "message": format_user_traceback(exc, filename)}


def _load_module(name: str, code: str, filename: str, prelude: dict[str, Any]) -> types.ModuleType:
    compiled = compile(code, filename, "exec", dont_inherit=True)
    module = types.ModuleType(name)
    module.__file__ = filename
    module.__dict__.update(prelude)
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    sys.modules[name] = module
    exec(compiled, module.__dict__)
    return module


def _materialize(value: Any) -> Any:
    if isinstance(value, Generated):
        return value.materialize()
    if isinstance(value, list):
        return [_materialize(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_materialize(v) for v in value)
    if isinstance(value, dict):
        return {k: _materialize(v) for k, v in value.items()}
    return value


def _to_runtime(value: Any, runtime: str) -> Any:
    """Default argument conversion: numpy arrays become tensors in the torch runtime."""
    if runtime != "torch":
        return value
    import numpy as np
    import torch

    if isinstance(value, np.ndarray):
        return torch.from_numpy(value.copy())
    if isinstance(value, list):
        return [_to_runtime(v, runtime) for v in value]
    if isinstance(value, tuple):
        return tuple(_to_runtime(v, runtime) for v in value)
    if isinstance(value, dict):
        return {k: _to_runtime(v, runtime) for k, v in value.items()}
    return value


class _OutputTooLarge(Exception):
    error = {"kind": "OLE", "message": "output size limit exceeded: the value returned is "
             "larger than the judge accepts (is the shape right?)"}


def _estimated_size(value: Any, depth: int = 0) -> int:
    """A cheap lower bound on the encoded size, checked before encoding anything huge."""
    nbytes = getattr(value, "nbytes", None)
    if isinstance(nbytes, int):
        return nbytes
    if isinstance(value, (str, bytes)):
        return len(value)
    if isinstance(value, (list, tuple, set, dict)) and depth < 3:
        items = value.values() if isinstance(value, dict) else value
        return len(value) + sum(_estimated_size(v, depth + 1) for v in list(items)[:1000])
    return 8


class _Job:
    def __init__(self, sock, job: dict[str, Any]):
        self.sock = sock
        self.filename = str(job.get("filename") or "solution.py")
        self.runtime = str(job.get("runtime", "python"))
        limits = job.get("limits", {})
        self.output_left = int(limits.get("output_bytes", 64 << 20))
        self.stdout = _CappedText(int(limits.get("stdout_bytes", 16 << 10)))
        self.user: types.ModuleType | None = None
        self.harness: types.ModuleType | None = None

    def send(self, frame: dict[str, Any]) -> None:
        protocol.send_frame(self.sock, frame)

    def send_result(self, name: str, elapsed_ms: float, encoded_value: bytes) -> None:
        protocol.send_encoded(self.sock, packb_ending_with(
            {"t": "case", "name": name, "time_ms": elapsed_ms}, "value", encoded_value))

    def load(self, job: dict[str, Any]) -> bool:
        prelude = {n: structures.PRELUDE[n] for n in job.get("prelude", []) if n in structures.PRELUDE}
        try:
            self.user = _load_module("submission", job["code"], self.filename, prelude)
        except SyntaxError as exc:
            self.send({"t": "ce", "line": exc.lineno, "message": f"{exc.msg} (line {exc.lineno})"})
            return False
        except BaseException as exc:  # noqa: BLE001 - user code may raise anything at import
            self.send({"t": "load_error", "error": _error(exc, self.filename)})
            return False
        if job.get("harness"):
            self.harness = _load_module("harness", job["harness"], "harness.py", {})
        return True

    def run_case(self, case: dict[str, Any]) -> bool:
        """Run one case and send its frame; False means stop (the process is unusable)."""
        name = case["name"]
        args = _materialize(case.get("args", []))
        kwargs = _materialize(case.get("kwargs", {}))
        start = time.perf_counter()
        try:
            if case.get("call") == INPUTS_ONLY:
                value = None
            elif case.get("probe"):
                probe = getattr(self.harness, "probe_" + case["probe"])
                value = probe(self.user, *args, **kwargs)
            else:
                fn_name = case["call"]
                fn = getattr(self.user, fn_name, None)
                if not callable(fn):
                    raise NameError(f"your code does not define a function named {fn_name!r}")
                value = fn(*_to_runtime(args, self.runtime), **_to_runtime(kwargs, self.runtime))
            elapsed = (time.perf_counter() - start) * 1000
            if case.get("digest"):
                value = digest(value, seed=len(name))
            if _estimated_size(value) > self.output_left:
                raise _OutputTooLarge()
            payload = packb(value)
        except CodecError as exc:
            self.send({"t": "case", "name": name, "time_ms": (time.perf_counter() - start) * 1000,
                       "error": {"kind": "RE", "message": f"unsupported return value: {exc}"}})
            return True
        except _OutputTooLarge:
            err = _OutputTooLarge.error
        except BaseException as exc:  # noqa: BLE001
            err = _error(exc, self.filename)
            exc.__traceback__ = None  # drop the frames holding the submission's data
        else:
            err = None
        if err is not None:
            if err["kind"] == "MLE":
                gc.collect()
            self.send({"t": "case", "name": name, "time_ms": (time.perf_counter() - start) * 1000,
                       "error": err})
            return err["kind"] != "MLE"
        self.output_left -= len(payload)
        if self.output_left < 0:
            self.send({"t": "case", "name": name, "time_ms": elapsed,
                       "error": _OutputTooLarge.error})
            return False
        self.send_result(name, elapsed, payload)
        return True


_REHEARSAL_CODE = """
def f(values, scale=1.0):
    return [v * scale for v in values]
"""


def _rehearsal_arrays() -> list[Any]:
    import numpy as np

    return [np.zeros((2, 3)), np.ones(4, dtype=np.float32), np.arange(3), np.ones(2, bool)]


def rehearse() -> None:
    """Walk a job's path once (compile and load code, build inputs, call, digest, encode)
    with nothing secret in it, so a waiting child has already paid its first-touch costs.
    Leaves no trace a job could see: the module and its source line cache are removed."""
    try:
        module = _load_module("submission", _REHEARSAL_CODE, "<rehearsal>", {})
        case = {"args": [[1.0, 2.0, 3.0]], "kwargs": {"scale": 2.0}}
        args = _materialize(case["args"])
        value = module.f(*args, **_materialize(case["kwargs"]))
        packb_ending_with({"t": "case", "name": "rehearsal", "time_ms": 0.0}, "value",
                          packb(value))
        _statm_bytes()
        # A job arrives as arrays inside tuples inside dicts: decode one such message.
        unpackb(packb({"cases": [{"name": "rehearsal", "args": _rehearsal_arrays(),
                                  "kwargs": {"pair": (1, 2.0)}}] * 4}))
        packb(digest(value, seed=1))
        try:
            module.f(None)
        except TypeError as exc:
            format_user_traceback(exc, "<rehearsal>")
    finally:
        sys.modules.pop("submission", None)
        linecache.cache.pop("<rehearsal>", None)


def child_main(channel_fd: int) -> None:
    """Entry point of a forked, locked-down child. Never returns."""
    import socket

    status = 0
    try:
        sock = socket.socket(fileno=channel_fd)
        frames = protocol.FrameReader(sock)
        job = frames.read()
        cpus = job.get("cpus")
        placement.widen(cpus)
        statm = _statm_bytes()
        anonymous_at_start = _anonymous_kb(statm)
        _lower_limits(job.get("limits", {}), statm[0] if statm else 0)
        # Smaller thread stacks: each thread's reservation counts against RLIMIT_AS.
        threading.stack_size(1 << 20)
        runner = _Job(sock, job)
        sys.stdout = sys.stderr = runner.stdout
        last = False
        if runner.load(job):
            usable = all(runner.run_case(case) for case in job.get("cases", []))
            if usable and job.get("stream"):
                # Timed cases arrive one at a time, each after the judge has read our CPU clock.
                runner.send({"t": "ready"})
                while not last:
                    frame = frames.read()
                    placement.widen(cpus)
                    if not (isinstance(frame, dict) and frame.get("t") == "case"):
                        break
                    last = bool(frame.get("last"))
                    if not runner.run_case(frame["case"]):
                        break
        # Freed heap stays resident (trim threshold, see isolation.py), so growth measured at
        # the end is close to the job's peak: the judge sizes later children's prefault by it.
        runner.send({"t": "done", "stdout": runner.stdout.text(),
                     "grew_kb": max(0, _anonymous_kb(_statm_bytes()) - anonymous_at_start)})
        if last:
            # The judge reads our CPU clock after the last result: exiting (and being reaped)
            # first would take the clock with us. Wait until it hangs up.
            with contextlib.suppress(OSError):
                sock.recv(1)
    except protocol.ChannelClosed:
        status = 3
    except MemoryError:
        status = EXIT_OUT_OF_MEMORY
    except BaseException as exc:  # noqa: BLE001 - say what broke, then let the status tell
        status = 4
        with contextlib.suppress(BaseException):
            protocol.send_frame(sock, {"t": "internal", "message": repr(exc)[:500]})
    os._exit(status)
