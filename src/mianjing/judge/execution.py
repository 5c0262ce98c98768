"""Running one piece of code on a list of cases in a sandboxed child, from the judge's side.

This is the judge-side half of :mod:`mianjing.judge.runner`: it sends the job, reads the
streamed results under deadlines, times timed cases from outside, and turns a dead or
misbehaving child into a precise outcome. It knows nothing of expected values.
"""

from __future__ import annotations

import math
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mianjing.judge import protocol
from mianjing.judge.codec import CodecError
from mianjing.judge.runner import EXIT_OUT_OF_MEMORY
from mianjing.judge.sandbox.pool import Child, ExitInfo, WarmPool
from mianjing.judge.testkit import Case

STDOUT_LIMIT = 16 * 1024


@dataclass
class CaseOutcome:
    value: Any = None
    error: dict[str, str] | None = None  # {"kind": "RE"|"MLE"|"OLE"|"TLE", "message": ...}
    time_ms: float = 0.0
    limit_ms: float | None = None  # set for timed cases: the budget the case was held to
    self_ms: float = 0.0  # the child's own measure of the call alone (untrusted for users)


@dataclass
class RunOutcome:
    results: dict[str, CaseOutcome] = field(default_factory=dict)
    fatal: dict[str, Any] | None = None  # {"kind", "message", "line"?}: stops all later cases
    stdout: str = ""
    wall_ms: float = 0.0


@dataclass(frozen=True)
class Limits:
    time_limit_ms: int
    memory_limit_mb: int
    output_bytes: int = 64 << 20

    def cpu_seconds(self) -> int:
        return int(math.ceil(self.time_limit_ms / 1000.0)) * 2 + 10


def _crash_outcome(exit_info: ExitInfo | None, limits: Limits, killed_for_time: bool) -> dict:
    if killed_for_time:
        return {"kind": "TLE", "message": f"time limit exceeded ({limits.time_limit_ms} ms)"}
    if exit_info is None:
        return {"kind": "RE", "message": "the process stopped responding"}
    if exit_info.signal in (signal.SIGXCPU,):
        return {"kind": "TLE", "message": "CPU time limit exceeded"}
    near_memory_limit = exit_info.maxrss_kb * 1024 >= 0.8 * limits.memory_limit_mb * (1 << 20)
    if exit_info.signal is not None:
        name = signal.Signals(exit_info.signal).name if exit_info.signal in signal.Signals._value2member_map_ else str(exit_info.signal)  # noqa: E501
        if near_memory_limit or exit_info.signal == signal.SIGKILL:
            return {"kind": "MLE", "message": f"killed by {name} at {exit_info.maxrss_kb // 1024} MB "
                                              f"(limit {limits.memory_limit_mb} MB)"}
        return {"kind": "RE", "message": f"the process crashed ({name})"}
    if exit_info.code == EXIT_OUT_OF_MEMORY:
        return {"kind": "MLE", "message": f"memory limit exceeded ({limits.memory_limit_mb} MB)"}
    return {"kind": "RE", "message": f"the process exited early with status {exit_info.code} "
                                     "(sys.exit / os._exit in your code?)"}


