"""Storing ingested posts: idempotent, one transaction per document, clusters across posts.
Runs on SQLite and on the local PostgreSQL server."""

import pytest
from sqlalchemy import func, select

from mianjing.ingest.api import ingest, question_records
from mianjing.ingest.pipeline import Ingestor
from mianjing.ingest.queries import post_detail, posts, top
from mianjing.ingest.reader import Document
from mianjing.store.models import Cluster, Post, Question
from mianjing.store.models import Document as DocumentRow

POST_A = """字节跳动 大模型算法 一面 50min
1、LN 和 BN 的区别
2、为什么除以根号 d
3、手撕：lc 69 x 的平方根
"""
POST_B = """抖音 大模型 二面
① LayerNorm和BatchNorm有什么区别？
② 讲一下 RoPE 的原理
③ LeetCode 69
"""
POST_C = """快手 推荐算法 一面
- BN 和 LN 的区别是什么
- 双塔模型的缺点
"""


def counts(session_factory):
    with session_factory() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (DocumentRow, Post, Question, Cluster))


def test_same_question_across_posts_joins_one_cluster(session_factory):
    ingestor = Ingestor(session_factory)
    for i, text in enumerate((POST_A, POST_B, POST_C)):
        ingestor.ingest(Document(f"post{i}.txt", text))
    with session_factory() as s:
        ranked = top(s, limit=5)
    first = ranked[0]
    assert first.posts == 3 and first.kind == "bagu"
    assert first.companies == ["字节跳动", "快手"]  # 抖音 is an alias of 字节跳动
    assert abs(first.share - 1.0) < 1e-9
    sqrt = next(r for r in ranked if r.leetcode == 69)
    assert sqrt.posts == 2 and sqrt.problem == "sqrt-x" and sqrt.kind == "code_algo"


def test_ingesting_the_same_post_twice_changes_nothing(session_factory):
    ingestor = Ingestor(session_factory)
    first = ingestor.ingest(Document("a.txt", POST_A))
    before = counts(session_factory)
    again = Ingestor(session_factory).ingest(Document("copy-of-a.txt", POST_A + "\n\n"))
    assert again.skipped and again.document_id == first.document_id
    assert counts(session_factory) == before
    # ... and reports the same questions, so --json output is stable
    assert [r["question"] for r in question_records(again)] == \
        [r["question"] for r in question_records(first)]


def test_a_failing_document_leaves_nothing_behind(session_factory, monkeypatch):
    ingestor = Ingestor(session_factory)
    ingestor.ingest(Document("a.txt", POST_A))
    before = counts(session_factory)

    import mianjing.store.models as models

    original = models.Question

    calls = []

    def Exploding(**kw):  # noqa: N802 - stands in for the model class; the third write fails
        calls.append(kw)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return original(**kw)

    monkeypatch.setattr(models, "Question", Exploding)
    with pytest.raises(RuntimeError, match="disk full"):
        ingestor.ingest(Document("b.txt", POST_B))
    monkeypatch.setattr(models, "Question", original)
    assert counts(session_factory) == before
    # the in-memory cluster index did not keep the failed document's wordings either
    result = ingestor.ingest(Document("b.txt", POST_B))
    assert not result.skipped and counts(session_factory)[0] == before[0] + 1


def test_batch_api_reports_failures_and_stores_the_rest(session_factory, tmp_path):
    (tmp_path / "a.txt").write_text(POST_A, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00" * 10)
    (tmp_path / "c.txt").write_text(POST_C, encoding="gbk")
    results = ingest([tmp_path], session_factory=session_factory)
    assert sum(hasattr(r, "message") for r in results) == 1
    assert counts(session_factory)[0] == 2


def test_posts_and_post_detail_show_what_was_extracted(session_factory):
    result = Ingestor(session_factory).ingest(Document("a.txt", POST_A))
    post_id = result.posts[0][0]
    with session_factory() as s:
        [summary] = posts(s)
        detail = post_detail(s, post_id)
        assert post_detail(s, 10**6) is None
    assert summary.company == "字节跳动" and summary.rounds == ["一面"]
    assert summary.questions == 3
    [(rnd, questions)] = detail.rounds
    assert rnd.duration_min == 50 and [q.kind for q in questions] == ["bagu", "bagu", "code_algo"]
    assert detail.document.text == POST_A


def test_top_filters_by_company_round_and_kind(session_factory):
    ingestor = Ingestor(session_factory)
    for i, text in enumerate((POST_A, POST_B, POST_C)):
        ingestor.ingest(Document(f"p{i}", text))
    with session_factory() as s:
        kuaishou = top(s, company="快手")
        second_rounds = top(s, round="二面")
        code = top(s, kind="code_algo")
    assert {r.question for r in kuaishou} >= {"双塔模型的缺点"}
    assert all("快手" in r.companies for r in kuaishou)
    assert kuaishou[0].posts == 1 and abs(kuaishou[0].share - 1.0) < 1e-9
    assert any("RoPE" in r.question for r in second_rounds)
    assert not any("双塔" in r.question for r in second_rounds)
    assert code and all(r.kind == "code_algo" for r in code)


def test_questions_store_their_wording_key_and_startup_reuses_it(session_factory,
                                                                monkeypatch):
    from mianjing.ingest import cluster, pipeline

    Ingestor(session_factory).ingest(Document("a.txt", POST_A))
    with session_factory() as s:
        stored = s.execute(select(Question.text, Question.key)).all()
    assert stored and all(key == cluster.wording_key(text) for text, key in stored)
    computed = []
    real = pipeline.wording_key
    monkeypatch.setattr(pipeline, "wording_key", lambda t: computed.append(t) or real(t))
    Ingestor(session_factory)  # loads the index from stored keys, normalises nothing
    assert computed == []


def test_migration_fills_keys_of_questions_stored_before_it(db_url):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from mianjing.ingest.cluster import wording_key
    from mianjing.store import db

    engine = db.get_engine(db_url)
    Ingestor(lambda: db.session(db_url)).ingest(Document("a.txt", POST_A))
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003_review")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT text, key FROM questions")).all()
    assert len(rows) == 3 and all(key == wording_key(t) for t, key in rows)
