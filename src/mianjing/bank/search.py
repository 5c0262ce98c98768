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

import numpy as np
from rapidfuzz import fuzz, process

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
        self.topic_of = {d.key: d.topic for d in self.documents}
        # Flat arrays so that the character similarity to every wording is one C++ call.
        self._keys = [k for d in self.documents for k in d.wording_keys]
        self._owner = np.array([i for i, d in enumerate(self.documents) for _ in d.wording_keys],
                               dtype=np.int64)
        self._key_lengths = np.array([len(k) for k in self._keys], dtype=np.int64)
        self._doc_keys: list[list[int]] = [[] for _ in self.documents]
        for k, owner in enumerate(self._owner.tolist()):
            self._doc_keys[owner].append(k)
        self._postings: dict[str, list[int]] = {}
        for i, doc in enumerate(self.documents):
            for term in doc.terms:
                self._postings.setdefault(term, []).append(i)

    def similarities(self, query_key: str, candidates: set[int]) -> np.ndarray:
        """Per document: the best character similarity (0–100) of ``query_key`` to its wordings.
        Edit ratio is computed against every wording (one C++ call); the costlier partial
        ratio ("the query contains the wording") only for ``candidates``."""
        best = np.zeros(len(self.documents))
        if not query_key or not self._keys:
            return best
        ratio = process.cdist([query_key], self._keys, scorer=fuzz.ratio, dtype=np.float32)[0]
        short = (self._key_lengths < 4) | (len(query_key) < 4)
        ratio = np.where(short & (ratio < 100), ratio * 0.8, ratio)
        if len(query_key) >= 6:
            nearby = set(np.flatnonzero(ratio >= 40).tolist())
            chosen = np.array(sorted(
                {k for doc in candidates for k in self._doc_keys[doc]} | nearby), dtype=np.int64)
            chosen = chosen[self._key_lengths[chosen] >= 6] if len(chosen) else chosen
            if len(chosen):
                partial = process.cdist([query_key], [self._keys[k] for k in chosen],
                                        scorer=fuzz.partial_ratio, dtype=np.float32)[0] * 0.9
                ratio[chosen] = np.maximum(ratio[chosen], partial)
        np.maximum.at(best, self._owner, ratio)
        return best

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
        candidates = {i for term in query_terms for i in self._postings.get(term, ())}
        similarities = self.similarities(query_key, candidates)
        candidates.update(np.flatnonzero(similarities >= 60).tolist())
        for i in candidates:
            doc = self.documents[i]
            if topic and doc.topic != topic:
                continue
            lexical = self._bm25(doc, query_terms)
            similarity = float(similarities[i])
            if lexical <= 0 and similarity < 60:
                continue
            score = lexical + FUZZY_WEIGHT * max(0.0, similarity - 40) / 60
            hits.append(Hit(doc.key, score, similarity))
        hits.sort(key=lambda h: (-h.score, h.key))
        return hits[:limit]


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
