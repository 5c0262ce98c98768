"""The ingestion pipeline: documents → posts/rounds → labelled, linked, clustered questions.

``extract_document`` is pure (no database) and is what the quality benchmark scores;
``Ingestor`` adds clustering and storage: each document is written in one transaction, and a
document whose text was ingested before is skipped, so ingesting twice changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from mianjing.ingest.cluster import Clusterer, wording_key
from mianjing.ingest.extract import split_lines, structure
from mianjing.ingest.labels import classify_kind, classify_topic, leetcode_number
from mianjing.ingest.questions import questions_from_lines
from mianjing.ingest.reader import Document
from mianjing.textnorm import dedup_key

BANK_KINDS = ("bagu", "scenario", "open")
CODE_KINDS = ("code_ml", "code_algo")


@dataclass
class ExtractedQuestion:
    text: str
    kind: str
    topic: str
    leetcode: int | None
    problem: str | None = None
    bank: str | None = None


@dataclass
class ExtractedRound:
    name: str | None
    duration_min: int | None
    date: str | None
    outcome: str | None
    questions: list[ExtractedQuestion] = field(default_factory=list)


@dataclass
class ExtractedPost:
    company: str | None
    position: str | None
    rounds: list[ExtractedRound] = field(default_factory=list)

    @property
    def questions(self) -> Iterator[tuple[ExtractedRound, ExtractedQuestion]]:
        for rnd in self.rounds:
            for question in rnd.questions:
                yield rnd, question


class Linker:
    """Links questions to bank entries and judge problems; topic follows a confident link."""

    def __init__(self) -> None:
        from mianjing.bank.search import bank_index, problem_index

        self.bank = bank_index()
        self.problems = problem_index()

    def link(self, question: ExtractedQuestion) -> None:
        from mianjing.bank.matching import match_entry, match_problem

        if question.kind in CODE_KINDS:
            link = match_problem(question.text, question.leetcode, self.problems)
            if link:
                question.problem = link.key
        elif question.kind in BANK_KINDS:
            link = match_entry(question.text, self.bank)
            if link:
                question.bank = link.key
                if link.similarity >= 70:
                    question.topic = self.bank.topic_of[link.key]


def label(text: str, hint: str | None) -> ExtractedQuestion:
    leetcode = leetcode_number(text)
    kind = classify_kind(text, hint, leetcode=leetcode)
    if kind not in CODE_KINDS:
        leetcode = None
    topic = classify_topic(text, kind)
    return ExtractedQuestion(text, kind, topic, leetcode)


def extract_document(document: Document, linker: Linker | None = None) -> list[ExtractedPost]:
    posts = []
    for draft in structure(split_lines(document.text)):
        post = ExtractedPost(draft.company, draft.position)
        for rnd in draft.rounds:
            # A round that repeats its question list (a table of contents) counts each once.
            seen: set[str] = set()
            extracted = ExtractedRound(rnd.round, rnd.duration_min, rnd.date, rnd.outcome)
            for raw in questions_from_lines(rnd.lines):
                key = dedup_key(raw.text)
                if key in seen:
                    continue
                seen.add(key)
                question = label(raw.text, raw.hint)
                if linker:
                    linker.link(question)
                extracted.questions.append(question)
            if extracted.questions or extracted.name:
                post.rounds.append(extracted)
        if any(r.questions for r in post.rounds):
            posts.append(post)
    return posts


def digest(text: str) -> str:
    """Identity of a document's content: whitespace and width differences do not count."""
    folded = unicodedata.normalize("NFKC", text)
    folded = re.sub(r"\s+", " ", folded).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass
class IngestResult:
    source: str
    document_id: int | None
    skipped: bool
    posts: list[tuple[int, ExtractedPost, list[int]]]  # (post id, post, cluster id per question)


_MAX_LOADED_WORDINGS = 200_000


