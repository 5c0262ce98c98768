"""Ingestion speed: posts per second (extraction alone, 1 and 2 processes, and end to end into
SQLite), and clustering time for 10^4 and 10^5 questions made by recombining real wordings.

    python bench/ingest_speed.py [--posts 400] [--sizes 10000 100000]

Ratios come from one run on this machine; clustering should grow near-linearly (the 10× larger
set should take about 10× as long, not 100×).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

from sqlalchemy import text

from mianjing.ingest.cluster import cluster_texts
from mianjing.ingest.pipeline import Ingestor, extract_document
from mianjing.ingest.reader import Document, read_path

ROOT = Path(__file__).resolve().parent.parent
POSTS = ROOT / "tests" / "ingest" / "posts"
GOLD = ROOT / "tests" / "ingest" / "gold"
FILLERS = ["", "讲一下", "请问", "说说", "简单介绍一下", "面试官问：", "追问：", "你了解"]
ENDINGS = ["", "？", "?", "吗", "呢", "。"]


def sample_documents(count: int) -> list[Document]:
    base = [doc for path in sorted(POSTS.iterdir()) for doc in read_path(path)]
    return [Document(f"{d.source}#{i}", d.text) for i, d in
            ((i, base[i % len(base)]) for i in range(count))]


def _extract(doc: Document) -> int:
    return sum(1 for post in extract_document(doc) for _ in post.questions)


def real_wordings() -> list[str]:
    texts = []
    for path in GOLD.glob("*.json"):
        for post in json.loads(path.read_text(encoding="utf-8"))["posts"]:
            for rnd in post["rounds"]:
                texts += [q["text"] for q in rnd["questions"]]
    return texts


def recombine(wordings: list[str], n: int, rng: random.Random) -> list[str]:
    """New questions from real ones: change the asking style, swap a phrase with one from
    another question, vary width and case, so sets mix near-duplicates and new questions."""
    out = []
    for _ in range(n):
        text = rng.choice(wordings)
        if rng.random() < 0.5:
            other = rng.choice(wordings)
            cut_a, cut_b = rng.randrange(1, max(2, len(text))), rng.randrange(1, max(2, len(other)))
            text = text[:cut_a] + other[cut_b:]
        text = rng.choice(FILLERS) + text + rng.choice(ENDINGS)
        if rng.random() < 0.2:
            text = text.upper()
        if rng.random() < 0.1:
            text = text.replace("?", "？").replace(",", "，")
        out.append(text)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=400)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()

    docs = sample_documents(args.posts)
    _extract(docs[0])  # warm up jieba and the rule tables
    start = time.perf_counter()
    questions = sum(_extract(d) for d in docs)
    one = time.perf_counter() - start
    with Pool(2) as pool:
        pool.map(_extract, docs[:4])
        start = time.perf_counter()
        pool.map(_extract, docs, chunksize=8)
        two = time.perf_counter() - start
    print(f"extraction: {len(docs)} posts, {questions} questions")
    print(f"  1 process : {len(docs) / one:8.1f} posts/s")
    print(f"  2 processes: {len(docs) / two:8.1f} posts/s  ({one / two:.2f}× one process)")

    with tempfile.TemporaryDirectory() as tmp:
        from mianjing.store.db import session

        url = f"sqlite:///{tmp}/bench.db"
        ingestor = Ingestor(lambda: session(url))
        unique = [Document(d.source, d.text + f"\n<!-- {i} -->") for i, d in enumerate(docs)]
        start = time.perf_counter()
        for doc in unique:
            ingestor.ingest(doc)
        stored = time.perf_counter() - start
        start = time.perf_counter()
        Ingestor(lambda: session(url), link=False)
        with_keys = time.perf_counter() - start
        with session(url) as s, s.begin():
            count = s.execute(text("SELECT count(*) FROM questions")).scalar()
            s.execute(text("UPDATE questions SET key = NULL"))  # as before keys were stored
        start = time.perf_counter()
        Ingestor(lambda: session(url), link=False)
        without_keys = time.perf_counter() - start
    print(f"end to end into SQLite (extract, label, link, cluster, store): "
          f"{len(docs) / stored:.1f} posts/s")
    print(f"start-up over {count} stored questions: {with_keys:.2f} s with stored wording keys, "
          f"{without_keys:.2f} s normalising each again ({without_keys / with_keys:.1f}×)")

    rng = random.Random(0)
    wordings = real_wordings()
    times = {}
    for size in args.sizes:
        texts = recombine(wordings, size, rng)
        start = time.perf_counter()
        ids = cluster_texts(texts)
        times[size] = time.perf_counter() - start
        print(f"clustering {size:>7} questions: {times[size]:7.2f} s "
              f"({size / times[size]:,.0f} questions/s, {len(set(ids.tolist())):,} clusters)")
    sizes = sorted(times)
    for small, large in zip(sizes, sizes[1:], strict=False):
        print(f"  {large}/{small} questions: time ratio {times[large] / times[small]:.1f} "
              f"(linear would be {large / small:.1f})")


if __name__ == "__main__":
    main()
