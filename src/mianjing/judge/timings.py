"""Remembered CPU costs of the reference on timed cases, so a one-shot judge need not re-time.

Timing a complexity guard properly takes six extra sandboxed runs (three of the reference,
three that only build inputs). The result depends on the machine and on the problem's files,
so it is stored per problem content hash in a JSON file in the data directory and reused by
later processes on the same machine.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path

from mianjing.catalog import Problem

# Bumped when the way timed cases are measured changes, so older stored timings are not reused.
TIMING_METHOD = b"in-child-cpu-clock-v4-prefaulted-heap-flat-digest"


def problem_fingerprint(problem: Problem) -> str:
    digest = hashlib.sha256(TIMING_METHOD)
    for name in ("solution.py", "tests.py", "harness.py", "meta.toml"):
        path = problem.path / name
        if path.exists():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


class TimingStore:
    """(problem, case) -> (reference CPU ms, input-building CPU ms); optionally on disk."""

    def __init__(self, path: Path | None = None):
        self.path = path
        self._lock = threading.Lock()
        self._data: dict[str, list[float]] = {}
        self._fingerprints: dict[str, str] = {}
        if path is not None and path.exists():
            with contextlib.suppress(OSError, ValueError):
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self._data = {k: v for k, v in loaded.items()
                                  if isinstance(v, list) and len(v) == 2}

    def _key(self, problem: Problem, case_name: str) -> str:
        fp = self._fingerprints.get(problem.slug)
        if fp is None:
            fp = self._fingerprints[problem.slug] = problem_fingerprint(problem)
        return f"{problem.slug}:{fp}:{case_name}"

    def get(self, problem: Problem, case_name: str) -> tuple[float, float] | None:
        with self._lock:
            value = self._data.get(self._key(problem, case_name))
        return (float(value[0]), float(value[1])) if value else None

    def put(self, problem: Problem, case_name: str, ref_ms: float, base_ms: float) -> None:
        with self._lock:
            key = self._key(problem, case_name)
            seen = self._data.get(key)
            if seen is None or ref_ms < seen[0]:
                self._data[key] = [round(ref_ms, 3), round(base_ms, 3)]

    def save(self) -> None:
        if self.path is None:
            return
        with self._lock:
            text = json.dumps(self._data, indent=0, sort_keys=True)
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".timings-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, self.path)