class Ingestor:
    """Stores documents; keeps one in-memory cluster index for the whole batch."""

    def __init__(self, session_factory, *, link: bool = True):
        self.session_factory = session_factory
        self.linker = Linker() if link else None
        self.clusterer = Clusterer()
        self._load_clusters()

    def _load_clusters(self) -> None:
        from mianjing.store.models import Cluster, Question

        with self.session_factory() as s:
            rows = s.execute(select(Cluster.id, Cluster.key, Cluster.kind, Cluster.leetcode))
            for cluster_id, key, kind, leetcode in rows:
                self.clusterer.add_existing(cluster_id, key, kind, leetcode)
            # Wordings other than the canonical one also attract their duplicates.
            room = _MAX_LOADED_WORDINGS
            rows = s.execute(select(Question.cluster_id, Question.key, Question.kind,
                                    Question.leetcode).where(Question.key.is_not(None))
                             .limit(room))
            for cluster_id, key, kind, leetcode in rows:
                self.clusterer.add_existing(cluster_id, key, kind, leetcode)
                room -= 1
            # Only rows without a stored key (written before it existed) are normalised here.
            rows = s.execute(select(Question.cluster_id, Question.text, Question.kind,
                                    Question.leetcode).where(Question.key.is_(None))
                             .limit(room))
            for cluster_id, text, kind, leetcode in rows:
                self.clusterer.add_existing(cluster_id, wording_key(text), kind, leetcode)

    def ingest(self, document: Document) -> IngestResult:
        from mianjing.store.models import Cluster, Post, Question, Round
        from mianjing.store.models import Document as DocumentRow

        key = digest(document.text)
        with self.session_factory() as s:
            existing = s.scalar(select(DocumentRow.id).where(DocumentRow.digest == key))
            if existing is not None:
                return IngestResult(document.source, existing, True, _stored_posts(s, existing))
        posts = extract_document(document, self.linker)
        with self.session_factory() as s, s.begin():
            row = DocumentRow(source=document.source[:1000], digest=key,
                              title=document.title[:500], text=document.text)
            s.add(row)
            s.flush()
            stored = []

            def new_cluster(cluster_key: str, q: ExtractedQuestion) -> int:
                cluster = Cluster(canonical=q.text, key=cluster_key, kind=q.kind, topic=q.topic,
                                  leetcode=q.leetcode, problem=q.problem, bank=q.bank)
                s.add(cluster)
                s.flush()
                return cluster.id

            clusterer = _TransactionalClusterer(self.clusterer)
            for p_ordinal, post in enumerate(posts):
                post_row = Post(document_id=row.id, ordinal=p_ordinal, company=post.company,
                                position=post.position)
                s.add(post_row)
                s.flush()
                cluster_ids = []
                for r_ordinal, rnd in enumerate(post.rounds):
                    round_row = Round(post_id=post_row.id, ordinal=r_ordinal, name=rnd.name,
                                      duration_min=rnd.duration_min, date=rnd.date,
                                      outcome=rnd.outcome)
                    s.add(round_row)
                    s.flush()
                    for q_ordinal, q in enumerate(rnd.questions):
                        cluster_id, wording = clusterer.assign(
                            q, lambda k, q=q: new_cluster(k, q))
                        s.add(Question(round_id=round_row.id, ordinal=q_ordinal, text=q.text,
                                       kind=q.kind, topic=q.topic, leetcode=q.leetcode,
                                       cluster_id=cluster_id, problem=q.problem, bank=q.bank,
                                       key=wording))
                        cluster_ids.append(cluster_id)
                stored.append((post_row.id, post, cluster_ids))
        clusterer.commit()
        return IngestResult(document.source, row.id, False, stored)


class _TransactionalClusterer:
    """Cluster assignments become visible to later documents only once the transaction commits,
    so a failed document leaves no trace in the in-memory index either."""

    def __init__(self, clusterer: Clusterer):
        self.clusterer = clusterer
        self.local = Clusterer()
        self.added: list[tuple[int, str, str, int | None]] = []

    def assign(self, q: ExtractedQuestion, new_cluster) -> tuple[int, str]:
        """The question's cluster and its wording key."""
        key = wording_key(q.text)
        found = self.local.find(key, q.kind, q.leetcode)
        if found is None:
            found = self.clusterer.find(key, q.kind, q.leetcode)
        if found is None:
            found = new_cluster(key)
        self.local.add_existing(found, key, q.kind, q.leetcode)
        self.added.append((found, key, q.kind, q.leetcode))
        return found, key

    def commit(self) -> None:
        for cluster_id, key, kind, leetcode in self.added:
            self.clusterer.add_existing(cluster_id, key, kind, leetcode)


def _stored_posts(s: Session, document_id: int) -> list[tuple[int, ExtractedPost, list[int]]]:
    from mianjing.store.models import Post, Question, Round

    out = []
    for post_row in s.scalars(select(Post).where(Post.document_id == document_id)
                              .order_by(Post.ordinal)):
        post = ExtractedPost(post_row.company, post_row.position)
        cluster_ids = []
        for round_row in s.scalars(select(Round).where(Round.post_id == post_row.id)
                                   .order_by(Round.ordinal)):
            rnd = ExtractedRound(round_row.name, round_row.duration_min, round_row.date,
                                 round_row.outcome)
            for q in s.scalars(select(Question).where(Question.round_id == round_row.id)
                               .order_by(Question.ordinal)):
                rnd.questions.append(ExtractedQuestion(q.text, q.kind, q.topic, q.leetcode,
                                                       q.problem, q.bank))
                cluster_ids.append(q.cluster_id)
            post.rounds.append(rnd)
        out.append((post_row.id, post, cluster_ids))
    return out
