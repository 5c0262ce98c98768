"""Relational schema. Every change goes through an Alembic migration in ``migrations/``."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Submission(Base):
    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem: Mapped[str] = mapped_column(String(100), index=True)
    verdict: Mapped[str] = mapped_column(String(8))
    passed: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    time_ms: Mapped[float] = mapped_column(Float)
    seed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_name: Mapped[str] = mapped_column(String(255), default="")
    code: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text, default="")
    cases: Mapped[list] = mapped_column(JSON, default=list)
    sandbox: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)


class Document(Base):
    """One ingested source (a file, or one line of a .jsonl file); ``digest`` makes re-ingesting
    the same text a no-op."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(1000))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Post(Base):
    """One interview experience inside a document: a company and position, with its rounds."""

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    company: Mapped[str | None] = mapped_column(String(100), nullable=True, index=True)
    position: Mapped[str | None] = mapped_column(String(200), nullable=True)


class Round(Base):
    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(String(20), nullable=True)
    duration_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(10), nullable=True)


class Cluster(Base):
    """A canonical question: every wording of it across posts points here."""

    __tablename__ = "clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(12))
    topic: Mapped[str] = mapped_column(String(20))
    leetcode: Mapped[int | None] = mapped_column(Integer, nullable=True)
    problem: Mapped[str | None] = mapped_column(String(100), nullable=True)
    bank: Mapped[str | None] = mapped_column(String(100), nullable=True)


class Question(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(12), index=True)
    topic: Mapped[str] = mapped_column(String(20), index=True)
    leetcode: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id"), index=True)
    problem: Mapped[str | None] = mapped_column(String(100), nullable=True)
    bank: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # The normalised wording the cluster index matches on (ingest.cluster.wording_key).
    key: Mapped[str | None] = mapped_column(Text, nullable=True)


class ReviewCard(Base):
    """Spaced-repetition state of one bank entry or judge problem (FSRS card as JSON)."""

    __tablename__ = "review_cards"
    __table_args__ = (UniqueConstraint("item_type", "item_key", name="uq_review_cards_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_type: Mapped[str] = mapped_column(String(10))  # "bank" or "problem"
    item_key: Mapped[str] = mapped_column(String(100))
    topic: Mapped[str] = mapped_column(String(20), index=True)
    fsrs: Mapped[dict] = mapped_column(JSON)
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class ReviewLog(Base):
    __tablename__ = "review_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("review_cards.id", ondelete="CASCADE"),
                                         index=True)
    rating: Mapped[int] = mapped_column(Integer)  # 1 again, 2 hard, 3 good, 4 easy
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    covered: Mapped[list] = mapped_column(JSON, default=list)
