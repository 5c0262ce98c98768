"""Command line: a thin layer over the library API (catalog, judge, store).

Heavy modules (the judge, the database, torch never) are imported inside the commands that
need them, so ``mianjing problems`` and ``mianjing judge softmax x.py`` start quickly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="mianjing: 面经 workbench for AI/ML algorithm interviews.")
console = Console()
err_console = Console(stderr=True, soft_wrap=True)

VERDICT_STYLE = {"AC": "bold green", "WA": "bold red", "TLE": "bold yellow", "MLE": "bold yellow",
                 "RE": "bold magenta", "CE": "bold magenta", "OLE": "bold yellow", "SKIP": "dim"}


def _fail(message: str, code: int = 2) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {message}")
    return typer.Exit(code)


def _catalog():
    from mianjing.catalog import Catalog

    return Catalog()


def _problem(slug: str):
    from mianjing.catalog import CatalogError

    try:
        return _catalog().get(slug)
    except CatalogError as exc:
        raise _fail(str(exc)) from None


@app.command()
def problems(
    kind: Annotated[str | None, typer.Option(help="ml or algo")] = None,
    topic: Annotated[str | None, typer.Option(help="e.g. transformer, algorithms")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """List judge problems."""
    if kind not in (None, "ml", "algo"):
        raise _fail(f"--kind must be 'ml' or 'algo', not {kind!r}")
    items = _catalog().problems(kind=kind, topic=topic)
    if as_json:
        out = [{
            "slug": p.slug, "title": p.meta.title.model_dump(), "difficulty": p.meta.difficulty,
            "kind": p.meta.kind, "topics": p.meta.topics, "framework": p.meta.framework,
            "leetcode": p.meta.leetcode,
            "asked": [a.model_dump(exclude_none=True) for a in p.meta.asked],
        } for p in items]
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(items)} problems")
    for col in ("slug", "title", "difficulty", "kind", "framework", "topics", "asked at"):
        table.add_column(col)
    for p in items:
        asked = ", ".join(sorted({f"{a.company}{' ' + a.round if a.round else ''}"
                                  for a in p.meta.asked}))
        table.add_row(p.slug, p.meta.title.zh, p.meta.difficulty, p.meta.kind,
                      p.meta.framework, ", ".join(p.meta.topics), asked)
    console.print(table)


@app.command()
def show(slug: str) -> None:
    """Render a problem statement."""
    from rich.markdown import Markdown

    problem = _problem(slug)
    meta = problem.meta
    console.print(f"[bold]{meta.title.zh}[/bold]  ({meta.title.en}) · {meta.difficulty} · "
                  f"{meta.framework} · time {meta.time_limit_ms} ms · memory "
                  f"{meta.memory_limit_mb} MB")
    console.print(Markdown(problem.statement))
    if meta.forbidden:
        console.print(f"[dim]not allowed: {', '.join(meta.forbidden)}[/dim]")


@app.command()
def start(slug: str, path: Annotated[Path | None, typer.Argument()] = None,
          force: Annotated[bool, typer.Option(help="overwrite an existing file")] = False) -> None:
    """Write the starter code for a problem to PATH (default: <slug>.py)."""
    problem = _problem(slug)
    target = path or Path(f"{slug.replace('-', '_')}.py")
    if target.is_dir():
        target = target / f"{slug.replace('-', '_')}.py"
    if target.exists() and not force:
        raise _fail(f"{target} already exists (use --force to overwrite)")
    target.write_text(problem.starter, encoding="utf-8")
    console.print(f"wrote {target}; when ready: mianjing judge {slug} {target}")


def _print_verdict(verdict) -> None:
    from mianjing.judge.verdict import VERDICT_NAMES

    style = VERDICT_STYLE.get(verdict.verdict, "bold")
    console.print(f"[{style}]{verdict.verdict}[/{style}] {VERDICT_NAMES.get(verdict.verdict, '')}"
                  f" · {verdict.passed}/{verdict.total} cases · {verdict.time_ms:.0f} ms"
                  f" · seed {verdict.seed}")
    table = Table(show_header=True, box=None)
    for col in ("case", "verdict", "ms"):
        table.add_column(col)
    for c in verdict.cases:
        s = VERDICT_STYLE.get(c.verdict, "")
        table.add_row(c.name, f"[{s}]{c.verdict}[/{s}]" if s else c.verdict,
                      f"{c.time_ms:.1f}" if c.time_ms is not None else "-")
    if verdict.cases:
        console.print(table)
    if not verdict.accepted:
        console.print(verdict.message, markup=False, highlight=False)
    if verdict.stdout.strip():
        console.print("[dim]your output:[/dim]")
        console.print(verdict.stdout, markup=False, highlight=False)


@app.command()
def judge(
    slug: str,
    file: Path,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
    seed: Annotated[int | None, typer.Option(help="reproduce a run's random cases")] = None,
    save: Annotated[bool, typer.Option(help="record the submission in history")] = True,
) -> None:
    """Judge FILE against problem SLUG (exit 0 on AC, 1 otherwise)."""
    problem = _problem(slug)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise _fail(f"{file}: cannot read ({exc.strerror})") from None
    try:
        code = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(f"{file}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    from mianjing.judge.grader import Judge, JudgeError
    from mianjing.judge.sandbox.isolation import SandboxUnavailable
    from mianjing.paths import ensure_data_dir

    try:
        with Judge(pool_size=0, timings_path=ensure_data_dir() / "judge-timings.json") as j:
            verdict = j.judge(problem, code, seed=seed, filename=file.name)
    except (JudgeError, SandboxUnavailable) as exc:
        raise _fail(str(exc), 3) from None
    if save:
        from mianjing.store.submissions import record

        record(verdict, code, str(file))
    if as_json:
        data = {
            "problem": verdict.problem, "verdict": verdict.verdict, "passed": verdict.passed,
            "total": verdict.total, "time_ms": round(verdict.time_ms, 3),
            "cases": [{"name": c.name, "verdict": c.verdict,
                       "time_ms": None if c.time_ms is None else round(c.time_ms, 3),
                       "message": c.message} for c in verdict.cases],
            "message": verdict.message, "seed": verdict.seed, "sandbox": verdict.sandbox,
        }
        typer.echo(json.dumps(data, ensure_ascii=False))
    else:
        _print_verdict(verdict)
    raise typer.Exit(0 if verdict.accepted else 1)


@app.command()
def history(
    problem: Annotated[str | None, typer.Option(help="only this problem")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Past submissions, newest first."""
    from mianjing.store.submissions import history as load

    rows = load(problem, limit)
    if as_json:
        typer.echo(json.dumps([{
            "id": r.id, "problem": r.problem, "verdict": r.verdict, "passed": r.passed,
            "total": r.total, "time_ms": r.time_ms, "source": r.source_name,
            "created_at": r.created_at.isoformat()} for r in rows], ensure_ascii=False))
        return
    table = Table(title="submissions")
    for col in ("id", "when", "problem", "verdict", "passed", "ms", "file"):
        table.add_column(col)
    for r in rows:
        s = VERDICT_STYLE.get(r.verdict, "")
        table.add_row(str(r.id), r.created_at.strftime("%Y-%m-%d %H:%M"), r.problem,
                      f"[{s}]{r.verdict}[/{s}]", f"{r.passed}/{r.total}", f"{r.time_ms:.0f}",
                      r.source_name)
    console.print(table)


