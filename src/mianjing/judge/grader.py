"""The judge: a submission and a problem in, a verdict out.

For one submission the judge (trusted, in this process) checks the source statically,
generates the cases from a seed, runs the reference and the submission in two separate
sandboxed children at the same time, and compares their outputs here with the problem's
checkers. Neither child ever sees an expected value.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from mianjing.catalog import Problem
from mianjing.judge import checkers, static
from mianjing.judge.describe import describe_call
from mianjing.judge.execution import BASELINE_SUFFIX, CaseOutcome, Limits, RunOutcome, run_cases
from mianjing.judge.sandbox.pool import Pools
from mianjing.judge.testkit import Case
from mianjing.judge.timings import TimingStore
from mianjing.judge.verdict import CaseResult, Verdict

DEFAULT_TIME_FACTOR = 8.0
DEFAULT_TIME_FLOOR_MS = 20.0
_REFERENCE_BUDGET_MS = 60_000.0
_CACHE_SIZE = 64


class JudgeError(RuntimeError):
    """The problem itself is broken (its reference fails, its tests raise): not the user's fault."""


def _default_checker(problem: Problem) -> checkers.Checker:
    custom = getattr(problem.tests, "COMPARE", None)
    if custom is not None:
        return custom
    if problem.runtime == "python":
        return checkers.exact()
    return checkers.allclose()


