"""Labelling a question: kind, topic and LeetCode number, from rules kept in data files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mianjing.textnorm import canonical, dedup_key

DATA = Path(__file__).resolve().parent.parent / "content" / "ingest"
KINDS = ("bagu", "code_ml", "code_algo", "scenario", "open", "project", "reverse", "hr")
_KIND_ORDER = ("reverse", "hr", "code", "open", "scenario", "project")
_HINT_KIND = {"code": "code", "scenario": "scenario", "open": "open", "bagu": "bagu",
              "project": "project", "reverse": "reverse", "hr": "hr"}


@dataclass(frozen=True)
class Rules:
    kind: dict[str, re.Pattern[str]]
    code_ml: re.Pattern[str]
    topics: dict[str, list[tuple[re.Pattern[str], float]]]


_WEAK = "~"  # a topic pattern that only tips the balance: generic words ('loss', '用户')
_WEAK_WEIGHT = 0.4


def _topic_pattern(pattern: str) -> tuple[re.Pattern[str], float]:
    """A topic term as a regex and its weight. A term that begins or ends in a Latin letter
    or digit matches whole words only (an optional plural s/es allowed): 'rag' must not
    match 'average', nor 'ple' 'sample'."""
    weight = 1.0
    if pattern.startswith(_WEAK):
        pattern, weight = pattern[len(_WEAK):], _WEAK_WEIGHT
    if pattern[:1].isascii() and pattern[:1].isalnum():
        pattern = r"(?<![a-z0-9])" + pattern
    if pattern[-1:].isascii() and pattern[-1:].isalnum():
        pattern = f"(?:{pattern})(?:e?s)?" + r"(?![a-z0-9])"
    return re.compile(pattern, re.IGNORECASE), weight


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> Rules:
    raw = tomllib.loads((DATA / "labels.toml").read_text(encoding="utf-8"))
    kinds = {name: _compile(raw["kind"][name]) for name in _KIND_ORDER}
    topics = {name: [_topic_pattern(p) for p in patterns]
              for name, patterns in raw["topic"].items()}
    return Rules(kinds, _compile(raw["kind"]["code_ml"]), topics)


@dataclass(frozen=True)
class LeetCodeTable:
    by_number: dict[int, str]
    by_key: dict[str, int]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def leetcode_table() -> LeetCodeTable:
    raw = tomllib.loads((DATA / "leetcode.toml").read_text(encoding="utf-8"))
    by_number: dict[int, str] = {}
    by_key: dict[str, int] = {}
    for number, zh, en in raw["problems"]:
        by_number[number] = zh
        for title in (zh, en):
            by_key[dedup_key(title)] = number
    for number, names in raw.get("aliases", {}).items():
        for name in names:
            by_key[dedup_key(name)] = int(number)
    keys = sorted((k for k in by_key if len(k) >= 2), key=len, reverse=True)
    return LeetCodeTable(by_number, by_key, re.compile("|".join(map(re.escape, keys))))


_LC_NUMBER = re.compile(
    r"(?:(?<![a-z])(?:lc|lcr|leetcode|leet code|力扣|hot\s?100)\s*[-_#:：.第]?\s*(\d{1,4})(?!\d)"
    r"|(?<![\d.])(\d{1,4})\s*[.、．]\s*(?=\S))",
    re.IGNORECASE)


def leetcode_number(text: str) -> int | None:
    """The LeetCode number a question names, by number ("lc 69", "LC148") or by title."""
    table = leetcode_table()
    lowered = text.lower()
    if re.search(r"面试题\s*\d|剑指|lcr|lcci", lowered):
        return None  # 程序员面试金典 / 剑指 Offer problems have no LeetCode number
    else:
        explicit = None
        for match in _LC_NUMBER.finditer(lowered):
            if match.group(1):
                explicit = int(match.group(1))
                break
            number = int(match.group(2))
            rest = dedup_key(lowered[match.end():match.end() + 30])
            title = table.by_number.get(number)
            if title and rest.startswith(dedup_key(title)[:2]):
                explicit = number
                break
        if explicit:
            return explicit
    key = dedup_key(text)
    match = table.pattern.search(key)
    if match:
        return table.by_key[match.group(0)]
    return None


def classify_kind(text: str, hint: str | None = None, *, leetcode: int | None = None) -> str:
    r = rules()
    norm = canonical(text)
    kind = None
    if hint in ("reverse", "hr"):  # "反问：业务场景" is the candidate asking, whatever the words
        return hint
    for name in _KIND_ORDER:
        if r.kind[name].search(norm) or r.kind[name].search(text):
            kind = name
            break
    if kind is None and hint in _HINT_KIND:
        kind = _HINT_KIND[hint]
    if kind is None and leetcode is not None:
        kind = "code"
    if kind == "code" or (kind is None and hint == "code"):
        if leetcode is not None:
            return "code_algo"
        return "code_ml" if r.code_ml.search(norm) else "code_algo"
    return kind or "bagu"


def classify_topic(text: str, kind: str) -> str:
    if kind == "code_algo":
        return "algorithms"
    norm = canonical(text)
    scores: dict[str, float] = {}
    for topic, patterns in rules().topics.items():
        score = 0.0
        for pattern, weight in patterns:
            for match in pattern.finditer(norm):
                score += weight * (1.0 + 0.05 * len(match.group(0)))
        if score:
            scores[topic] = score
    if not scores:
        return "other"
    return max(scores, key=lambda t: scores[t])
