"""CLI commands for 面经 ingestion: ingest, top, posts, post."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

KINDS = ("bagu", "code_ml", "code_algo", "scenario", "open", "project", "reverse", "hr")


def register(app: typer.Typer, console, err_console, fail) -> None:
    @app.command()
    def ingest(
        paths: Annotated[list[str], typer.Argument(help="files, folders, or - for stdin")],
        as_json: Annotated[bool, typer.Option("--json", help="one JSON object per question")]
        = False,
    ) -> None:
        """Ingest 面经 posts (.txt/.md/.html/.jsonl; UTF-8, GBK or UTF-16)."""
        from rich.progress import Progress

        from mianjing.ingest.api import (
            IngestFailure,
            documents_from,
            ingest_items,
            question_records,
        )
        from mianjing.ingest.pipeline import Ingestor
        from mianjing.store.db import session

        items = list(documents_from(Path(p) if p != "-" else p for p in paths))
        counts = {"failed": 0, "stored": 0, "skipped": 0, "questions": 0}
        with Progress(console=err_console, transient=True, disable=len(items) < 3) as progress:
            task = progress.add_task("ingesting", total=len(items))

            def report(outcome) -> None:
                if isinstance(outcome, IngestFailure):
                    counts["failed"] += 1
                    err_console.print(f"[red]✗[/red] {escape(outcome.message)}")
                else:
                    counts["skipped" if outcome.skipped else "stored"] += 1
                    for record in question_records(outcome):
                        counts["questions"] += 1
                        if as_json:
                            print(json.dumps(record, ensure_ascii=False), flush=True)
                progress.advance(task)

            ingest_items(items, Ingestor(session), on_result=report)
        err_console.print(f"{counts['stored']} document(s) stored, {counts['skipped']} already "
                          f"ingested, {counts['questions']} question(s), {counts['failed']} failed")
        if counts["failed"] and not counts["stored"] and not counts["skipped"]:
            raise typer.Exit(1)

    @app.command()
    def top(
        company: Annotated[str | None, typer.Option(help="e.g. 字节 or 抖音 (aliases work)")]
        = None,
        position: Annotated[str | None, typer.Option(help="substring, e.g. 大模型")] = None,
        round_name: Annotated[str | None, typer.Option("--round", help="e.g. 一面, HR面")] = None,
        kind: Annotated[str | None, typer.Option(help=", ".join(KINDS))] = None,
        topic: Annotated[str | None, typer.Option(help="e.g. transformer")] = None,
        limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """The most frequently asked questions (高频), from ingested posts."""
        from mianjing.ingest.companies import load_companies
        from mianjing.ingest.extract import parse_round
        from mianjing.ingest.queries import top as top_query
        from mianjing.store.db import session

        if kind and kind not in KINDS:
            raise fail(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}")
        if company:
            resolved = load_companies().resolve(company)
            if resolved is None:
                raise fail(f"unknown company {company!r}; names and aliases are listed in "
                           f"content/ingest/companies.toml")
            company = resolved
        if round_name:
            parsed = parse_round(round_name)
            if parsed is None:
                raise fail(f"unknown round {round_name!r}; use 一面…五面, 主管面, 交叉面, 加面, HR面")
            round_name = parsed
        with session() as s:
            ranked = top_query(s, company=company, position=position, round=round_name, kind=kind,
                               topic=topic, limit=limit)
        if as_json:
            print(json.dumps([{
                "cluster": r.cluster_id, "question": r.question, "kind": r.kind,
                "topic": r.topic, "leetcode": r.leetcode, "problem": r.problem, "bank": r.bank,
                "posts": r.posts, "share": round(r.share, 4), "companies": r.companies,
                "rounds": r.rounds} for r in ranked], ensure_ascii=False, indent=2))
            return
        if not ranked:
            console.print("no questions match; ingest posts first: mianjing ingest PATH")
            return
        table = Table(title="高频 questions")
        for column in ("#", "question", "posts", "share", "kind", "topic", "companies",
                       "practice"):
            table.add_column(column)
        for i, r in enumerate(ranked, 1):
            practice = (f"judge {r.problem}" if r.problem else
                        f"answer {r.bank}" if r.bank else "")
            table.add_row(str(i), escape(r.question), str(r.posts), f"{r.share:.0%}", r.kind,
                          r.topic, escape(", ".join(r.companies[:4])), practice)
        console.print(table)

    @app.command()
    def posts(limit: Annotated[int, typer.Option(min=1)] = 50,
              as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """Ingested posts, newest first."""
        from mianjing.ingest.queries import posts as posts_query
        from mianjing.store.db import session

        with session() as s:
            items = posts_query(s, limit)
        if as_json:
            print(json.dumps([p.__dict__ for p in items], ensure_ascii=False, indent=2))
            return
        table = Table(title="posts")
        for column in ("id", "company", "position", "rounds", "questions", "source"):
            table.add_column(column)
        for p in items:
            table.add_row(str(p.id), p.company or "-", escape(p.position or "-"),
                          " ".join(r or "?" for r in p.rounds), str(p.questions),
                          escape(p.source[-50:]))
        console.print(table)

    @app.command()
    def post(post_id: int, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """What was extracted from one post, next to the post's text."""
        from rich.columns import Columns
        from rich.panel import Panel

        from mianjing.ingest.queries import post_detail
        from mianjing.store.db import session

        with session() as s:
            detail = post_detail(s, post_id)
            if detail is None:
                raise fail(f"no post with id {post_id}; list them with: mianjing posts")
            extracted = [{
                "round": rnd.name, "duration_min": rnd.duration_min, "date": rnd.date,
                "outcome": rnd.outcome,
                "questions": [{"question": q.text, "kind": q.kind, "topic": q.topic,
                               "leetcode": q.leetcode, "cluster": q.cluster_id,
                               "problem": q.problem, "bank": q.bank} for q in questions]}
                for rnd, questions in detail.rounds]
            header = {"id": detail.post.id, "source": detail.document.source,
                      "company": detail.post.company, "position": detail.post.position}
            text = detail.document.text
        if as_json:
            print(json.dumps({"post": header, "rounds": extracted, "text": text},
                             ensure_ascii=False, indent=2))
            return
        lines = []
        for rnd in extracted:
            meta = " ".join(str(v) for v in (rnd["round"] or "round ?", rnd["duration_min"] and
                                             f"{rnd['duration_min']}min", rnd["date"],
                                             rnd["outcome"]) if v)
            lines.append(f"[bold]{escape(meta)}[/bold]")
            for q in rnd["questions"]:
                link = q["problem"] or q["bank"] or ""
                lines.append(f"  • {escape(q['question'])} [dim]{q['kind']}/{q['topic']}"
                             f"{' LC' + str(q['leetcode']) if q['leetcode'] else ''}"
                             f"{' → ' + link if link else ''}[/dim]")
        title = f"#{header['id']} {header['company'] or '?'} {header['position'] or ''}"
        shown = text if len(text) <= 6000 else text[:6000] + "\n…"
        console.print(Columns([Panel(escape(shown), title="text", width=60),
                               Panel("\n".join(lines), title=escape(title), width=70)]))

