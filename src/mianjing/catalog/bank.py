"""八股 bank entries shipped as data under ``content/bank/<topic>/<id>.md``.

Each file is TOML front matter between ``+++`` lines (validated by :class:`EntryMeta`) followed by
the reference answer in Markdown. The folder names the topic, the file stem is the entry id.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mianjing.catalog.problems import CatalogError

BANK_DIR = Path(__file__).resolve().parent.parent / "content" / "bank"
BANK_TOPICS = (
    "transformer", "llm", "multimodal", "diffusion_aigc", "cv", "rl_alignment", "recsys",
    "ml_basics", "dl_basics", "nlp", "rag_agent", "cs_basics", "algorithms", "3d_vision", "other",
)
ANSWER_CHARS = (200, 1200)
FENCE = "+++"


class Source(BaseModel):
    """Where the question was seen: a seed post (file name) and, when stated, company and round."""

    model_config = ConfigDict(extra="forbid")
    seed: str = Field(min_length=1)
    company: str | None = None
    round: str | None = None


class EntryMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)
    question: str = Field(min_length=4)
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["bagu", "scenario", "open"] = "bagu"
    topic: Literal[BANK_TOPICS]  # type: ignore[valid-type]
    tags: list[str] = Field(default_factory=list)
    difficulty: Literal["easy", "medium", "hard"]
    key_points: list[str] = Field(min_length=3, max_length=8)
    followups: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)

    @field_validator("aliases", "tags", "key_points")
    @classmethod
    def _no_blank_items(cls, items: list[str]) -> list[str]:
        if any(not item.strip() for item in items):
            raise ValueError("items must not be blank")
        if len(set(items)) != len(items):
            raise ValueError("items must not repeat")
        return items


@dataclass(frozen=True)
class Entry:
    meta: EntryMeta
    answer: str
    path: Path

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def question(self) -> str:
        return self.meta.question

    @property
    def topic(self) -> str:
        return self.meta.topic


def answer_length(answer: str) -> int:
    """Characters that carry content: whitespace does not count towards the length limits."""
    return sum(1 for ch in answer if not ch.isspace())


def parse_entry(path: Path) -> Entry:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    lines = text.splitlines()
    if not lines or lines[0].strip() != FENCE:
        raise CatalogError(f"{path}: must start with a '{FENCE}' line opening the TOML front matter")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise CatalogError(f"{path}: front matter is not closed by a '{FENCE}' line") from None
    try:
        raw = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: invalid TOML front matter: {exc}") from exc
    try:
        meta = EntryMeta.model_validate(raw)
    except ValidationError as exc:
        raise CatalogError.from_validation(path, exc) from exc
    if meta.id != path.stem:
        raise CatalogError(f"{path}: id {meta.id!r} does not match the file name {path.stem!r}")
    if meta.topic != path.parent.name:
        raise CatalogError(f"{path}: topic {meta.topic!r} does not match folder {path.parent.name!r}")
    answer = "\n".join(lines[end + 1:]).strip()
    low, high = ANSWER_CHARS
    size = answer_length(answer)
    if not low <= size <= high:
        raise CatalogError(f"{path}: answer has {size} characters; it must have {low}–{high}")
    return Entry(meta, answer, path)


class Bank:
    """All bank entries, loaded once; broken files are collected, not fatal, until validation."""

    def __init__(self, root: Path = BANK_DIR):
        self.root = root
        self._entries: dict[str, Entry] | None = None
        self._errors: list[str] = []

    def _load(self) -> dict[str, Entry]:
        if self._entries is None:
            entries: dict[str, Entry] = {}
            files = sorted(self.root.glob("*/*.md")) if self.root.is_dir() else []
            for path in files:
                try:
                    entry = parse_entry(path)
                except CatalogError as exc:
                    self._errors.append(str(exc))
                    continue
                if entry.id in entries:
                    self._errors.append(
                        f"{path}: id {entry.id!r} is already used by {entries[entry.id].path}")
                    continue
                entries[entry.id] = entry
            self._entries = entries
        return self._entries

    def entries(self, *, topic: str | None = None) -> list[Entry]:
        out = list(self._load().values())
        return [e for e in out if e.topic == topic] if topic else out

    def get(self, entry_id: str) -> Entry:
        entries = self._load()
        if entry_id not in entries:
            raise CatalogError(f"no bank entry {entry_id!r}; try 'mianjing search'")
        return entries[entry_id]

    def __contains__(self, entry_id: str) -> bool:
        return entry_id in self._load()

    def __len__(self) -> int:
        return len(self._load())

    @property
    def errors(self) -> list[str]:
        self._load()
        return list(self._errors)

    def link_errors(self, problem_slugs: set[str]) -> list[str]:
        """Follow-ups and related problems that point nowhere."""
        entries = self._load()
        errors = []
        for entry in entries.values():
            for target in entry.meta.followups:
                if target not in entries:
                    errors.append(f"{entry.path}: follow-up {target!r} is not a bank entry")
                elif target == entry.id:
                    errors.append(f"{entry.path}: lists itself as a follow-up")
            for slug in entry.meta.problems:
                if slug not in problem_slugs:
                    errors.append(f"{entry.path}: related problem {slug!r} does not exist")
        return errors
