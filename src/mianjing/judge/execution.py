"""Running one piece of code on a list of cases in sandboxed children, from the judge's side.

This is the judge-side half of :mod:`mianjing.judge.runner`: it sends a job, reads the
streamed results under a wall-clock deadline, and turns a dead or misbehaving child into a
precise outcome. It knows nothing of expected values.

Timed cases (complexity guards) run after the untimed ones in the same child, one at a time,
and their time is the CPU the child used while running them, read from the kernel's
per-process CPU clock by the zygote: a number the submission cannot forge, and one that other
load on the machine barely moves, unlike wall time.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mianjing.judge import protocol
from mianjing.judge.codec import CodecError, packb_ending_with, packb_list_of_encoded
from mianjing.judge.runner import EXIT_OUT_OF_MEMORY, INPUTS_ONLY
from mianjing.judge.sandbox import placement
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
    # Told of each final case result as it arrives, so the judge can check it while the
    # child works on the next case. Must not raise; its errors are ignored.
    listener: Callable[[str, CaseOutcome], None] | None = field(default=None, repr=False)

    def record(self, name: str, result: CaseOutcome) -> None:
        self.results[name] = result
        if self.listener is not None:
            with contextlib.suppress(Exception):
                self.listener(name, result)


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


def _exchange(child: Child, outcome: RunOutcome, limits: Limits, deadline: float,
              pending: list[str], until: str, send: dict[str, Any] | bytes | None = None,
              after_send: Callable[[], None] | None = None) -> bool:
    """Optionally send a frame (bytes: already encoded) and call ``after_send`` (work that
    can overlap the child's), then read result frames into ``outcome`` until ``until``:
    ``"done"`` (the child finished its job), ``"ready"`` (it ran the job's cases and waits for
    streamed ones) or ``"result"`` (every name in ``pending`` has its result). False when the
    child failed, timed out or broke the protocol (``outcome.fatal`` says how); it is then
    killed."""
    with placement.staying_on_this_cpu():
        reached = _exchange_frames(child, outcome, limits, deadline, pending, until, send,
                                   after_send)
    if not reached:
        child.kill()
    return reached


def _exchange_frames(child: Child, outcome: RunOutcome, limits: Limits, deadline: float,
                     pending: list[str], until: str, send: dict[str, Any] | bytes | None,
                     after_send: Callable[[], None] | None) -> bool:
    reached = False
    try:
        if send is not None:
            child.start_elsewhere()
            if isinstance(send, bytes):
                protocol.send_encoded(child.sock, send)
            else:
                protocol.send_frame(child.sock, send)
        if after_send is not None:
            after_send()
        if until == "result" and not pending:
            return True
        while True:
            frame = child.frames.read(deadline=deadline, limit=limits.output_bytes + (1 << 20))
            kind = frame.get("t") if isinstance(frame, dict) else None
            if kind == "case":
                expected_name = pending.pop(0) if pending else None
                if frame.get("name") != expected_name:
                    outcome.fatal = {"kind": "RE", "message": "the process sent an unexpected "
                                     "result (judge protocol violated)"}
                    break
                outcome.record(expected_name, CaseOutcome(
                    value=frame.get("value"), error=frame.get("error"),
                    time_ms=float(frame.get("time_ms") or 0.0)))
                if until == "result" and not pending:
                    reached = True
                    break
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
            elif kind == "ready" and until == "ready" and not pending:
                reached = True
                break
            elif kind == "done":
                outcome.stdout += str(frame.get("stdout", ""))[: STDOUT_LIMIT + 200]
                child.report_growth(frame.get("grew_kb"))
                reached = until == "done"
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
    return reached


def _run_job(pool: WarmPool, job: bytes, names: list[str], limits: Limits,
             outcome: RunOutcome, after_send: Callable[[], None] | None = None) -> None:
    """Send one job and collect its results into ``outcome``. A child that finished normally
    is not waited for: its exit (freeing a large address space) can take longer than the job."""
    child: Child = pool.acquire()
    deadline = time.monotonic() + limits.time_limit_ms / 1000.0
    try:
        _exchange(child, outcome, limits, deadline, list(names), "done", send=job,
                  after_send=after_send)
    finally:
        child.close()


def _job(code: str, filename: str, harness: str | None, prelude: list[str], runtime: str,
         cpus: list[int], limits: Limits, cases: list[Case], default_call: str, *,
         stream: bool = False, extra_cpu_s: int = 0) -> bytes:
    """The job's first frame, encoded (the cases keep their encodings between runs)."""
    fields = {
        "code": code, "filename": filename, "harness": harness, "prelude": prelude,
        "runtime": runtime, "cpus": cpus, "stream": stream,
        "limits": {"cpu_s": limits.cpu_seconds() + extra_cpu_s,
                   "memory_mb": limits.memory_limit_mb, "output_bytes": limits.output_bytes,
                   "stdout_bytes": STDOUT_LIMIT},
    }
    return packb_ending_with(fields, "cases", packb_list_of_encoded(
        [c.encoded_wire(default_call) for c in cases]))


class _Stream:
    """One child that runs the untimed cases, then receives timed cases one at a time.

    A timed case's inputs are only sent after the child's CPU clock has been read, and the
    clock is read again when its result arrives; the difference is the case's cost. The
    clock is read by the zygote from the kernel, so the submission cannot forge it, and it
    cannot start on a timed case early because it does not have its inputs.
    """

    def __init__(self, pool: WarmPool, job_args: dict[str, Any], limits: Limits,
                 untimed: list[Case], default_call: str, cpu_budget_s: float,
                 outcome: RunOutcome, after_send: Callable[[], None] | None = None):
        self.limits = limits
        self.default_call = default_call
        job = _job(limits=limits, cases=untimed, default_call=default_call, stream=True,
                   extra_cpu_s=int(math.ceil(cpu_budget_s)) + 1, **job_args)
        self.ended = False  # the child was told no more cases follow
        self.child: Child = pool.acquire()
        deadline = time.monotonic() + limits.time_limit_ms / 1000.0
        try:
            self.alive = _exchange(self.child, outcome, limits, deadline,
                                   [c.name for c in untimed], "ready", send=job,
                                   after_send=after_send)
        except BaseException:  # nobody will close() a stream that was never made
            self.child.kill()
            self.child.close()
            raise

    def timed(self, case: Case, limit_ms: float, *, last: bool = False) -> CaseOutcome:
        """Run one timed case. With ``last`` the child sends its closing frame right after
        the result, sparing :meth:`close` a round trip; it stays alive until we hang up, so
        its CPU clock can still be read."""
        wall_ms = self.limits.for_timed_case(limit_ms).time_limit_ms
        single = RunOutcome()
        before = self.child.cpu_seconds()
        if before is None:
            self.alive = False
            return CaseOutcome(error={"kind": "RE", "message": "the process stopped running"},
                               limit_ms=limit_ms)
        deadline = time.monotonic() + wall_ms / 1000.0
        self.alive = _exchange(self.child, single, self.limits, deadline, [case.name], "result",
                               send=packb_ending_with({"t": "case", "last": last}, "case",
                                                      case.encoded_wire(self.default_call)))
        self.ended = last
        after = self.child.cpu_seconds() if self.alive else None
        result = single.results.get(case.name)
        if result is None or after is None:
            fatal = single.fatal or {"kind": "RE", "message": "no result"}
            exit_info = self.child.wait_exit(timeout=5.0) if not self.alive else None
            used_ms = exit_info.cpu_s * 1000.0 - before * 1000.0 if exit_info else 0.0
            if fatal["kind"] == "TLE":
                fatal = {"kind": "TLE", "message": f"used more than {limit_ms:.0f} ms of CPU "
                         "(complexity guard: the intended solution is much faster)"}
            return CaseOutcome(error=fatal, time_ms=max(used_ms, 0.0), limit_ms=limit_ms)
        result.time_ms = (after - before) * 1000.0
        result.limit_ms = limit_ms
        return result

    def close(self, outcome: RunOutcome) -> None:
        if self.alive:
            deadline = time.monotonic() + 5.0
            self.alive = _exchange(self.child, outcome, self.limits, deadline, [], "done",
                                   send=None if self.ended else {"t": "end"})
        self.child.close()


def _measure(pool: WarmPool, job_args: dict[str, Any], limits: Limits, untimed: list[Case],
             timed: list[Case], default_call: str, limits_ms: dict[str, float], runs: int,
             baseline: bool, outcome: RunOutcome) -> None:
    """Time the timed cases as a submission's run meets them: each run in a fresh child,
    after the untimed cases, in order (a child's first large allocations cost page faults
    that a repeat in the same child would not pay). Keeps each case's cheapest run; with
    ``baseline`` also the cheapest run that only builds the inputs."""
    budget_s = sum(3 * ms / 1000.0 for ms in limits_ms.values())
    variants = [("", timed)]
    if baseline:
        variants.append((BASELINE_SUFFIX, [
            dataclasses.replace(c, call=INPUTS_ONLY, probe=None, digest=False) for c in timed]))
    for suffix, run_cases_ in variants:
        for _ in range(runs):
            first = RunOutcome()
            stream = _Stream(pool, job_args, limits, untimed, default_call, budget_s, first)
            try:
                if not suffix:
                    outcome.results.update({k: v for k, v in first.results.items()
                                            if k not in outcome.results})
                    outcome.fatal = outcome.fatal or first.fatal
                if not stream.alive:
                    return
                for i, case in enumerate(run_cases_):
                    result = stream.timed(case, limits_ms[case.name],
                                          last=i == len(run_cases_) - 1)
                    key = case.name + suffix
                    seen = outcome.results.get(key)
                    if seen is None or result.error or (
                            not seen.error and result.time_ms < seen.time_ms):
                        outcome.results[key] = result
                    if result.error or not stream.alive:
                        return
            finally:
                stream.close(outcome if not suffix else RunOutcome())


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
    listener: Callable[[str, CaseOutcome], None] | None = None,
    after_send: Callable[[], None] | None = None,
) -> RunOutcome:
    """Run ``code`` on ``cases`` in one child: untimed cases first, then each timed case on
    its own, its CPU time read around it (see :class:`_Stream`).

    A timed case runs ``timed_runs`` times and keeps its cheapest run; with ``timed_runs=1`` a
    run over the limit gets one more try in a fresh child (a repeat in the same child could
    return a remembered answer), so a correct solution is not failed by a noisy neighbour.
    ``measure_baseline`` also times, for each timed case, a run that only builds the inputs
    (result under ``"<name>#baseline"``), so limits can scale the work of the solution rather
    than the fixed cost around it. ``listener`` hears each case's final result as it arrives;
    ``after_send`` is called once, in this thread, while the child starts on the job.
    """
    outcome = RunOutcome(listener=listener)
    untimed = [c for c in cases if not c.timed]
    timed = [c for c in cases if c.timed]
    job_args = {"code": code, "filename": filename, "harness": harness, "prelude": prelude,
                "runtime": pool.runtime, "cpus": placement.judge_cpus()}
    if not timed:
        _run_job(pool, _job(limits=limits, cases=untimed, default_call=default_call, **job_args),
                 [c.name for c in untimed], limits, outcome, after_send)
        return outcome
    limits_ms = {c.name: float(timed_limit_ms(c)) for c in timed}
    if timed_runs > 1 or measure_baseline:
        if after_send is not None:
            after_send()
        _measure(pool, job_args, limits, untimed, timed, default_call, limits_ms,
                 max(timed_runs, 1), measure_baseline, outcome)
        return outcome
    budget_s = sum(3 * ms / 1000.0 for ms in limits_ms.values())
    stream = _Stream(pool, job_args, limits, untimed, default_call, budget_s, outcome,
                     after_send)
    try:
        if not stream.alive or outcome.fatal:
            return outcome
        for i, case in enumerate(timed):
            limit_ms = limits_ms[case.name]
            best = stream.timed(case, limit_ms, last=i == len(timed) - 1)
            if not best.error and best.time_ms > limit_ms:
                # Over the limit: one more try in a fresh child (a repeat in the same child
                # could return a remembered answer), so a noisy neighbour does not fail it.
                retry = _Stream(pool, job_args, limits, untimed, default_call,
                                3 * limit_ms / 1000.0, RunOutcome())
                try:
                    if retry.alive:
                        again = retry.timed(case, limit_ms, last=True)
                        if not again.error and again.time_ms < best.time_ms:
                            best = again
                finally:
                    retry.close(RunOutcome())
            outcome.record(case.name, best)
            if best.error or not stream.alive:
                break
    finally:
        stream.close(outcome)
    return outcome
