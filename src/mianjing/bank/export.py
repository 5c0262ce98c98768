"""Exporting the bank: an Anki deck (.apkg, via genanki) and printable cheat sheets per topic."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path

from mianjing.catalog.bank import Entry

DECK_NAME = "mianjing 八股"
_MODEL_ID = 1_607_392_319  # fixed so re-imports update notes instead of duplicating them
_DECK_ID = 2_059_400_110



def _protect_math(markdown_text: str) -> tuple[str, list[str]]:
    """Take LaTeX out before Markdown rendering (so ``_`` and ``*`` inside stay intact)."""
    stash: list[str] = []

    def keep(match: re.Match[str]) -> str:
        body = match.group(0)
        if body.startswith("$$"):
            rendered = r"\[" + html.escape(body[2:-2]) + r"\]"
        else:
            rendered = r"\(" + html.escape(body[1:-1]) + r"\)"
        stash.append(rendered)
        return f"@@MATH{len(stash) - 1}@@"

    text = re.sub(r"\$\$.+?\$\$|\$[^$\n]+?\$", keep, markdown_text, flags=re.S)
    return text, stash


def _blank_before_blocks(text: str) -> str:
    """Python-Markdown needs a blank line before a list or table that follows a paragraph."""
    out: list[str] = []
    for line in text.splitlines():
        starts_block = re.match(r"\s*(?:[-*+] |\d+\. |\|)", line)
        if starts_block and out and out[-1].strip() and \
                not re.match(r"\s*(?:[-*+] |\d+\. |\|)", out[-1]):
            out.append("")
        out.append(line)
    return "\n".join(out)


def render_html(markdown_text: str) -> str:
    """Markdown to HTML with formulas as MathJax ``\\( \\)`` / ``\\[ \\]`` (Anki's syntax)."""
    import markdown

    text, stash = _protect_math(_blank_before_blocks(markdown_text))
    rendered = markdown.markdown(text, extensions=["tables", "fenced_code", "sane_lists"])
    return re.sub(r"@@MATH(\d+)@@", lambda m: stash[int(m.group(1))], rendered)


def export_anki(entries: Iterable[Entry], path: Path) -> int:
    import genanki

    model = genanki.Model(
        _MODEL_ID, "mianjing bank entry",
        fields=[{"name": "Id"}, {"name": "Question"}, {"name": "KeyPoints"},
                {"name": "Answer"}, {"name": "Topic"}],
        templates=[{
            "name": "Card 1",
            "qfmt": "<div class=q>{{Question}}</div><div class=topic>{{Topic}}</div>",
            "afmt": "{{FrontSide}}<hr id=answer><div class=kp>{{KeyPoints}}</div>"
                    "<div class=a>{{Answer}}</div>",
        }],
        css=".card{font-family:sans-serif;font-size:17px;text-align:left}"
            ".q{font-weight:bold;font-size:20px}.topic{color:#888;font-size:13px}"
            ".kp{background:#f4f8ff;padding:6px;margin:8px 0}",
    )
    deck = genanki.Deck(_DECK_ID, DECK_NAME)
    count = 0
    for entry in entries:
        points = "<ul>" + "".join(f"<li>{html.escape(p)}</li>" for p in entry.meta.key_points) \
            + "</ul>"
        note = genanki.Note(
            model=model,
            fields=[entry.id, html.escape(entry.question), points, render_html(entry.answer),
                    entry.topic],
            tags=[entry.topic, *(re.sub(r"\s+", "_", t) for t in entry.meta.tags)],
            guid=genanki.guid_for("mianjing", entry.id),
        )
        deck.add_note(note)
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    genanki.Package(deck).write_to_file(str(path))
    return count


def cheat_sheet_markdown(topic: str, entries: list[Entry]) -> str:
    parts = [f"# 八股速查：{topic}\n", f"{len(entries)} 题。每题：问题 · 关键点 · 参考答案。\n"]
    for i, entry in enumerate(entries, 1):
        parts.append(f"\n## {i}. {entry.question}\n")
        parts.append("**关键点**：" + " · ".join(entry.meta.key_points) + "\n")
        parts.append("\n" + entry.answer.strip() + "\n")
    return "\n".join(parts)


_PAGE = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>{title}</title>
<style>
body{{font-family:-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;max-width:860px;
margin:2em auto;line-height:1.6;color:#222}}
h2{{border-top:1px solid #ddd;padding-top:.8em;font-size:1.15em}}
.kp{{background:#f4f8ff;padding:.4em .7em;border-radius:4px}}
code{{background:#f3f3f3;padding:0 .2em}}
@media print{{h2{{page-break-after:avoid}} section{{page-break-inside:avoid}}}}
</style></head><body>
<h1>{title}</h1>
{body}
</body></html>
"""


def cheat_sheet_html(topic: str, entries: list[Entry]) -> str:
    sections = []
    for i, entry in enumerate(entries, 1):
        points = " · ".join(html.escape(p) for p in entry.meta.key_points)
        sections.append(f"<section><h2>{i}. {html.escape(entry.question)}</h2>"
                        f"<p class=kp><b>关键点</b>：{points}</p>{render_html(entry.answer)}"
                        f"</section>")
    return _PAGE.format(title=html.escape(f"八股速查：{topic}"), body="\n".join(sections))


def export_cheat_sheets(entries: Iterable[Entry], folder: Path, fmt: str = "md") -> list[Path]:
    if fmt not in ("md", "html"):
        raise ValueError(f"format must be 'md' or 'html', not {fmt!r}")
    by_topic: dict[str, list[Entry]] = {}
    for entry in entries:
        by_topic.setdefault(entry.topic, []).append(entry)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for topic, items in sorted(by_topic.items()):
        items.sort(key=lambda e: ({"easy": 0, "medium": 1, "hard": 2}[e.meta.difficulty], e.id))
        path = folder / f"{topic}.{fmt}"
        text = cheat_sheet_markdown(topic, items) if fmt == "md" else cheat_sheet_html(topic, items)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
