"""Running one piece of code on a list of cases in sandboxed children, from the judge's side.

This is the judge-side half of :mod:`mianjing.judge.runner`: it sends a job, reads the
streamed results under a wall-clock deadline, and turns a dead or misbehaving child into a
precise outcome. It knows nothing of expected values.

Timed cases (complexity guards) each run in a child of their own, and their time is the CPU
time the zygote reads from ``wait4`` when that child exits: a number the submission cannot
forge, and one that other load on the machine barely moves, unlike wall time.
"""

from __future__ import annotations

import dataclasses
import math
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mianjing.judge import protocol
from mianjing.judge.codec import CodecError
from mianjing.judge.runner import EXIT_OUT_OF_MEMORY, INPUTS_ONLY
from mianjing.judge.sandbox.pool import Child, ExitInfo, WarmPool
from mianjing.judge.testkit import Case

STDOUT_LIMIT = 16 * 1024
BASELINE_SUFFIX = "#baseline"


@dataclass
class CaseOutcome:
    value: Any = None
    error: dict[str, str] | None = None  # {"kind": "RE"|"MLE"|"OLE"|"TLE", "message": ...}
    time_ms: float = 0.0  # wall ms reported by the child; CPU ms of the child for timed cases
    limit_ms: float | None = None  # set for timed cases: the CPU budget the case was held to


@dataclass
class RunOutcome:
    results: dict[str, CaseOutcome] = field(default_factory=dict)
    fatal: dict[str, Any] | None = None  # {"kind", "message", "line"?}: stops all later cases
    stdout: str = ""


@dataclass(frozen=True)
class Limits:
    time_limit_ms: int
    memory_limit_mb: int
    output_bytes: int = 64 << 20

    def cpu_seconds(self) -> int:
        return int(math.ceil(self.time_limit_ms / 1000.0)) * 2 + 10

    def for_timed_case(self, limit_ms: float) -> Limits:
        """Wall time is only a backstop here: the verdict uses the child's CPU time."""
        wall = max(4 * limit_ms, limit_ms + 2000.0)
        return Limits(int(wall), self.memory_limit_mb, self.output_bytes)


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


def _run_job(pool: WarmPool, job: dict[str, Any], names: list[str], limits: Limits,
             outcome: RunOutcome, *, wait_for_exit: bool = False) -> ExitInfo | None:
    """Send one job, collect its results into ``outcome``.

    Returns how the child ended when ``wait_for_exit`` (timed cases need its CPU time);
    otherwise a child that finished normally is not waited for, since its exit (freeing a
    large address space) can take longer than the whole job.
    """
    pending = list(names)
    child: Child = pool.acquire()
    started = time.monotonic()
    deadline = started + limits.time_limit_ms / 1000.0
    finished = False
    try:
        protocol.send_frame(child.sock, job)
        while True:
            frame = protocol.recv_frame(child.sock, deadline=deadline,
                                        limit=limits.output_bytes + (1 << 20))
            kind = frame.get("t") if isinstance(frame, dict) else None
            if kind == "case":
                expected_name = pending.pop(0) if pending else None
                if frame.get("name") != expected_name:
                    outcome.fatal = {"kind": "RE", "message": "the process sent an unexpected "
                                     "result (judge protocol violated)"}
                    break
                outcome.results[expected_name] = CaseOutcome(
                    value=frame.get("value"), error=frame.get("error"),
                    time_ms=float(frame.get("time_ms") or 0.0))
            elif kind == "ce":
                outcome.fatal = {"kind": "CE", "message": str(frame.get("message")),
                                 "line": frame.get("line")}
            elif kind == "load_error":
                err = frame.get("error") or {}
                outcome.fatal = {"kind": err.get("kind", "RE"),
                                 "message": "while loading your code: " + str(err.get("message"))}
            elif kind == "internal":
                outcome.fatal = {"kind": "RE", "message": "the sandbox runner failed: "
                                 + str(frame.get("message"))[:500]}
                break
            elif kind == "done":
                outcome.stdout += str(frame.get("stdout", ""))[: STDOUT_LIMIT + 200]
                finished = True
                break
            else:
                outcome.fatal = {"kind": "RE", "message": "judge protocol violated"}
                break
    except protocol.Deadline:
        child.kill()
        outcome.fatal = _crash_outcome(None, limits, True)
    except protocol.FrameTooLarge as exc:
        child.kill()
        outcome.fatal = {"kind": "OLE", "message": str(exc)}
    except (protocol.ChannelClosed, BrokenPipeError, ConnectionResetError):
        outcome.fatal = _crash_outcome(child.wait_exit(timeout=5.0), limits, False)
    except CodecError as exc:
        child.kill()
        outcome.fatal = {"kind": "RE", "message": f"malformed output: {exc}"}
    finally:
        child.close()
    if not finished:
        child.kill()
    return child.wait_exit(timeout=5.0) if wait_for_exit else child.exit


