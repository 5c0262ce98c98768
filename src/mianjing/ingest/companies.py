"""Recognising company names (and their aliases) from the table in ``content/ingest/companies.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mianjing.textnorm import fold

COMPANIES_FILE = Path(__file__).resolve().parent.parent / "content" / "ingest" / "companies.toml"


@dataclass(frozen=True)
class CompanyMention:
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class CompanyTable:
    pattern: re.Pattern[str]
    canonical: dict[str, str]
    names: tuple[str, ...]

    def find_all(self, text: str) -> list[CompanyMention]:
        """Mentions in ``text``, which should already be NFKC-normalised (positions index it)."""
        return [CompanyMention(self.canonical[re.sub(r"\s+", " ", m.group(0).lower())],
                               m.start(), m.end())
                for m in self.pattern.finditer(text)]

    def first(self, text: str) -> str | None:
        found = self.find_all(text)
        return found[0].name if found else None

    def resolve(self, name: str) -> str | None:
        """The canonical name for an alias typed by a user (``--company 抖音``)."""
        key = fold(name).strip()
        if key in self.canonical:
            return self.canonical[key]
        return next((n for n in self.names if fold(n) == key), None)


def _alias_regex(alias: str) -> str:
    escaped = re.escape(alias).replace(r"\ ", r"\s*")
    if alias.isascii():
        # ASCII names must be whole words: "sea" is not in "research", "jd" not in "jdk".
        return rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
    return escaped


@lru_cache(maxsize=4)
def load_companies(path: Path = COMPANIES_FILE) -> CompanyTable:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    canonical: dict[str, str] = {}
    names = []
    for item in raw["company"]:
        names.append(item["name"])
        for alias in [item["name"], *item.get("aliases", [])]:
            key = fold(alias)
            if canonical.get(key, item["name"]) != item["name"]:
                raise ValueError(f"{path}: alias {alias!r} names both {canonical[key]!r} "
                                 f"and {item['name']!r}")
            canonical[key] = item["name"]
    ordered = sorted(canonical, key=len, reverse=True)
    pattern = re.compile("|".join(_alias_regex(a) for a in ordered), re.IGNORECASE)
    return CompanyTable(pattern, canonical, tuple(dict.fromkeys(names)))
