"""Grouping wordings of the same question across posts.

Each wording is reduced to a key (width/case/script folded, synonyms mapped, punctuation and
asking fillers dropped). Equal keys join at once; otherwise MinHash signatures of the key's
character bigrams go into an LSH index that proposes candidates in near-constant time, and a
candidate is accepted only if the edit-based similarity of the keys confirms it. Questions of
different broad kinds (code vs. talk) or naming different LeetCode problems never merge.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from mianjing.textnorm import dedup_key

NUM_PERM = 64
LSH_THRESHOLD = 0.55  # bigram Jaccard; near-duplicates confirmed by CONFIRM have ≥ ~0.6
CONFIRM = 82.0  # similarity (0–100) between keys that confirms a near-duplicate
# Only a few wordings per cluster enter the LSH index: a question asked a thousand times must not
# make every lookup compare against a thousand near-identical members.
REPRESENTATIVES = 4
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=7)
_PERMUTATIONS, _SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme


def wording_key(text: str) -> str:
    """The key a wording is clustered by (its dedup key; the raw text if that is empty)."""
    return dedup_key(text) or text.strip()


def family(kind: str) -> str:
    return "code" if kind.startswith("code") else "talk"


@dataclass
class Member:
    cluster_id: int
    key: str
    family: str
    leetcode: int | None


def shingles(key: str) -> list[bytes]:
    if len(key) < 3:
        return [key.encode()]
    return [key[i:i + 2].encode() for i in range(len(key) - 1)]


def similarity(a: str, b: str) -> float:
    """Edit similarity, or bigram overlap when the same parts come in another order
    ("LN 和 BN 区别" / "BN 和 LN 区别")."""
    ratio = fuzz.ratio(a, b)
    if ratio >= CONFIRM:
        return ratio
    sa, sb = set(shingles(a)), set(shingles(b))
    return max(ratio, 100.0 * len(sa & sb) / max(1, len(sa | sb)))


def signature(key: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=7, permutations=_PERMUTATIONS, scheme=_SCHEME)
    minhash.update_batch(shingles(key))
    return minhash


class Clusterer:
    """Assigns cluster ids; ``new_cluster`` is called to create one (returns its id)."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], int] = {}
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._members: dict[str, Member] = {}
        self._by_leetcode: dict[int, int] = {}
        self._representatives: dict[int, int] = {}
        self._next_name = 0

    def __len__(self) -> int:
        return len(self._members)

    def add_existing(self, cluster_id: int, key: str, kind: str, leetcode: int | None) -> None:
        self._remember(Member(cluster_id, key, family(kind), leetcode))

    def _remember(self, member: Member) -> None:
        self._by_key.setdefault((member.family, member.key), member.cluster_id)
        if member.leetcode is not None and member.family == "code":
            self._by_leetcode.setdefault(member.leetcode, member.cluster_id)
        if self._by_key[(member.family, member.key)] != member.cluster_id:
            return
        if self._representatives.get(member.cluster_id, 0) >= REPRESENTATIVES:
            return
        self._representatives[member.cluster_id] = \
            self._representatives.get(member.cluster_id, 0) + 1
        name = str(self._next_name)
        self._next_name += 1
        self._members[name] = member
        if len(member.key) >= 2:
            self._lsh.insert(name, signature(member.key))

    def find(self, key: str, kind: str, leetcode: int | None) -> int | None:
        fam = family(kind)
        exact = self._by_key.get((fam, key))
        if exact is not None:
            return exact
        if leetcode is not None and fam == "code" and leetcode in self._by_leetcode:
            return self._by_leetcode[leetcode]
        if len(key) < 2:
            return None
        best, best_score = None, CONFIRM
        for name in self._lsh.query(signature(key)):
            member = self._members[name]
            if member.family != fam:
                continue
            if leetcode is not None and member.leetcode is not None \
                    and member.leetcode != leetcode:
                continue
            score = similarity(key, member.key)
            if score >= best_score:
                best, best_score = member.cluster_id, score
        return best

    def assign(self, text: str, kind: str, leetcode: int | None, new_cluster) -> tuple[int, bool]:
        """The cluster for ``text``: an existing one, or a new one from ``new_cluster(key)``."""
        key = wording_key(text)
        found = self.find(key, kind, leetcode)
        created = found is None
        cluster_id = new_cluster(key) if created else found
        self._remember(Member(cluster_id, key, family(kind), leetcode))
        return cluster_id, created


def cluster_texts(texts: list[str], kinds: list[str] | None = None) -> np.ndarray:
    """Cluster ids for ``texts`` in one pass (for benchmarks and tests)."""
    clusterer = Clusterer()
    counter = iter(range(len(texts)))
    ids = np.empty(len(texts), dtype=np.int64)
    for i, text in enumerate(texts):
        kind = kinds[i] if kinds else "bagu"
        ids[i], _ = clusterer.assign(text, kind, None, lambda _key: next(counter))
    return ids
