"""Verdict latency of the warm pool vs. a fresh Python process per submission, in one run.

For each problem the reference solution is submitted repeatedly (reference outputs cached, as
for any repeated seed) and the wall time of ``Judge.judge`` is recorded. The baseline runs the
same job through the same runner, but in a freshly started ``python`` process per submission
(``import numpy``/``import torch`` each time), as a judge without a zygote would.

Judge overhead = verdict time - the time the reference solution itself needs for the same
cases, measured by calling it directly in this process right before each verdict (the median
of these paired differences is printed; "ref ms" is the median of the direct calls).

Usage: python bench/judge_latency.py [--runs 40] [--baseline-runs 5] [--throughput 300]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import types
from concurrent.futures import ThreadPoolExecutor

from mianjing.catalog import Catalog, Problem
from mianjing.judge import structures
from mianjing.judge.execution import Limits, run_cases
from mianjing.judge.grader import Judge
from mianjing.judge.protocol import FrameReader
from mianjing.judge.sandbox import placement
from mianjing.judge.sandbox.isolation import sandbox_env, select_mode
from mianjing.judge.sandbox.pids import process_cpu_clock
from mianjing.judge.sandbox.pool import ExitInfo

PROBLEMS = ["softmax", "layer-norm", "merge-intervals", "scaled-dot-product-attention"]
SEED = 12345


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class FreshProcessChild:
    """The judge's view of a child, backed by a brand-new interpreter (no zygote, no pool)."""

    def __init__(self, runtime: str):
        ours, theirs = socket.socketpair()
        imports = {"python": "", "numpy": "import numpy;", "torch": "import numpy, torch;"}[runtime]
        code = (f"import sys; sys.path.insert(0, {str(Catalog().root.parents[2])!r}); {imports}"
                "from mianjing.judge.runner import child_main; child_main(int(sys.argv[1]))")
        self.proc = subprocess.Popen([sys.executable, "-I", "-c", code, str(theirs.fileno())],
                                     pass_fds=[theirs.fileno()], env=sandbox_env(),
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        theirs.close()
        self.sock = ours
        self.frames = FrameReader(ours)

        self.exit: ExitInfo | None = None

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()

    def start_elsewhere(self) -> None:
        """Placed like a pool child, so the two are compared on equal terms."""
        placement.keep_off_current_cpu(self.proc.pid, placement.judge_cpus())

    def cpu_seconds(self, timeout: float = 5.0) -> float | None:
        """The child's CPU clock, read directly: this process is its parent."""
        try:
            return time.clock_gettime(process_cpu_clock(self.proc.pid))
        except OSError:
            return None

    def report_growth(self, grew_kb: object) -> None:
        """No prefault to size: every submission gets a brand-new interpreter."""

    def wait_exit(self, timeout: float = 5.0) -> ExitInfo | None:
        if self.exit is None:
            _, status, usage = os.wait4(self.proc.pid, 0)
            self.proc.returncode = os.waitstatus_to_exitcode(status)
            self.exit = ExitInfo(
                os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
                os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
                int(usage.ru_maxrss), float(usage.ru_utime + usage.ru_stime))
        return self.exit

    def close(self) -> None:
        self.sock.close()


class FreshProcessPool:
    def __init__(self, runtime: str):
        self.runtime = runtime
        self.mode = None

    def acquire(self) -> FreshProcessChild:
        return FreshProcessChild(self.runtime)


class InProcessReference:
    """The reference solution called directly in this process, with no judge at all.

    Inputs are built afresh for every call (a solution may sort its input in place) but outside
    the timing, so ``run_ms`` is the time the reference's own code needs for all the cases.
    """

    def __init__(self, problem: Problem, judge: Judge):
        if problem.runtime == "torch":
            import torch

            torch.set_num_threads(1)
        self._problem = problem
        self._cases = judge.build_cases(problem, SEED)
        self._module = types.ModuleType("reference")
        self._module.__dict__.update({n: structures.PRELUDE[n] for n in problem.meta.prelude})
        exec(compile(problem.solution, "reference.py", "exec"), self._module.__dict__)
        self._harness = types.ModuleType("harness")
        if problem.harness:
            exec(compile(problem.harness, "harness.py", "exec"), self._harness.__dict__)

    def run_ms(self) -> float:
        from mianjing.judge.runner import _materialize, _to_runtime

        runtime = self._problem.runtime
        total = 0.0
        for case in self._cases:
            args = _to_runtime(_materialize(list(case.args)), runtime)
            kwargs = _to_runtime(_materialize(dict(case.kwargs)), runtime)
            start = time.perf_counter()
            if case.probe:
                getattr(self._harness, "probe_" + case.probe)(self._module, *args, **kwargs)
            else:
                fn = getattr(self._module, case.call or self._problem.meta.entry_points[0])
                fn(*args, **kwargs)
            total += time.perf_counter() - start
        return total * 1000


def fresh_process_verdict_ms(problem: Problem, judge: Judge) -> float:
    cases = judge.build_cases(problem, SEED)
    start = time.perf_counter()
    run_cases(FreshProcessPool(problem.runtime), code=problem.solution, filename="solution.py",
              cases=cases, default_call=problem.meta.entry_points[0],
              limits=Limits(60_000, problem.meta.memory_limit_mb), prelude=problem.meta.prelude,
              harness=problem.harness, timed_limit_ms=lambda c: 60_000.0)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--baseline-runs", type=int, default=5)
    parser.add_argument("--throughput", type=int, default=300,
                        help="softmax submissions for the throughput run")
    args = parser.parse_args()
    os.environ.setdefault("MIANJING_HOME", "/tmp/mianjing-bench")
    catalog = Catalog()
    mode = select_mode()
    print(f"sandbox mode: {mode.name}; cores: {os.cpu_count()}; python {sys.version.split()[0]}")
    print(f"{'problem':32} {'ref ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'ovh p50':>8} "
          f"{'fresh p50':>10} {'speed-up':>9}")
    with Judge(pool_size=2) as judge:
        for slug in PROBLEMS:
            problem = catalog.get(slug)
            judge.warm_up(problem.runtime)
            judge.judge(problem, problem.solution, seed=SEED)  # reference cached from here on
            time.sleep(0.2)
            reference = InProcessReference(problem, judge)
            latencies, overhead, ref_times = [], [], []
            for _ in range(args.runs):
                # Paired: the reference's own time is taken right before each verdict, so both
                # see the same machine (this VM's speed drifts by tens of percent over seconds).
                ref_ms = reference.run_ms()
                start = time.perf_counter()
                verdict = judge.judge(problem, problem.solution, seed=SEED)
                elapsed_ms = (time.perf_counter() - start) * 1000
                assert verdict.accepted, verdict.message
                latencies.append(elapsed_ms)
                ref_times.append(ref_ms)
                overhead.append(elapsed_ms - ref_ms)
                # Between real submissions the pool refills: a replacement child is forked
                # once a job ends and rehearses (~10 ms of CPU for torch) before it waits.
                time.sleep(0.05)
            fresh = [fresh_process_verdict_ms(problem, judge) for _ in range(args.baseline_runs)]
            p50, p95 = pct(latencies, 0.5), pct(latencies, 0.95)
            print(f"{slug:32} {pct(ref_times, 0.5):8.2f} {p50:8.2f} {p95:8.2f} {pct(overhead, 0.5):8.2f} "
                  f"{statistics.median(fresh):10.1f} {statistics.median(fresh) / p50:8.1f}x")

        problem = catalog.get("softmax")
        done = 0
        lock = threading.Lock()

        def submit(_: int) -> None:
            nonlocal done
            v = judge.judge(problem, problem.solution, seed=SEED)
            assert v.accepted
            with lock:
                done += 1

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            list(pool.map(submit, range(args.throughput)))
        elapsed = time.perf_counter() - start
        print(f"throughput: {done / elapsed:.1f} softmax verdicts/s "
              f"({done} in {elapsed:.2f} s, {os.cpu_count()} cores, reference cached)")


if __name__ == "__main__":
    main()
