"""Linking a question wording to the bank entry or judge problem that answers it.

Used by ingestion (every extracted question) and by validation (every seed question must
resolve). A link is only made when the match is confident: a close wording, or a clear lexical
winner; otherwise the question stays unlinked rather than pointing somewhere wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from mianjing.bank.search import Hit, SearchIndex, bank_index, problem_index

CLOSE_WORDING = 78.0  # character similarity (0–100) that alone makes a link
MIN_SCORE = 9.0  # lexical score a link needs without a close wording
MARGIN = 1.25  # ... and how far ahead of the runner-up it must be


@dataclass(frozen=True)
class Link:
    key: str
    score: float
    similarity: float


def confident(hits: list[Hit]) -> Link | None:
    if not hits:
        return None
    top = hits[0]
    runner_up = hits[1].score if len(hits) > 1 else 0.0
    if top.similarity >= CLOSE_WORDING or (
            top.score >= MIN_SCORE and top.score >= MARGIN * runner_up):
        return Link(top.key, top.score, top.similarity)
    return None


def match_entry(question: str, index: SearchIndex | None = None) -> Link | None:
    return confident((index or bank_index()).search(question, limit=3))


@lru_cache(maxsize=1)
def _problems_by_leetcode() -> dict[int, str]:
    from mianjing.catalog import Catalog

    return {p.meta.leetcode: p.slug for p in Catalog().problems() if p.meta.leetcode}


def match_problem(question: str, leetcode: int | None = None,
                  index: SearchIndex | None = None) -> Link | None:
    if leetcode is not None:
        # The number names the problem exactly: no title guessing when the judge lacks it.
        slug = _problems_by_leetcode().get(leetcode)
        return Link(slug, float("inf"), 100.0) if slug else None
    return confident((index or problem_index()).search(question, limit=3))