def _job(code: str, filename: str, harness: str | None, prelude: list[str], runtime: str,
         limits: Limits, wire_cases: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "code": code, "filename": filename, "harness": harness, "prelude": prelude,
        "runtime": runtime,
        "limits": {"cpu_s": limits.cpu_seconds(), "memory_mb": limits.memory_limit_mb,
                   "output_bytes": limits.output_bytes, "stdout_bytes": STDOUT_LIMIT},
        "cases": wire_cases,
    }


def _run_timed_case(pool: WarmPool, case: Case, job_args: dict[str, Any], limits: Limits,
                    limit_ms: float, default_call: str) -> CaseOutcome:
    timed_limits = limits.for_timed_case(limit_ms)
    single = RunOutcome()
    job = _job(limits=timed_limits, wire_cases=[case.to_wire(default_call)], **job_args)
    job["limits"]["cpu_s"] = int(math.ceil(3 * limit_ms / 1000.0)) + 1
    exit_info = _run_job(pool, job, [case.name], timed_limits, single, wait_for_exit=True)
    result = single.results.get(case.name)
    cpu_ms = exit_info.cpu_s * 1000.0 if exit_info else None
    if result is None:
        fatal = single.fatal or {"kind": "RE", "message": "no result"}
        if fatal["kind"] == "TLE" or (exit_info and exit_info.signal == signal.SIGXCPU):
            fatal = {"kind": "TLE", "message": f"used more than {limit_ms:.0f} ms of CPU "
                     "(complexity guard: the intended solution is much faster)"}
        return CaseOutcome(error=fatal, time_ms=cpu_ms or 0.0, limit_ms=limit_ms)
    if cpu_ms is None:
        return CaseOutcome(error={"kind": "RE", "message": "the process did not exit"},
                           limit_ms=limit_ms)
    result.time_ms = cpu_ms
    result.limit_ms = limit_ms
    return result


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
    measure_baseline: bool = False,
) -> RunOutcome:
    """Run ``code`` on ``cases``: untimed ones together in one child, each timed one alone.

    A timed case runs ``timed_runs`` times and keeps its cheapest run; with ``timed_runs=1``
    a run over the limit gets one more try, so a correct solution is not failed by a noisy
    neighbour. ``measure_baseline`` also times, for each timed case, a child that only
    builds the inputs (result under ``"<name>#baseline"``), so limits can scale the work of
    the solution rather than the fixed cost around it.
    """
    outcome = RunOutcome()
    untimed = [c for c in cases if not c.timed]
    job_args = {"code": code, "filename": filename, "harness": harness, "prelude": prelude,
                "runtime": pool.runtime}
    _run_job(pool, _job(limits=limits, wire_cases=[c.to_wire(default_call) for c in untimed],
                        **job_args), [c.name for c in untimed], limits, outcome)
    if outcome.fatal:
        return outcome
    for case in (c for c in cases if c.timed):
        limit_ms = float(timed_limit_ms(case))
        best: CaseOutcome | None = None
        attempts = timed_runs if timed_runs > 1 else 2
        for attempt in range(attempts):
            result = _run_timed_case(pool, case, job_args, limits, limit_ms, default_call)
            if best is None or result.error or result.time_ms < best.time_ms:
                best = result
            if result.error or (timed_runs == 1 and result.time_ms <= limit_ms) or (
                    timed_runs == 1 and attempt == 1):
                break
        outcome.results[case.name] = best
        if best.error and best.error.get("kind") != "TLE":
            break
        if measure_baseline:
            probe = dataclasses.replace(case, call=INPUTS_ONLY, probe=None, digest=False)
            runs = [_run_timed_case(pool, probe, job_args, limits, limit_ms, default_call)
                    for _ in range(max(timed_runs, 1))]
            outcome.results[case.name + BASELINE_SUFFIX] = min(runs, key=lambda r: r.time_ms)
    return outcome
