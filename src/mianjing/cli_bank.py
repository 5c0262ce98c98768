"""CLI commands for the 八股 bank and review: search, answer, review, stats, export."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.markdown import Markdown
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table


def _read_block(prompt_console) -> str | None:
    """Lines typed until an empty line; None at end of input."""
    lines = []
    while True:
        line = sys.stdin.readline()
        if line == "":
            return None if not lines else "\n".join(lines)
        line = line.rstrip("\n")
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)


def _ask(prompt_console, question: str, default: str | None = None) -> str | None:
    prompt_console.print(question, end="")
    line = sys.stdin.readline()
    if line == "":
        return None
    return line.strip() or (default or "")


def register(app: typer.Typer, console, err_console, fail) -> None:
    @app.command()
    def search(
        query: Annotated[list[str], typer.Argument(help="words, Chinese or English")],
        topic: Annotated[str | None, typer.Option(help="restrict to one topic")] = None,
        limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Full-text search of the 八股 bank ("为什么除以根号d", "LN 和 BN 区别")."""
        from mianjing.bank.search import bank_index
        from mianjing.catalog.bank import BANK_TOPICS, Bank

        if topic and topic not in BANK_TOPICS:
            raise fail(f"unknown topic {topic!r}; topics: {', '.join(BANK_TOPICS)}")
        text = " ".join(query)
        hits = bank_index().search(text, topic=topic, limit=limit)
        bank = Bank()
        if as_json:
            print(json.dumps([{"id": h.key, "question": bank.get(h.key).question,
                               "topic": bank.get(h.key).topic, "score": round(h.score, 3)}
                              for h in hits], ensure_ascii=False, indent=2))
            return
        if not hits:
            console.print(f"nothing found for {text!r}")
            raise typer.Exit(1)
        table = Table(title=f"search: {escape(text)}")
        for column in ("#", "id", "question", "topic"):
            table.add_column(column)
        for i, h in enumerate(hits, 1):
            entry = bank.get(h.key)
            table.add_row(str(i), h.key, escape(entry.question), entry.topic)
        console.print(table)
        console.print("read one with: mianjing answer ID")

    @app.command()
    def answer(entry_id: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """Show a bank entry: question, key points, reference answer, follow-ups."""
        from mianjing.catalog import CatalogError
        from mianjing.catalog.bank import Bank

        bank = Bank()
        try:
            entry = bank.get(entry_id)
        except CatalogError as exc:
            from mianjing.bank.search import bank_index

            hits = bank_index().search(entry_id.replace("-", " "), limit=3)
            hint = f"; did you mean {', '.join(h.key for h in hits)}?" if hits else ""
            raise fail(f"{exc}{hint}") from None
        if as_json:
            print(json.dumps({**entry.meta.model_dump(), "answer": entry.answer},
                             ensure_ascii=False, indent=2))
            return
        _show_entry(console, bank, entry)

    @app.command()
    def review(
        topic: Annotated[str | None, typer.Option(help="only this topic")] = None,
        company: Annotated[str | None, typer.Option(help="new cards: what this company asked")]
        = None,
        limit: Annotated[int, typer.Option(min=1, max=500)] = 10,
        only: Annotated[str | None, typer.Option(help="bank or problem")] = None,
        workdir: Annotated[Path, typer.Option(help="where problem cards write starters")]
        = Path("mianjing-review"),
    ) -> None:
        """Spaced-repetition review (FSRS). Type an answer (or just think), see the reference
        with the key points you covered, rate again/hard/good/easy; each rating is saved at once."""
        from mianjing.catalog.bank import Bank
        from mianjing.ingest.companies import load_companies
        from mianjing.review.coverage import covered_points
        from mianjing.review.scheduler import parse_rating, queue
        from mianjing.review.scheduler import review as record_review
        from mianjing.store.db import session

        if only not in (None, "bank", "problem"):
            raise fail(f"--only must be 'bank' or 'problem', not {only!r}")
        if company:
            resolved = load_companies().resolve(company)
            if resolved is None:
                raise fail(f"unknown company {company!r}")
            company = resolved
        bank = Bank()
        done = 0
        with session() as s:
            entries = queue(s, topic=topic, company=company, item_type=only, limit=limit)
        if not entries:
            console.print("nothing to review now 🎉")
            return
        console.print(f"{len(entries)} card(s). Type your answer and finish with an empty line "
                      f"(an empty line alone: just reveal). Ratings: again/hard/good/easy "
                      f"(1–4), s = skip, q = quit.")
        for n, q in enumerate(entries, 1):
            item = q.item
            label = "new" if q.card_id is None else "due"
            asked = f" · asked in {q.asked} post(s)" if q.asked else ""
            console.rule(f"[{n}/{len(entries)}] {label} · {item.topic}{asked}")
            started = time.monotonic()
            if item.type == "bank":
                entry = bank.get(item.key)
                console.print(Panel(escape(entry.question), title="问题"))
                typed = _read_block(console)
                if typed is None:
                    break
                covered = covered_points(typed, entry.meta.key_points)
                _show_entry(console, bank, entry, covered=covered if typed.strip() else None)
                suggestion = None
            else:
                typed, covered, suggestion = _problem_card(console, item.key, workdir)
                if typed is None:
                    break
            while True:
                hint = f" [{suggestion}]" if suggestion else ""
                choice = _ask(console, f"rating (again/hard/good/easy, s, q){hint}: ",
                              default=suggestion)
                if choice is None or choice == "q":
                    console.print(f"saved {done} review(s)")
                    return
                if choice == "s":
                    break
                try:
                    rating = parse_rating(choice)
                except ValueError as exc:
                    err_console.print(str(exc))
                    continue
                with session() as s:
                    card = record_review(s, item, rating, answer=typed, covered=covered,
                                         duration_ms=int(1000 * (time.monotonic() - started)))
                    due = card.due
                done += 1
                console.print(f"saved · next review {due:%Y-%m-%d %H:%M} UTC")
                break
        console.print(f"saved {done} review(s)")

    @app.command()
    def stats(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """Review statistics: due today, retention, streak, strength per topic."""
        from mianjing.review.scheduler import stats as compute
        from mianjing.store.db import session

        with session() as s:
            result = compute(s)
        if as_json:
            print(json.dumps({
                "due_today": result.due_today, "reviewed_today": result.reviewed_today,
                "retention": result.retention, "streak": result.streak,
                "cards": result.total_cards,
                "topics": [t.__dict__ for t in result.topics]}, ensure_ascii=False, indent=2))
            return
        retention = "-" if result.retention is None else f"{result.retention:.0%}"
        console.print(f"due today {result.due_today} · reviewed today {result.reviewed_today} · "
                      f"retention (30 d) {retention} · streak {result.streak} day(s) · "
                      f"{result.total_cards} card(s)")
        if result.topics:
            table = Table(title="strength per topic")
            for column in ("topic", "cards", "recall now", "due"):
                table.add_column(column)
            for t in result.topics:
                table.add_row(t.topic, str(t.cards), f"{t.retrievability:.0%}", str(t.due))
            console.print(table)

    @app.command()
    def export(
        what: Annotated[str, typer.Argument(help="anki, md or html")],
        out: Annotated[Path, typer.Option("--out", "-o", help="file (anki) or folder")]
        = Path("mianjing-export"),
        topic: Annotated[str | None, typer.Option(help="only this topic")] = None,
    ) -> None:
        """Export the bank: an Anki deck (.apkg) or cheat sheets per topic (Markdown/HTML)."""
        from mianjing.bank.export import export_anki, export_cheat_sheets
        from mianjing.catalog.bank import Bank

        entries = Bank().entries(topic=topic)
        if not entries:
            raise fail(f"no bank entries{' for topic ' + topic if topic else ''}")
        if what == "anki":
            path = out if out.suffix == ".apkg" else out / "mianjing.apkg"
            count = export_anki(entries, path)
            console.print(f"wrote {count} notes to {path}")
        elif what in ("md", "html"):
            paths = export_cheat_sheets(entries, out, what)
            console.print(f"wrote {len(paths)} cheat sheet(s) to {out}/")
        else:
            raise fail(f"export what? 'anki', 'md' or 'html', not {what!r}")


def _show_entry(console, bank, entry, covered: list[bool] | None = None) -> None:
    console.print(Panel(escape(entry.question), title=f"{entry.id} · {entry.topic} · "
                        f"{entry.meta.difficulty}"))
    lines = []
    for i, point in enumerate(entry.meta.key_points):
        if covered is None:
            lines.append(f"• {escape(point)}")
        elif covered[i]:
            lines.append(f"[bold green]✓ {escape(point)}[/bold green]")
        else:
            lines.append(f"[yellow]✗ {escape(point)}[/yellow]")
    title = "关键点" if covered is None else f"关键点 (covered {sum(covered)}/{len(covered)})"
    console.print(Panel("\n".join(lines), title=title))
    console.print(Markdown(entry.answer))
    follow = [f for f in entry.meta.followups if f in bank]
    if follow:
        console.print("追问: " + ", ".join(f"{f} ({escape(bank.get(f).question)})"
                                          for f in follow))
    if entry.meta.problems:
        console.print("手撕: " + ", ".join(f"mianjing start {p}" for p in entry.meta.problems))


def _problem_card(console, slug: str, workdir: Path):
    """A problem card is reviewed by solving it again; the verdict suggests the rating."""
    from mianjing.catalog import Catalog
    from mianjing.judge.grader import Judge

    problem = Catalog().get(slug)
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"{slug.replace('-', '_')}.py"
    if not path.exists():
        path.write_text(problem.starter, encoding="utf-8")
    console.print(Panel(Markdown(problem.statement), title=f"手撕 {slug}"))
    console.print(f"solve it in {path}, then press Enter to judge (s + Enter: skip judging)")
    line = sys.stdin.readline()
    if line == "":
        return None, [], None
    if line.strip() == "s":
        return "", [], None
    code = path.read_text(encoding="utf-8")
    with Judge(pool_size=1) as judge:
        verdict = judge.judge(problem, code)
    console.print(f"verdict: {verdict.verdict} ({verdict.passed}/{verdict.total})"
                  + (f" · {escape(verdict.message[:300])}" if verdict.verdict != "AC" else ""))
    return code, [], "good" if verdict.verdict == "AC" else "again"
