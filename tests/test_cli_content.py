"""The ingestion, bank and export commands as a user runs them (real processes, real files)."""

import json
from pathlib import Path

from tests.cli_process import run

POSTS = Path(__file__).resolve().parent / "ingest" / "posts"


def test_ingest_json_records_then_top_posts_and_post(tmp_path, home):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    r = run("ingest", str(POSTS / "moonshot_minimax_llm.txt"), str(POSTS / "meituan_recsys_gbk.txt"),
            str(tmp_path / "bad.txt"), "--json", home=home)
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(records) > 20
    assert set(records[0]) == {"post", "question", "kind", "topic", "leetcode", "cluster",
                               "problem", "bank"}
    assert set(records[0]["post"]) == {"id", "source", "company", "position", "round", "date",
                                       "outcome"}
    assert {r["post"]["company"] for r in records} >= {"月之暗面", "MiniMax", "美团"}
    assert "bad.txt: not text (NUL byte at offset 0); skipped" in r.stderr
    assert any(r["bank"] for r in records) and any(r["problem"] for r in records)

    again = run("ingest", str(POSTS / "moonshot_minimax_llm.txt"), home=home)
    assert "0 document(s) stored, 1 already ingested" in again.stderr

    data = json.loads(run("top", "--company", "美团", "--limit", "5", "--json", home=home).stdout)
    assert data and all("美团" in item["companies"] for item in data)
    assert run("top", "--company", "不存在的公司", home=home).returncode == 2

    posts = json.loads(run("posts", "--json", home=home).stdout)
    post_id = posts[0]["id"]
    detail = json.loads(run("post", str(post_id), "--json", home=home).stdout)
    assert detail["post"]["id"] == post_id and detail["rounds"] and detail["text"]
    missing = run("post", "999999", home=home)
    assert missing.returncode == 2 and "no post with id 999999" in missing.stderr


def test_ingest_from_stdin(home):
    r = run("ingest", "-", "--json", home=home, input="快手 一面\n1、讲一下 CLIP 的训练\n2、手撕 lc 56\n")
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["kind"] for x in records] == ["bagu", "code_algo"]
    assert records[1]["leetcode"] == 56 and records[1]["problem"] == "merge-intervals"


def test_search_answer_and_export(tmp_path, home):
    r = run("search", "为什么", "除以根号d", "--json", home=home)
    hits = json.loads(r.stdout)
    assert hits[0]["id"] == "attention-scaling-sqrt-dk"
    shown = run("answer", "attention-scaling-sqrt-dk", home=home)
    assert shown.returncode == 0 and "关键点" in shown.stdout
    missing = run("answer", "attention-scaling", home=home)
    assert missing.returncode == 2 and "did you mean" in missing.stderr
    deck = tmp_path / "deck.apkg"
    assert run("export", "anki", "--out", str(deck), "--topic", "cv", home=home).returncode == 0
    assert deck.stat().st_size > 1000
    out = tmp_path / "sheets"
    assert run("export", "md", "--out", str(out), home=home).returncode == 0
    assert (out / "transformer.md").read_text(encoding="utf-8").startswith("# 八股速查")
    assert run("export", "pdf", home=home).returncode == 2