class Judge:
    """Thread-safe; keep one per process so its warm pools are reused."""

    def __init__(self, pools: Pools | None = None, *, pool_size: int = 2,
                 timings_path: Path | None = None):
        self.pools = pools or Pools(size=pool_size)
        self._lock = threading.Lock()
        self._reference_cache: OrderedDict[tuple[str, int], tuple[list[Case], RunOutcome]] = \
            OrderedDict()
        self._timings = TimingStore(timings_path)
        self._executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="reference")

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.pools.close()

    def __enter__(self) -> Judge:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def warm_up(self, runtime: str) -> None:
        self.pools.get(runtime).start()

    # --- cases and the reference -----------------------------------------------------------
    def build_cases(self, problem: Problem, seed: int) -> list[Case]:
        try:
            cases = list(problem.tests.cases(np.random.default_rng(seed)))
        except Exception as exc:
            raise JudgeError(f"{problem.slug}: tests.py failed to generate cases: {exc!r}") from exc
        names = [c.name for c in cases]
        if not cases or len(set(names)) != len(names):
            raise JudgeError(f"{problem.slug}: tests.py must yield cases with unique names")
        self._prepare_inputs(problem, cases)
        return cases

    def _prepare_inputs(self, problem: Problem, cases: list[Case]) -> None:
        """Large generated inputs of untimed cases are built once in the zygote instead of in
        every child. Never those of timed cases: a child holding them from the start could
        compute their answers while loading, where no clock runs, and replay them when timed."""
        from mianjing.judge.generated import find_generated

        timed = {g.key() for c in cases if c.timed for g in find_generated((c.args, c.kwargs))}
        specs = {g.key(): g.to_wire() for c in cases if not c.timed
                 for g in find_generated((c.args, c.kwargs))
                 if int(np.prod(g.shape)) >= 4096 and g.key() not in timed}
        if specs:
            with contextlib.suppress(Exception):  # an optimisation: never fail a verdict
                self.pools.get(problem.runtime).prepare(list(specs.values()))

    def _limits(self, problem: Problem) -> Limits:
        return Limits(problem.meta.time_limit_ms, problem.meta.memory_limit_mb)

    def _run(self, problem: Problem, code: str, filename: str, cases: list[Case],
             timed_limit_ms, timed_runs: int = 1, measure_baseline: bool = False,
             listener=None, after_send=None) -> RunOutcome:
        return run_cases(
            self.pools.get(problem.runtime), code=code, filename=filename, cases=cases,
            default_call=problem.meta.entry_points[0], limits=self._limits(problem),
            prelude=list(problem.meta.prelude), harness=problem.harness,
            timed_limit_ms=timed_limit_ms, timed_runs=timed_runs,
            measure_baseline=measure_baseline, listener=listener, after_send=after_send,
        )

    def _cached_reference(self, problem: Problem, seed: int
                          ) -> tuple[list[Case], RunOutcome] | None:
        with self._lock:
            hit = self._reference_cache.get((problem.slug, seed))
            if hit is not None:
                self._reference_cache.move_to_end((problem.slug, seed))
            return hit

    def _reference(self, problem: Problem, seed: int, cases: list[Case]) -> RunOutcome:
        key = (problem.slug, seed)
        timed = [c for c in cases if c.timed]
        must_time = any(self._timings.get(problem, c.name) is None for c in timed)
        outcome = self._run(problem, problem.solution, "reference.py", cases,
                            lambda case: _REFERENCE_BUDGET_MS, timed_runs=3 if must_time else 1,
                            measure_baseline=must_time)
        if outcome.fatal:
            raise JudgeError(f"{problem.slug}: the reference solution failed: "
                             f"{outcome.fatal['message']}")
        for case in cases:
            result = outcome.results.get(case.name)
            if result is None or result.error:
                why = result.error["message"] if result and result.error else "no result"
                raise JudgeError(f"{problem.slug}: the reference failed on case {case.name}: {why}")
        if must_time:
            for case in timed:
                cpu_ms = outcome.results[case.name].time_ms
                base = outcome.results.get(case.name + BASELINE_SUFFIX)
                base_ms = min(base.time_ms, cpu_ms) if base and not base.error else 0.0
                self._timings.put(problem, case.name, cpu_ms, base_ms)
            self._timings.save()
        with self._lock:
            self._reference_cache[key] = (cases, outcome)
            while len(self._reference_cache) > _CACHE_SIZE:
                self._reference_cache.popitem(last=False)
        return outcome

    def _timed_limit(self, problem: Problem, reference: Future) -> Any:
        tests = problem.tests
        factor = getattr(tests, "TIME_FACTOR", DEFAULT_TIME_FACTOR)
        floor = getattr(tests, "TIME_FLOOR_MS", DEFAULT_TIME_FLOOR_MS)

        def limit(case: Case) -> float:
            """CPU budget: the fixed cost of a run with these inputs, plus the factor times
            the reference's work beyond it (never less than the floor)."""
            ref = self._timings.get(problem, case.name)
            if ref is None:
                reference.result()
                ref = self._timings.get(problem, case.name)
                if ref is None:
                    raise JudgeError(f"{problem.slug}: no reference timing for {case.name}")
            ref_ms, base_ms = ref
            work_ms = max(ref_ms - base_ms, 0.0)
            return base_ms + max(case.time_floor_ms or floor, (case.time_factor or factor) * work_ms)

        return limit

    # --- judging -----------------------------------------------------------------------------
    def judge(self, problem: Problem, code: str, *, seed: int | None = None,
              filename: str = "solution.py") -> Verdict:
        started = time.perf_counter()
        seed = secrets.randbits(31) if seed is None else int(seed)
        mode = self.pools.get(problem.runtime).mode
        sandbox_name = mode.name if mode else ""

        def finish(verdict: Verdict) -> Verdict:
            verdict.time_ms = (time.perf_counter() - started) * 1000.0
            verdict.seed = seed
            zygote = self.pools.get(problem.runtime).zygote
            verdict.sandbox = zygote.mode.name if zygote else sandbox_name
            return verdict

        # The static checks run while the child starts on the job (they only decide whether
        # its result counts; on another thread they would hold the GIL while the job is
        # built and sent), and each case is checked as it arrives while the child computes
        # the next.
        static: list[str | None] = []

        def check_source() -> None:
            static.append(self._static_issues(problem, code, filename))

        cached = self._cached_reference(problem, seed)
        reference: Future = Future()
        if cached is not None:
            cases, ref_outcome = cached
            reference.set_result(ref_outcome)
        else:
            cases = self.build_cases(problem, seed)
            reference = self._executor.submit(self._reference, problem, seed, cases)
        by_name = {c.name: c for c in cases}
        default_check = _default_checker(problem)
        early: dict[str, CaseResult] = {}

        def check_on_arrival(name: str, outcome: CaseOutcome) -> None:
            if reference.done() and reference.exception() is None and name in by_name:
                early[name] = self._check_case(problem, by_name[name], outcome,
                                               reference.result(), default_check)

        user = self._run(problem, code, filename, cases, self._timed_limit(problem, reference),
                         listener=check_on_arrival, after_send=check_source)
        rejected = static[0] if static else self._static_issues(problem, code, filename)
        if rejected is not None:
            return finish(Verdict(problem.slug, "CE", 0, 0, 0.0, message=rejected))
        return finish(self._compare(problem, cases, user, reference.result(), early,
                                    default_check))

    @staticmethod
    def _static_issues(problem: Problem, code: str, filename: str) -> str | None:
        """A compile-error message, or None when the source may be judged."""
        try:
            tree = static.parse(code, filename)
            issues = static.forbidden_uses(tree, problem.meta.forbidden)
        except static.SourceRejected as exc:
            return exc.message
        except RecursionError:  # parsed, but a syntax tree too deep to walk
            return "the source is nested too deeply to be checked"
        if issues:
            return "; ".join(f"line {i.line}: {i.message}" for i in issues[:5])
        return None

    def _compare(self, problem: Problem, cases: list[Case], user: RunOutcome, ref: RunOutcome,
                 early: dict[str, CaseResult], default_check: checkers.Checker) -> Verdict:
        """The verdict; cases already checked on arrival (``early``) are not checked again."""
        results: list[CaseResult] = []
        fatal_used = False
        for case in cases:
            outcome: CaseOutcome | None = user.results.get(case.name)
            if outcome is None:
                if user.fatal and not fatal_used:
                    fatal_used = True
                    results.append(CaseResult(case.name, user.fatal["kind"], None,
                                              user.fatal["message"]))
                else:
                    results.append(CaseResult(case.name, "SKIP", None, ""))
                continue
            result = early.get(case.name)
            results.append(result if result is not None else
                           self._check_case(problem, case, outcome, ref, default_check))
        first_bad = next((r for r in results if r.verdict not in ("AC", "SKIP")), None)
        if first_bad is None and user.fatal and not fatal_used:
            first_bad = CaseResult("(end)", user.fatal["kind"], None, user.fatal["message"])
            results.append(first_bad)
        passed = sum(r.verdict == "AC" for r in results)
        verdict = first_bad.verdict if first_bad else "AC"
        message = f"{first_bad.name}: {first_bad.message}" if first_bad else \
            f"all {len(cases)} cases passed"
        return Verdict(problem.slug, verdict, passed, len(cases), 0.0, results, message,
                       stdout=user.stdout)

    def _check_case(self, problem: Problem, case: Case, outcome: CaseOutcome, ref: RunOutcome,
                    default_check: checkers.Checker) -> CaseResult:
        if outcome.error:
            return CaseResult(case.name, outcome.error.get("kind", "RE"), outcome.time_ms,
                              outcome.error.get("message", ""))
        if case.timed and outcome.limit_ms is not None and outcome.time_ms > outcome.limit_ms:
            return CaseResult(
                case.name, "TLE", outcome.time_ms,
                f"used {outcome.time_ms:.0f} ms of CPU, limit {outcome.limit_ms:.0f} ms "
                "(complexity guard: the intended solution is much faster)")
        expected = case.expected if case.has_expected else ref.results[case.name].value
        check = case.check or default_check
        try:
            check(outcome.value, expected, case)
        except checkers.Mismatch as exc:
            return CaseResult(case.name, "WA", outcome.time_ms,
                              self._wa_message(problem, case, str(exc)))
        except Exception as exc:  # a checker tripping over a malformed output
            return CaseResult(case.name, "WA", outcome.time_ms, self._wa_message(
                problem, case, f"output could not be checked ({type(exc).__name__}: {exc})"))
        return CaseResult(case.name, "AC", outcome.time_ms, "")

    @staticmethod
    def _wa_message(problem: Problem, case: Case, detail: str) -> str:
        parts = [detail]
        if case.show_input and not case.probe:
            parts.append("given: " + describe_call(case.args, case.kwargs))
        if case.guards:
            parts.append("this case checks: " + case.guards)
        return "\n".join(parts)
