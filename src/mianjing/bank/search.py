"""Chinese/English full-text search over bank entries and judge problems.

Documents are bags of jieba terms after synonym normalisation (so "LN" finds LayerNorm entries
and "kv缓存" finds "KV cache"), weighted by field: the canonical question and its aliases count
most, tags and key points next, the answer body least. Ranking is BM25 over those weighted
counts plus a character-level similarity between the query and the closest question wording,
which is what puts the right entry first for paraphrases that share few whole words.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from mianjing.textnorm import dedup_key, tokens

K1 = 1.2
B = 0.75
FIELD_WEIGHTS = {"question": 3.0, "alias": 2.0, "tag": 2.0, "key_point": 1.0, "body": 0.35}
FUZZY_WEIGHT = 6.0


@dataclass
class Document:
    """One searchable item: ``key`` identifies it, ``wordings`` are its question phrasings."""

    key: str
    topic: str
    wordings: list[str]
    fields: dict[str, list[str]]
    terms: Counter[str] = field(default_factory=Counter)
    length: float = 0.0
    wording_keys: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    key: str
    score: float
    similarity: float  # 0–100: character similarity of the query to the closest wording


class SearchIndex:
    def __init__(self, documents: Iterable[Document]):
        self.documents: list[Document] = []
        df: Counter[str] = Counter()
        for doc in documents:
            for name, texts in doc.fields.items():
                weight = FIELD_WEIGHTS[name]
                for text in texts:
                    for term in tokens(text):
                        doc.terms[term] += weight
            doc.length = sum(doc.terms.values())
            doc.wording_keys = [k for k in (dedup_key(w) for w in doc.wordings) if k]
            df.update(doc.terms.keys())
            self.documents.append(doc)
        n = max(1, len(self.documents))
        self.avg_length = sum(d.length for d in self.documents) / n if self.documents else 1.0
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}

    def _bm25(self, doc: Document, query_terms: Sequence[str]) -> float:
        """BM25 times a coordination factor: a document matching more of the query's
        informative terms (by IDF mass) beats one matching a single common term many times."""
        score = 0.0
        matched = total = 0.0
        norm = K1 * (1 - B + B * doc.length / max(self.avg_length, 1e-9))
        for term in query_terms:
            idf = self.idf.get(term, 0.0)
            total += idf
            tf = doc.terms.get(term)
            if tf:
                matched += idf
                score += idf * tf * (K1 + 1) / (tf + norm)
        return score * (0.4 + 0.6 * matched / total) if total else 0.0

    def search(self, query: str, *, topic: str | None = None, limit: int = 10) -> list[Hit]:
        query_terms = list(dict.fromkeys(tokens(query)))
        query_key = dedup_key(query)
        if not query_terms and not query_key:
            return []
        hits = []
        for doc in self.documents:
            if topic and doc.topic != topic:
                continue
            lexical = self._bm25(doc, query_terms)
            similarity = max((_similarity(query_key, k) for k in doc.wording_keys), default=0.0)
            if lexical <= 0 and similarity < 60:
                continue
            score = lexical + FUZZY_WEIGHT * max(0.0, similarity - 40) / 60
            hits.append(Hit(doc.key, score, similarity))
        hits.sort(key=lambda h: (-h.score, h.key))
        return hits[:limit]


def _similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if len(a) < 4 or len(b) < 4:
        return 100.0 if a == b else fuzz.ratio(a, b) * 0.8
    return max(fuzz.ratio(a, b), 0.9 * fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 6 else 0)


def entry_documents() -> list[Document]:
    from mianjing.catalog.bank import Bank

    docs = []
    for entry in Bank().entries():
        meta = entry.meta
        docs.append(Document(
            key=meta.id, topic=meta.topic, wordings=[meta.question, *meta.aliases],
            fields={"question": [meta.question], "alias": list(meta.aliases),
                    "tag": list(meta.tags), "key_point": list(meta.key_points),
                    "body": [entry.answer]},
        ))
    return docs


def problem_documents() -> list[Document]:
    from mianjing.catalog import Catalog

    docs = []
    for problem in Catalog().problems():
        meta = problem.meta
        names = [meta.title.zh, meta.title.en, meta.slug.replace("-", " ")]
        docs.append(Document(
            key=meta.slug, topic=meta.topics[0], wordings=names,
            fields={"question": names, "tag": list(meta.topics) + list(meta.entry_points)},
        ))
    return docs


@lru_cache(maxsize=1)
def bank_index() -> SearchIndex:
    return SearchIndex(entry_documents())


@lru_cache(maxsize=1)
def problem_index() -> SearchIndex:
    return SearchIndex(problem_documents())
