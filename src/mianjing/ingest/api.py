"""Library entry points for ingestion, used by the CLI, the web app and the tests."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mianjing.ingest.pipeline import Ingestor, IngestResult
from mianjing.ingest.reader import (
    SUPPORTED,
    Document,
    ReadError,
    expand,
    read_bytes,
    read_path,
)


@dataclass(frozen=True)
class IngestFailure:
    source: str
    message: str


def documents_from(paths: Iterable[Path | str]) -> Iterator[Document | IngestFailure]:
    """Documents from files, folders and ``-`` (standard input); failures are yielded, not
    raised, so one bad file does not stop the batch."""
    for item in paths:
        if str(item) == "-":
            try:
                yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", ".txt")
            except ReadError as exc:
                yield IngestFailure("<stdin>", str(exc))
            continue
        found = False
        for path in expand([Path(item)]):
            found = True
            try:
                yield from read_path(path)
            except ReadError as exc:
                yield IngestFailure(str(path), str(exc))
        if not found:
            kinds = ", ".join(sorted(suffix for suffix in SUPPORTED if suffix))
            yield IngestFailure(str(item), f"{item}: no files to read in this folder ({kinds})")


def ingest(paths: Iterable[Path | str], *, session_factory=None, link: bool = True,
           on_result: Callable[[IngestResult | IngestFailure], None] | None = None,
           ) -> list[IngestResult | IngestFailure]:
    from mianjing.store.db import session

    return ingest_items(documents_from(paths), Ingestor(session_factory or session, link=link),
                        on_result=on_result)


def ingest_items(items: Iterable[Document | IngestFailure], ingestor: Ingestor, *,
                 on_result: Callable[[IngestResult | IngestFailure], None] | None = None,
                 ) -> list[IngestResult | IngestFailure]:
    """Store each document (one transaction each); read failures pass through unchanged."""
    results: list[IngestResult | IngestFailure] = []
    for item in items:
        if isinstance(item, IngestFailure):
            outcome: IngestResult | IngestFailure = item
        else:
            try:
                outcome = ingestor.ingest(item)
            except Exception as exc:  # one document's failure must not abort the batch
                outcome = IngestFailure(item.source, f"{item.source}: not stored "
                                        f"({type(exc).__name__}: {exc}); nothing was written")
        results.append(outcome)
        if on_result:
            on_result(outcome)
    return results


def question_records(result: IngestResult) -> Iterator[dict]:
    """The ``--json`` records: one per extracted question."""
    for post_id, post, cluster_ids in result.posts:
        ids = iter(cluster_ids)
        for rnd, q in post.questions:
            yield {
                "post": {"id": post_id, "source": result.source, "company": post.company,
                         "position": post.position, "round": rnd.name, "date": rnd.date,
                         "outcome": rnd.outcome},
                "question": q.text, "kind": q.kind, "topic": q.topic, "leetcode": q.leetcode,
                "cluster": next(ids), "problem": q.problem, "bank": q.bank,
            }
