"""Scoring extraction against a labelled set (``tests/ingest/gold/*.json``).

A predicted question matches a labelled one when their normalised wordings are similar enough;
matching is one-to-one (best pairs first). Precision/recall/F1 count questions; kind, topic,
company, round and LeetCode number are scored on the matched pairs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from mianjing.ingest.pipeline import Linker, extract_document
from mianjing.ingest.reader import read_path
from mianjing.textnorm import dedup_key

MATCH_THRESHOLD = 70.0
ATTRIBUTES = ("kind", "topic", "company", "round", "leetcode")


@dataclass(frozen=True)
class Item:
    text: str
    kind: str | None
    topic: str | None
    company: str | None
    round: str | None
    leetcode: int | None


@dataclass
class FileScore:
    name: str
    gold: list[Item]
    predicted: list[Item]
    pairs: list[tuple[Item, Item, float]] = field(default_factory=list)

    @property
    def missed(self) -> list[Item]:
        matched = {id(g) for g, _, _ in self.pairs}
        return [g for g in self.gold if id(g) not in matched]

    @property
    def spurious(self) -> list[Item]:
        matched = {id(p) for _, p, _ in self.pairs}
        return [p for p in self.predicted if id(p) not in matched]


@dataclass
class Report:
    files: list[FileScore]

    def _sum(self, attr: str) -> int:
        return sum(len(getattr(f, attr)) for f in self.files)

    @property
    def precision(self) -> float:
        return self._sum("pairs") / max(1, self._sum("predicted"))

    @property
    def recall(self) -> float:
        return self._sum("pairs") / max(1, self._sum("gold"))

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, attribute: str) -> float:
        pairs = [(g, p) for f in self.files for g, p, _ in f.pairs]
        if not pairs:
            return 0.0
        return sum(getattr(g, attribute) == getattr(p, attribute) for g, p in pairs) / len(pairs)

    def confusions(self, attribute: str) -> list[tuple[Item, Item]]:
        return [(g, p) for f in self.files for g, p, _ in f.pairs
                if getattr(g, attribute) != getattr(p, attribute)]


def similarity(a: str, b: str) -> float:
    ka, kb = dedup_key(a), dedup_key(b)
    if not ka or not kb:
        return 0.0
    score = fuzz.ratio(ka, kb)
    if min(len(ka), len(kb)) >= 6:
        score = max(score, 0.95 * fuzz.partial_ratio(ka, kb)
                    if max(len(ka), len(kb)) <= 2 * min(len(ka), len(kb)) else 0)
    return score


def match(gold: list[Item], predicted: list[Item]) -> list[tuple[Item, Item, float]]:
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            score = similarity(g.text, p.text)
            if score >= MATCH_THRESHOLD:
                candidates.append((score, i, j))
    candidates.sort(reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for score, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((gold[i], predicted[j], score))
    return pairs


def seed_dirs() -> list[Path]:
    """Where the seed posts may be: $MIANJING_SEEDS, ../shared/seeds next to the checkout, or
    the workplace copy."""
    here = Path(__file__).resolve()
    found = []
    if os.environ.get("MIANJING_SEEDS"):
        found.append(Path(os.environ["MIANJING_SEEDS"]))
    found += [parent / "shared" / "seeds" for parent in here.parents]
    found.append(Path("/work/shared/seeds"))
    return [p for p in found if p.is_dir()]


def gold_items(label: dict) -> list[Item]:
    items = []
    for post in label["posts"]:
        for rnd in post["rounds"]:
            for q in rnd["questions"]:
                items.append(Item(q["text"], q["kind"], q["topic"], post.get("company"),
                                  rnd.get("round"), q.get("leetcode")))
    return items


def source_path(label: dict, gold_file: Path) -> Path | None:
    source = label["source"]
    if "file" in source:
        return gold_file.parent.parent / source["file"]
    for folder in seed_dirs():
        if (folder / source["seed"]).is_file():
            return folder / source["seed"]
    return None


def predict(path: Path, linker: Linker | None) -> list[Item]:
    items = []
    for document in read_path(path):
        for post in extract_document(document, linker):
            for rnd, q in post.questions:
                items.append(Item(q.text, q.kind, q.topic, post.company, rnd.name, q.leetcode))
    return items


def evaluate(gold_files: Iterable[Path], *, link: bool = True) -> tuple[Report, list[str]]:
    """The report, and the gold files that were skipped (their source is not on this machine)."""
    linker = Linker() if link else None
    scores, skipped = [], []
    for gold_file in sorted(gold_files):
        label = json.loads(gold_file.read_text(encoding="utf-8"))
        path = source_path(label, gold_file)
        if path is None:
            skipped.append(gold_file.name)
            continue
        gold = gold_items(label)
        predicted = predict(path, linker)
        scores.append(FileScore(gold_file.name, gold, predicted, match(gold, predicted)))
    return Report(scores), skipped
