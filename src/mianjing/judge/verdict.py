"""Verdicts: what the judge tells the candidate, per case and overall."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

VERDICTS = ("AC", "WA", "TLE", "MLE", "RE", "CE", "OLE")
VERDICT_NAMES = {
    "AC": "Accepted", "WA": "Wrong Answer", "TLE": "Time Limit Exceeded",
    "MLE": "Memory Limit Exceeded", "RE": "Runtime Error", "CE": "Compile Error",
    "OLE": "Output Limit Exceeded", "SKIP": "Not run",
}


@dataclass
class CaseResult:
    name: str
    verdict: str
    time_ms: float | None = None
    message: str = ""


@dataclass
class Verdict:
    problem: str
    verdict: str
    passed: int
    total: int
    time_ms: float
    cases: list[CaseResult] = field(default_factory=list)
    message: str = ""
    seed: int | None = None
    stdout: str = ""
    sandbox: str = ""

    @property
    def accepted(self) -> bool:
        return self.verdict == "AC"

    @property
    def first_failure(self) -> CaseResult | None:
        return next((c for c in self.cases if c.verdict not in ("AC", "SKIP")), None)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["cases"] = [asdict(c) for c in self.cases]
        return data