@app.command()
def new(
    slug: str,
    framework: Annotated[str, typer.Option(help="numpy, torch or python")] = "numpy",
    kind: Annotated[str, typer.Option(help="ml or algo")] = "ml",
) -> None:
    """Scaffold a new problem folder under content/problems."""
    from mianjing.catalog import PROBLEMS_DIR
    from mianjing.content.scaffold import ScaffoldError, scaffold

    try:
        path = scaffold(PROBLEMS_DIR, slug, framework=framework, kind=kind)
    except ScaffoldError as exc:
        raise _fail(str(exc)) from None
    console.print(f"created {path}; fill in the files, then run: mianjing validate {slug}")


@app.command()
def validate(
    slugs: Annotated[list[str] | None, typer.Argument(help="problems to check (default: all)")] = None,
    mutants: Annotated[bool, typer.Option(help="also check wrong_solutions/ are rejected")] = True,
    bank: Annotated[bool, typer.Option(help="also check the 八股 bank (schema, links, seeds)")]
    = True,
    problems: Annotated[bool, typer.Option(help="run the problems through the judge")] = True,
) -> None:
    """Validate content: problems (schema, statement, reference accepted, mutants rejected) and
    the 八股 bank (schema, links, every seed question resolves to its entry)."""
    from rich.progress import Progress

    from mianjing.catalog import CatalogError
    from mianjing.judge.grader import Judge
    from mianjing.judge.validation import validate_problem

    catalog = _catalog()
    try:
        chosen = [catalog.get(s) for s in slugs] if slugs else catalog.problems()
    except CatalogError as exc:
        raise _fail(str(exc), 1) from None
    failures = [] if slugs else list(catalog.errors)
    if bank and not slugs:
        from mianjing.bank.validation import validate_bank
        from mianjing.catalog.bank import Bank

        bank_errors = validate_bank({p.slug for p in catalog.problems()})
        failures += [f"bank: {e}" for e in bank_errors]
        status = "[green]ok[/green]" if not bank_errors else "[red]FAIL[/red]"
        console.print(f"{status} bank: {len(Bank())} entries, seed questions resolved")
    if not problems:
        chosen = []
    with Judge(pool_size=2) as j, Progress(console=err_console, transient=True) as progress:
        task = progress.add_task("validating", total=len(chosen))
        for problem in chosen:
            progress.update(task, description=problem.slug)
            report = validate_problem(j, problem, mutants=mutants)
            failures += [f"{problem.slug}: {e}" for e in report.errors]
            ref_ms = report.reference.time_ms if report.reference else float("nan")
            status = "[green]ok[/green]" if report.ok else "[red]FAIL[/red]"
            console.print(f"{status} {problem.slug}: reference "
                          f"{report.reference.verdict if report.reference else '-'} "
                          f"({ref_ms:.0f} ms), {len(report.mutants)} mutants rejected "
                          f"{sum(not v.accepted for v in report.mutants.values())}")
            progress.advance(task)
    for failure in failures:
        err_console.print(f"[red]✗[/red] {failure}")
    if failures:
        raise typer.Exit(1)
    checked = [f"{len(chosen)} problems"] if problems else []
    checked += ["the bank"] if bank and not slugs else []
    console.print(f"[green]valid: {' and '.join(checked) or 'nothing checked'}[/green]")


def _register_extensions() -> None:
    from mianjing import cli_bank, cli_ingest

    cli_ingest.register(app, console, err_console, _fail)
    cli_bank.register(app, console, err_console, _fail)


_register_extensions()


def main() -> None:  # pragma: no cover - console entry
    app(sys.argv[1:])


if __name__ == "__main__":  # pragma: no cover
    main()
