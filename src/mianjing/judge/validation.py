"""Checking a problem end to end: schema, statement shape, reference accepted, mutants rejected."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

import numpy as np

from mianjing.catalog import Problem
from mianjing.judge.codec import Tensor
from mianjing.judge.grader import Judge, JudgeError
from mianjing.judge.verdict import Verdict

STATEMENT_SECTIONS = ("## 题目", "## 接口", "## 要求", "## 示例", "## 追问")
VALIDATION_SEED = 20240601


@dataclass
class ProblemReport:
    slug: str
    errors: list[str] = field(default_factory=list)
    reference: Verdict | None = None
    mutants: dict[str, Verdict] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _is_trivial(value: object) -> bool:
    if isinstance(value, Tensor):
        value = value.array
    if isinstance(value, np.ndarray):
        return value.size == 0 or (value.dtype.kind in "biufc" and not np.any(value))
    return value in (None, 0, 0.0, [], (), "", False)


def check_static(problem: Problem) -> list[str]:
    errors = []
    statement = problem.statement
    for section in STATEMENT_SECTIONS:
        if section not in statement:
            errors.append(f"problem.md: missing section '{section}'")
    for name in ("starter.py", "solution.py"):
        source = (problem.path / name).read_text(encoding="utf-8")
        try:
            tree = ast.parse(source)
        except SyntaxError as exc:
            errors.append(f"{name}: syntax error at line {exc.lineno}: {exc.msg}")
            continue
        defined = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
        missing = [e for e in problem.meta.entry_points if e not in defined]
        if missing:
            errors.append(f"{name}: does not define {', '.join(missing)}")
    return errors


def validate_problem(judge: Judge, problem: Problem, *, mutants: bool = True,
                     seed: int = VALIDATION_SEED) -> ProblemReport:
    report = ProblemReport(problem.slug)
    report.errors += check_static(problem)
    try:
        verdict = judge.judge(problem, problem.solution, seed=seed, filename="solution.py")
    except JudgeError as exc:
        report.errors.append(str(exc))
        return report
    report.reference = verdict
    if not verdict.accepted:
        report.errors.append(f"reference solution got {verdict.verdict}: {verdict.message}")
    cached = judge._cached_reference(problem, seed)
    if cached is not None:
        cases, reference = cached
        outputs = [reference.results[c.name].value if not c.has_expected else c.expected
                   for c in cases]
        if all(_is_trivial(v) for v in outputs):
            report.errors.append("every expected output is empty or zero: a submission that "
                                 "returns zeros would pass")
    if mutants:
        wrong = problem.wrong_solutions
        if len(wrong) < 3:
            report.errors.append(f"wrong_solutions/: {len(wrong)} mutants, at least 3 required")
        for path in wrong:
            v = judge.judge(problem, path.read_text(encoding="utf-8"), seed=seed,
                            filename="solution.py")
            report.mutants[path.name] = v
            if v.accepted:
                report.errors.append(f"wrong_solutions/{path.name} was accepted")
    return report
