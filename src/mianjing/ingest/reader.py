"""Reading raw 面经 files into plain-text documents.

Accepts ``.txt``/``.md``/``.html``/``.htm``/``.jsonl`` files, folders of them and standard input.
Every failure is an :class:`ReadError` that names the file and the reason, so a batch can report
it and carry on with the other files.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


class ReadError(ValueError):
    """A file that cannot be ingested; ``str()`` is the message shown to the user."""


@dataclass(frozen=True)
class Document:
    """One post's raw text. ``source`` names the file (and line for ``.jsonl``)."""

    source: str
    text: str
    title: str = ""


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOMs first, then strict UTF-8, then GB18030, then a detector."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF32_LE, "utf-32")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(f"{name}: starts with a {encoding} byte-order mark but is not "
                                f"valid {encoding} (byte {exc.start}); skipped") from exc
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    nul = data.find(b"\x00")
    if nul != -1:
        raise ReadError(f"{name}: not text (NUL byte at offset {nul}); skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_cjk_or_ascii(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError(f"{name}: bytes do not decode as UTF-8, GB18030 or UTF-16 and no "
                        f"encoding could be detected; skipped")
    return str(best)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.3 * len(zeros):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
            return text if "\x00" not in text and printable >= 0.95 * len(text) else None
    return None


def _mostly_cjk_or_ascii(text: str) -> bool:
    good = sum(1 for ch in text if ch.isascii() or "\u4e00" <= ch <= "\u9fff"
               or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
    return good >= 0.9 * max(1, len(text))


_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "h1", "h2", "h3",
    "h4", "h5", "h6", "pre", "blockquote", "hr", "dt", "dd", "header", "footer", "figure",
)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "head",
              "nav", "footer", "form", "button", "select", "input")


def html_to_text(markup: str) -> tuple[str, str]:
    """(title, text) of an HTML page: scripts, styles and navigation dropped, blocks on lines."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.body or soup
    for tag in root.find_all("br"):
        tag.replace_with("\n")
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = root.get_text()
    text = text.replace("\xa0", " ")
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n[ \n]*", "\n", text)
    return title, text.strip()


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or (
        head.count("<div") + head.count("<p>") + head.count("<br") >= 3)


def read_bytes(data: bytes, name: str, suffix: str = "") -> list[Document]:
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(f"{name}: {len(data) / 2**20:.1f} MB is over the "
                        f"{MAX_FILE_BYTES // 2**20} MB limit for one file; split it; skipped")
    text = decode(data, name)
    if not text.strip():
        raise ReadError(f"{name}: empty (no text); skipped")
    if suffix in JSONL_SUFFIXES:
        return list(_jsonl_documents(text, name))
    if suffix in HTML_SUFFIXES or (suffix not in JSONL_SUFFIXES and _looks_like_html(text)):
        title, body = html_to_text(text)
        if not body.strip():
            raise ReadError(f"{name}: HTML page has no visible text; skipped")
        if title and title not in body[:500]:
            body = f"{title}\n{body}"
        return [Document(name, body, title)]
    return [Document(name, text)]


def _jsonl_documents(text: str, name: str) -> Iterator[Document]:
    found = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReadError(f"{name}:{number}: not a JSON object ({exc.msg}); file skipped") \
                from exc
        if not isinstance(record, dict) or not isinstance(record.get("body"), str):
            raise ReadError(f"{name}:{number}: each line must be an object with a string "
                            f"'body' (and optional 'title'); file skipped")
        title = record.get("title") or ""
        if not isinstance(title, str):
            raise ReadError(f"{name}:{number}: 'title' must be a string; file skipped")
        body = record["body"]
        if _looks_like_html(body):
            _, body = html_to_text(body)
        found = True
        yield Document(f"{name}:{number}", f"{title}\n{body}" if title else body, title)
    if not found:
        raise ReadError(f"{name}: no JSON lines; skipped")


def read_path(path: Path) -> list[Document]:
    name = str(path)
    if not path.exists():
        raise ReadError(f"{name}: no such file or folder")
    if not path.is_file():
        raise ReadError(f"{name}: not a regular file; skipped")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ReadError(f"{name}: unsupported file type {suffix!r} (expected "
                        f".txt, .md, .html or .jsonl); skipped")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ReadError(f"{name}: {size / 2**20:.1f} MB is over the "
                        f"{MAX_FILE_BYTES // 2**20} MB limit for one file; split it; skipped")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{name}: cannot be read ({exc.strerror}); skipped") from exc
    return read_bytes(data, name, suffix)


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and supported files inside named folders (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            # hidden files and folders inside the named folder are skipped; the path to it may
            # itself hold dots ("../posts")
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in SUPPORTED
                              and not any(part.startswith(".")
                                          for part in p.relative_to(path).parts))
        else:
            yield path