def run_cases(
    pool: WarmPool,
    *,
    code: str,
    filename: str,
    cases: list[Case],
    default_call: str,
    limits: Limits,
    prelude: list[str],
    harness: str | None,
    timed_limit_ms: Callable[[Case], float],
    timed_runs: int = 1,
) -> RunOutcome:
    """Run ``code`` on ``cases``; timed cases are sent one by one and timed by the judge.

    A timed case runs ``timed_runs`` times and keeps its fastest run; with ``timed_runs=1``
    a run over the limit gets one more try, so a correct solution is not failed by one
    descheduling on a busy machine.
    """
    outcome = RunOutcome()
    untimed = [c for c in cases if not c.timed]
    timed = [c for c in cases if c.timed]
    pending = [c.name for c in untimed]
    job = {
        "code": code, "filename": filename, "harness": harness, "prelude": prelude,
        "runtime": pool.runtime,
        "limits": {"cpu_s": limits.cpu_seconds(), "memory_mb": limits.memory_limit_mb,
                   "output_bytes": limits.output_bytes, "stdout_bytes": STDOUT_LIMIT},
        "cases": [c.to_wire(default_call) for c in untimed], "timed": bool(timed),
    }
    child: Child = pool.acquire()
    started = time.monotonic()
    deadline = started + limits.time_limit_ms / 1000.0
    timed_queue = list(timed)
    current_timed: Case | None = None
    runs_done = 0
    sent_at = 0.0
    current_limit = 0.0
    try:
        protocol.send_frame(child.sock, job)
        while True:
            frame = protocol.recv_frame(child.sock, deadline=deadline,
                                        limit=limits.output_bytes + (1 << 20))
            kind = frame.get("t") if isinstance(frame, dict) else None
            if kind == "case":
                now = time.monotonic()
                if current_timed is not None:
                    expected_name = current_timed.name
                elif pending:
                    expected_name = pending.pop(0)
                else:
                    expected_name = None
                if frame.get("name") != expected_name:
                    outcome.fatal = {"kind": "RE", "message": "the process sent an unexpected "
                                     "result (judge protocol violated)"}
                    break
                reported = float(frame.get("time_ms") or 0.0)
                result = CaseOutcome(value=frame.get("value"), error=frame.get("error"),
                                     time_ms=reported, self_ms=reported)
                if current_timed is not None:
                    result.time_ms = (now - sent_at) * 1000.0
                    result.limit_ms = current_limit
                    best = outcome.results.get(expected_name)
                    if best is None or result.error or result.time_ms < best.time_ms:
                        outcome.results[expected_name] = result
                else:
                    outcome.results[expected_name] = result
            elif kind == "ready":
                if current_timed is not None:
                    last = outcome.results[current_timed.name]
                    retry = runs_done < timed_runs or (
                        timed_runs == 1 and runs_done == 1 and not last.error
                        and last.time_ms > current_limit)
                    if last.error or not retry:
                        current_timed = None
                if current_timed is None:
                    if not timed_queue:
                        protocol.send_frame(child.sock, {"t": "end"})
                        continue
                    current_timed = timed_queue.pop(0)
                    current_limit = float(timed_limit_ms(current_timed))
                    runs_done = 0
                runs_done += 1
                sent_at = time.monotonic()
                # Killing is for runaways; the verdict compares the measured time to the limit.
                deadline = sent_at + max(3 * current_limit, current_limit + 500.0) / 1000.0
                protocol.send_frame(child.sock, current_timed.to_wire(default_call))
            elif kind == "ce":
                outcome.fatal = {"kind": "CE", "message": str(frame.get("message")),
                                 "line": frame.get("line")}
            elif kind == "load_error":
                err = frame.get("error") or {}
                outcome.fatal = {"kind": err.get("kind", "RE"),
                                 "message": "while loading your code: " + str(err.get("message"))}
            elif kind == "done":
                outcome.stdout = str(frame.get("stdout", ""))[: STDOUT_LIMIT + 200]
                break
            else:
                outcome.fatal = {"kind": "RE", "message": "judge protocol violated"}
                break
    except protocol.Deadline:
        child.kill()
        if current_timed is not None and not (
                current_timed.name in outcome.results
                and outcome.results[current_timed.name].time_ms <= current_limit):
            outcome.results[current_timed.name] = CaseOutcome(
                error={"kind": "TLE", "message": f"took longer than {current_limit:.0f} ms"},
                time_ms=(time.monotonic() - sent_at) * 1000.0, limit_ms=current_limit)
        else:
            outcome.fatal = _crash_outcome(None, limits, True)
    except protocol.FrameTooLarge as exc:
        child.kill()
        outcome.fatal = {"kind": "OLE", "message": str(exc)}
    except (protocol.ChannelClosed, BrokenPipeError, ConnectionResetError):
        info = child.wait_exit(timeout=5.0)
        outcome.fatal = _crash_outcome(info, limits, False)
    except CodecError as exc:
        child.kill()
        outcome.fatal = {"kind": "RE", "message": f"malformed output: {exc}"}
    finally:
        child.close()
    outcome.wall_ms = (time.monotonic() - started) * 1000.0
    return outcome
