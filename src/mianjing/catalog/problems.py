"""Loading and validating content: judge problems shipped as data under ``content/problems``.

A problem lives in ``content/problems/<slug>/`` as ``problem.md`` (statement), ``meta.toml``
(validated by :class:`ProblemMeta`), ``starter.py``, ``solution.py`` (reference),
``tests.py`` (hidden tests, imported only by the judge), optionally ``harness.py`` (public
probes that run next to the submission) and ``wrong_solutions/*.py`` (mutants that must fail;
not shipped in the wheel).
"""

from __future__ import annotations

import difflib
import importlib.util
import sys
import threading
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

PROBLEMS_DIR = Path(__file__).resolve().parent.parent / "content" / "problems"
REQUIRED_FILES = ("problem.md", "meta.toml", "starter.py", "solution.py", "tests.py")
TOPICS = (
    "transformer", "llm", "multimodal", "diffusion_aigc", "cv", "rl_alignment", "recsys",
    "ml_basics", "dl_basics", "nlp", "rag_agent", "cs_basics", "algorithms", "3d_vision",
    "decoding", "numerics", "optimization", "other",
)


class CatalogError(ValueError):
    """Content is missing or invalid; the message names the file and the field."""

    @classmethod
    def from_validation(cls, where: Path, exc: ValidationError) -> CatalogError:
        """One message naming every invalid field ("topics.0: Input should be …")."""
        details = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
            for err in exc.errors()
        )
        return cls(f"{where}: {details}")


class Titles(BaseModel):
    model_config = ConfigDict(extra="forbid")
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Asked(BaseModel):
    """Where a problem was asked: a seed post's company and round, or a named pattern list."""

    model_config = ConfigDict(extra="forbid")
    company: str = Field(min_length=1)
    round: str | None = None
    position: str | None = None
    source: str | None = None


class ProblemMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slug: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: Titles
    difficulty: Literal["easy", "medium", "hard"]
    kind: Literal["ml", "algo"]
    topics: list[str] = Field(min_length=1)
    framework: Literal["numpy", "torch", "python"]
    entry_points: list[str] = Field(min_length=1)
    time_limit_ms: int = Field(default=5000, ge=100, le=60000)
    memory_limit_mb: int = Field(default=512, ge=32, le=8192)
    leetcode: int | None = Field(default=None, ge=1)
    forbidden: list[str] = Field(default_factory=list)
    prelude: list[Literal["ListNode", "TreeNode"]] = Field(default_factory=list)
    asked: list[Asked] = Field(default_factory=list)

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, topics: list[str]) -> list[str]:
        unknown = [t for t in topics if t not in TOPICS]
        if unknown:
            raise ValueError(f"unknown topics {unknown}; known: {', '.join(TOPICS)}")
        return topics

    @field_validator("entry_points")
    @classmethod
    def _identifiers(cls, names: list[str]) -> list[str]:
        bad = [n for n in names if not n.isidentifier()]
        if bad:
            raise ValueError(f"entry points must be Python identifiers: {bad}")
        return names


@dataclass
class Problem:
    meta: ProblemMeta
    path: Path
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def slug(self) -> str:
        return self.meta.slug

    @property
    def runtime(self) -> str:
        return self.meta.framework

    @cached_property
    def statement(self) -> str:
        return (self.path / "problem.md").read_text(encoding="utf-8")

    @cached_property
    def starter(self) -> str:
        return (self.path / "starter.py").read_text(encoding="utf-8")

    @cached_property
    def solution(self) -> str:
        return (self.path / "solution.py").read_text(encoding="utf-8")

    @cached_property
    def harness(self) -> str | None:
        path = self.path / "harness.py"
        return path.read_text(encoding="utf-8") if path.exists() else None

    @property
    def wrong_solutions(self) -> list[Path]:
        folder = self.path / "wrong_solutions"
        return sorted(folder.glob("*.py")) if folder.is_dir() else []

    @property
    def tests(self) -> ModuleType:
        """The hidden tests module, imported once (trusted code: only the judge runs it)."""
        with self._lock:
            cached = self.__dict__.get("_tests")
            if cached is None:
                name = f"mianjing_hidden_tests.{self.slug.replace('-', '_')}"
                spec = importlib.util.spec_from_file_location(name, self.path / "tests.py")
                if spec is None or spec.loader is None:
                    raise CatalogError(f"{self.path / 'tests.py'}: cannot be imported")
                cached = importlib.util.module_from_spec(spec)
                sys.modules[name] = cached
                spec.loader.exec_module(cached)
                if not callable(getattr(cached, "cases", None)):
                    raise CatalogError(f"{self.path / 'tests.py'}: defines no cases(rng) function")
                self.__dict__["_tests"] = cached
            return cached


def load_problem(path: Path) -> Problem:
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if missing:
        raise CatalogError(f"{path}: missing {', '.join(missing)}")
    meta_path = path / "meta.toml"
    try:
        raw = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{meta_path}: invalid TOML: {exc}") from exc
    try:
        meta = ProblemMeta.model_validate(raw)
    except ValidationError as exc:
        raise CatalogError.from_validation(meta_path, exc) from exc
    if meta.slug != path.name:
        raise CatalogError(f"{meta_path}: slug {meta.slug!r} does not match folder {path.name!r}")
    return Problem(meta, path)


class Catalog:
    def __init__(self, root: Path = PROBLEMS_DIR):
        self.root = root
        self._problems: dict[str, Problem] | None = None
        self._broken: dict[str, str] = {}  # folder name -> why it could not be loaded

    def _load(self) -> dict[str, Problem]:
        if self._problems is None:
            problems: dict[str, Problem] = {}
            for folder in sorted(p for p in self.root.iterdir() if p.is_dir()) \
                    if self.root.is_dir() else []:
                if folder.name.startswith(("_", ".")):
                    continue
                try:
                    problem = load_problem(folder)
                except CatalogError as exc:
                    self._broken[folder.name] = str(exc)
                    continue
                problems[problem.slug] = problem
            self._problems = problems
        return self._problems

    def problems(self, *, kind: str | None = None, topic: str | None = None) -> list[Problem]:
        out = list(self._load().values())
        if kind:
            out = [p for p in out if p.meta.kind == kind]
        if topic:
            out = [p for p in out if topic in p.meta.topics]
        return out

    @property
    def errors(self) -> list[str]:
        """Why each broken problem folder could not be loaded."""
        self._load()
        return list(self._broken.values())

    def get(self, slug: str) -> Problem:
        problems = self._load()
        if slug in problems:
            return problems[slug]
        if slug in self._broken:
            raise CatalogError(self._broken[slug])
        close = difflib.get_close_matches(slug, list(problems), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else \
            "; run 'mianjing problems' to list them"
        raise CatalogError(f"no problem named {slug!r}{hint}")
