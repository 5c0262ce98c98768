"""Recording and listing judge submissions."""

from __future__ import annotations

from sqlalchemy import select

from mianjing.judge.verdict import Verdict
from mianjing.store.db import session
from mianjing.store.models import Submission


def record(verdict: Verdict, code: str, source_name: str = "") -> int:
    with session() as s, s.begin():
        row = Submission(
            problem=verdict.problem, verdict=verdict.verdict, passed=verdict.passed,
            total=verdict.total, time_ms=verdict.time_ms, seed=verdict.seed,
            source_name=source_name, code=code, message=verdict.message[:4000],
            cases=[{"name": c.name, "verdict": c.verdict, "time_ms": c.time_ms}
                   for c in verdict.cases],
            sandbox=verdict.sandbox,
        )
        s.add(row)
        s.flush()
        return row.id


def history(problem: str | None = None, limit: int = 20) -> list[Submission]:
    with session() as s:
        query = select(Submission).order_by(Submission.id.desc()).limit(limit)
        if problem:
            query = query.where(Submission.problem == problem)
        return list(s.scalars(query))
