"""Spaced repetition with FSRS (the ``fsrs`` package) for bank entries and judge problems.

Due cards come first (most overdue first); then new cards, the most frequently asked first
(counted from ingested posts linked to the entry or problem), so a user who ingested 字节 posts
reviews what 字节 actually asks. Every rating is written in its own transaction at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from mianjing.store.models import Post, Question, ReviewCard, ReviewLog, Round

RATINGS = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy,
           "1": Rating.Again, "2": Rating.Hard, "3": Rating.Good, "4": Rating.Easy}
ITEM_TYPES = ("bank", "problem")


def _scheduler() -> Scheduler:
    # No fuzzing: the same history gives the same schedule (reproducible, testable).
    return Scheduler(enable_fuzzing=False)


def now_utc() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Item:
    """Something to review: a bank entry or a judge problem."""

    type: str
    key: str
    topic: str
    title: str
    difficulty: str


def all_items() -> list[Item]:
    from mianjing.catalog import Catalog
    from mianjing.catalog.bank import Bank

    items = [Item("bank", e.id, e.topic, e.question, e.meta.difficulty) for e in Bank().entries()]
    for problem in Catalog().problems():
        topic = "algorithms" if problem.meta.kind == "algo" else problem.meta.topics[0]
        items.append(Item("problem", problem.slug, topic, problem.meta.title.zh,
                          problem.meta.difficulty))
    return items


def frequency(s: Session, company: str | None = None) -> dict[tuple[str, str], int]:
    """How many ingested posts asked each bank entry / problem."""
    counts: dict[tuple[str, str], int] = {}
    for column, item_type in ((Question.bank, "bank"), (Question.problem, "problem")):
        query = (select(column, func.count(distinct(Post.id)))
                 .join(Round, Question.round_id == Round.id).join(Post, Round.post_id == Post.id)
                 .where(column.is_not(None)).group_by(column))
        if company:
            query = query.where(Post.company == company)
        for key, n in s.execute(query):
            counts[(item_type, key)] = n
    return counts


@dataclass(frozen=True)
class QueueEntry:
    item: Item
    card_id: int | None  # None: never reviewed
    due: datetime | None
    asked: int  # ingested posts that asked it


def queue(s: Session, *, topic: str | None = None, company: str | None = None,
          item_type: str | None = None, limit: int = 20, now: datetime | None = None,
          include_new: bool = True) -> list[QueueEntry]:
    now = now or now_utc()
    items = {(i.type, i.key): i for i in all_items()
             if (topic is None or i.topic == topic) and (item_type is None or i.type == item_type)}
    asked = frequency(s, company)
    cards = {(c.item_type, c.item_key): c for c in s.scalars(select(ReviewCard))}
    due = sorted(((items[k], c) for k, c in cards.items()
                  if k in items and _aware(c.due) <= now), key=lambda ic: _aware(ic[1].due))
    out = [QueueEntry(item, card.id, _aware(card.due), asked.get((item.type, item.key), 0))
           for item, card in due[:limit]]
    if include_new and len(out) < limit:
        fresh = [i for k, i in items.items() if k not in cards]
        if company:
            # With a company filter, new cards are what that company asked.
            fresh = [i for i in fresh if asked.get((i.type, i.key), 0) > 0]
        difficulty = {"easy": 0, "medium": 1, "hard": 2}
        fresh.sort(key=lambda i: (-asked.get((i.type, i.key), 0), i.type != "bank",
                                  difficulty[i.difficulty], i.key))
        out += [QueueEntry(i, None, None, asked.get((i.type, i.key), 0))
                for i in fresh[:limit - len(out)]]
    return out


def parse_rating(text: str) -> Rating:
    key = text.strip().lower()
    if key not in RATINGS:
        raise ValueError(f"rating must be again/hard/good/easy (or 1–4), not {text!r}")
    return RATINGS[key]


def review(s: Session, item: Item, rating: Rating, *, answer: str = "",
           covered: list[bool] | None = None, duration_ms: int | None = None,
           now: datetime | None = None) -> ReviewCard:
    """Apply one rating and store card and log together (one transaction)."""
    now = now or now_utc()
    try:
        row = s.scalar(select(ReviewCard).where(ReviewCard.item_type == item.type,
                                                ReviewCard.item_key == item.key))
        card = Card.from_dict(row.fsrs) if row else Card(due=now)
        card, _log = _scheduler().review_card(card, rating, review_datetime=now)
        if row is None:
            row = ReviewCard(item_type=item.type, item_key=item.key, topic=item.topic,
                             fsrs=card.to_dict(), due=card.due, reps=0, lapses=0, created_at=now)
            s.add(row)
        row.fsrs = card.to_dict()
        row.due = card.due
        row.reps += 1
        row.lapses += rating == Rating.Again
        s.flush()
        s.add(ReviewLog(card_id=row.id, rating=int(rating), reviewed_at=now,
                        duration_ms=duration_ms, answer=answer[:20000], covered=covered or []))
        s.commit()
    except Exception:
        s.rollback()
        raise
    return row


@dataclass(frozen=True)
class TopicStrength:
    topic: str
    cards: int
    retrievability: float  # mean probability of recall now, over reviewed cards
    due: int


@dataclass(frozen=True)
class Stats:
    due_today: int
    reviewed_today: int
    retention: float | None  # share of non-first reviews in the last 30 days not rated again
    streak: int  # consecutive days with reviews, ending today (or yesterday)
    total_cards: int
    topics: list[TopicStrength]


def stats(s: Session, now: datetime | None = None) -> Stats:
    now = now or now_utc()
    end_of_day = now.replace(hour=23, minute=59, second=59, microsecond=0)
    scheduler = _scheduler()
    cards = list(s.scalars(select(ReviewCard)))
    by_topic: dict[str, list[tuple[float, bool]]] = {}
    for row in cards:
        card = Card.from_dict(row.fsrs)
        r = scheduler.get_card_retrievability(card, current_datetime=now)
        by_topic.setdefault(row.topic, []).append((r, _aware(row.due) <= end_of_day))
    logs = list(s.execute(select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.reviewed_at)
                          .order_by(ReviewLog.reviewed_at)))
    seen: set[int] = set()
    later: list[int] = []
    since = now - timedelta(days=30)
    for card_id, rating, at in logs:
        if card_id in seen and _aware(at) >= since:
            later.append(rating)
        seen.add(card_id)
    days = {_aware(at).date() for _, _, at in logs}
    day = now.date() if now.date() in days else now.date() - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    topics = [TopicStrength(t, len(v), sum(r for r, _ in v) / len(v), sum(d for _, d in v))
              for t, v in sorted(by_topic.items())]
    return Stats(
        due_today=sum(t.due for t in topics),
        reviewed_today=sum(1 for _, _, at in logs if _aware(at).date() == now.date()),
        retention=(sum(r != int(Rating.Again) for r in later) / len(later)) if later else None,
        streak=streak, total_cards=len(cards), topics=topics)
