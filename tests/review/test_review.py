"""Spaced repetition: ordering, FSRS scheduling, persistence, stats, and the CLI loop."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from mianjing.ingest.pipeline import Ingestor
from mianjing.ingest.reader import Document
from mianjing.review.coverage import covered_points
from mianjing.review.scheduler import parse_rating, queue, review, stats
from mianjing.store.models import ReviewCard, ReviewLog

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    from mianjing.store.db import session

    url = f"sqlite:///{tmp_path / 'r.db'}"
    return lambda: session(url)


def test_new_cards_put_what_was_asked_most_first(db):
    ingestor = Ingestor(db)
    for i in range(3):
        ingestor.ingest(Document(f"p{i}", f"快手 一面 第{i}场\n1、DDIM 为什么可以跳步采样\n2、讲一下 Q-Former"))
    ingestor.ingest(Document("p9", "字节 一面\n1、讲一下 Q-Former"))
    with db() as s:
        first = queue(s, limit=2, now=NOW)
        bytedance = queue(s, company="字节跳动", limit=5, now=NOW)
    assert [q.item.key for q in first] == ["blip2-qformer", "ddim-sampling"]
    assert first[0].asked == 4 and first[1].asked == 3
    assert [q.item.key for q in bytedance] == ["blip2-qformer"]


def test_rating_schedules_and_persists_immediately(db):
    with db() as s:
        item = next(q.item for q in queue(s, limit=1, now=NOW))
        card = review(s, item, parse_rating("good"), answer="…", now=NOW)
        assert card.due > NOW
        assert queue(s, limit=500, now=NOW, include_new=False) == []
        later = NOW + timedelta(days=30)
        assert [q.item.key for q in queue(s, limit=5, now=later, include_new=False)] == [item.key]
        again = review(s, item, parse_rating("again"), now=later)
        assert again.reps == 2 and again.lapses == 1
        assert again.due - later < timedelta(hours=1)  # relearning: back within minutes
    with db() as s:  # a new session sees both logs: nothing was kept only in memory
        assert s.query(ReviewLog).count() == 2 and s.query(ReviewCard).count() == 1


def test_easy_schedules_later_than_hard(db):
    with db() as s:
        items = [q.item for q in queue(s, limit=2, now=NOW)]
        hard = review(s, items[0], parse_rating("hard"), now=NOW)
        easy = review(s, items[1], parse_rating("easy"), now=NOW)
        assert easy.due > hard.due


def test_bad_rating_is_rejected():
    with pytest.raises(ValueError, match="again/hard/good/easy"):
        parse_rating("great")


def test_stats_retention_streak_and_topics(db):
    with db() as s:
        items = [q.item for q in queue(s, limit=2, now=NOW)]
        for day in range(3):
            when = NOW - timedelta(days=2 - day)
            review(s, items[0], parse_rating("good" if day else "again"), now=when)
        review(s, items[1], parse_rating("good"), now=NOW)
        result = stats(s, now=NOW)
    assert result.streak == 3 and result.total_cards == 2 and result.reviewed_today == 2
    assert result.retention == 1.0  # the two non-first reviews were both recalled
    assert {t.topic for t in result.topics} == {items[0].topic, items[1].topic}


def test_key_point_coverage():
    points = ["点积方差随 d_k 线性增长", "饱和时梯度消失", "QK-Norm"]
    assert covered_points("方差随着 d_k 变大，softmax 饱和后梯度消失", points) == [True, True, False]
    assert covered_points("", points) == [False, False, False]


def test_cli_review_saves_each_rating_and_survives_end_of_input(tmp_path):
    env = dict(os.environ, MIANJING_HOME=str(tmp_path / "home"))
    typed = "方差是 d_k，softmax 会饱和\n\ngood\n\n\nq\n"
    r = subprocess.run([sys.executable, "-m", "mianjing.cli", "review", "--only", "bank",
                        "--limit", "3", "--topic", "transformer"], input=typed, text=True,
                       capture_output=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "saved 1 review(s)" in r.stdout and "covered" in r.stdout
    s = subprocess.run([sys.executable, "-m", "mianjing.cli", "stats", "--json"], text=True,
                       capture_output=True, env=env, timeout=120)
    data = json.loads(s.stdout)
    assert data["cards"] == 1 and data["reviewed_today"] == 1
    # end of input in the middle of a card saves nothing more and exits cleanly
    r = subprocess.run([sys.executable, "-m", "mianjing.cli", "review", "--only", "bank"],
                       input="", text=True, capture_output=True, env=env, timeout=120)
    assert r.returncode == 0
