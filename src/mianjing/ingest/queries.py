"""Reading the ingested data back: the 高频 ranking, posts and what was extracted from them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from mianjing.store.models import Cluster, Document, Post, Question, Round


@dataclass(frozen=True)
class RankedQuestion:
    cluster_id: int
    question: str
    kind: str
    topic: str
    leetcode: int | None
    problem: str | None
    bank: str | None
    posts: int
    share: float  # of the posts matching the filters
    companies: list[str]
    rounds: list[str]


def top(s: Session, *, company: str | None = None, position: str | None = None,
        round: str | None = None, kind: str | None = None, topic: str | None = None,
        limit: int = 20) -> list[RankedQuestion]:
    filters = []
    if company:
        filters.append(Post.company == company)
    if position:
        filters.append(Post.position.contains(position))
    if round:
        filters.append(Round.name == round)
    if kind:
        filters.append(Question.kind == kind)
    if topic:
        filters.append(Question.topic == topic)
    joined = (select(Question.cluster_id, func.count(distinct(Post.id)).label("n"))
              .join(Round, Question.round_id == Round.id).join(Post, Round.post_id == Post.id)
              .where(*filters).group_by(Question.cluster_id)
              .order_by(func.count(distinct(Post.id)).desc(), Question.cluster_id).limit(limit))
    counts = s.execute(joined).all()
    post_filters = [f for f in filters if f is not None]
    total_posts = s.scalar(
        select(func.count(distinct(Post.id))).select_from(Question)
        .join(Round, Question.round_id == Round.id).join(Post, Round.post_id == Post.id)
        .where(*post_filters)) or 0
    out = []
    for cluster_id, n in counts:
        cluster = s.get(Cluster, cluster_id)
        detail = s.execute(
            select(Post.company, Round.name).select_from(Question)
            .join(Round, Question.round_id == Round.id).join(Post, Round.post_id == Post.id)
            .where(Question.cluster_id == cluster_id)).all()
        companies = sorted({c for c, _ in detail if c})
        rounds = sorted({r for _, r in detail if r})
        out.append(RankedQuestion(cluster_id, cluster.canonical, cluster.kind, cluster.topic,
                                  cluster.leetcode, cluster.problem, cluster.bank, n,
                                  n / total_posts if total_posts else 0.0, companies, rounds))
    return out


@dataclass(frozen=True)
class PostSummary:
    id: int
    source: str
    company: str | None
    position: str | None
    rounds: list[str | None]
    questions: int


def posts(s: Session, limit: int = 50) -> list[PostSummary]:
    rows = s.execute(select(Post, Document.source).join(Document, Post.document_id == Document.id)
                     .order_by(Post.id.desc()).limit(limit)).all()
    out = []
    for post, source in rows:
        rounds = list(s.scalars(select(Round.name).where(Round.post_id == post.id)
                                .order_by(Round.ordinal)))
        count = s.scalar(select(func.count(Question.id)).join(Round, Question.round_id == Round.id)
                         .where(Round.post_id == post.id)) or 0
        out.append(PostSummary(post.id, source, post.company, post.position, rounds, count))
    return out


@dataclass(frozen=True)
class PostDetail:
    post: Post
    document: Document
    rounds: list[tuple[Round, list[Question]]]


def post_detail(s: Session, post_id: int) -> PostDetail | None:
    post = s.get(Post, post_id)
    if post is None:
        return None
    document = s.get(Document, post.document_id)
    rounds = []
    for rnd in s.scalars(select(Round).where(Round.post_id == post_id).order_by(Round.ordinal)):
        questions = list(s.scalars(select(Question).where(Question.round_id == rnd.id)
                                   .order_by(Question.ordinal)))
        rounds.append((rnd, questions))
    return PostDetail(post, document, rounds)
