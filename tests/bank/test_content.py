"""The bank as data: every entry parses and links; the schema rejects what it should."""

import zipfile

import pytest

from mianjing.catalog import Catalog, CatalogError
from mianjing.catalog.bank import BANK_TOPICS, Bank, answer_length, parse_entry

GOOD = """+++
id = "{id}"
question = "LayerNorm 和 BatchNorm 的区别？"
aliases = ["LN 和 BN 区别"]
topic = "transformer"
difficulty = "easy"
key_points = ["归一化维度不同", "是否依赖 batch", "推理时行为"]
+++
{body}
"""


def write(tmp_path, folder="transformer", name="ln-vs-bn", body="答" * 300, **fmt):
    path = tmp_path / folder / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD.format(id=fmt.get("id", name), body=body), encoding="utf-8")
    return path


def test_whole_bank_is_valid_and_large():
    bank = Bank()
    assert bank.errors == []
    assert bank.link_errors({p.slug for p in Catalog().problems()}) == []
    assert len(bank) >= 300
    topics = {e.topic for e in bank.entries()}
    assert topics >= set(BANK_TOPICS) - {"algorithms"}


def test_answers_are_within_length_and_have_enough_key_points():
    for entry in Bank().entries():
        assert 200 <= answer_length(entry.answer) <= 1200, entry.id
        assert 3 <= len(entry.meta.key_points) <= 8, entry.id


def test_a_good_entry_parses(tmp_path):
    entry = parse_entry(write(tmp_path))
    assert entry.id == "ln-vs-bn" and entry.meta.kind == "bagu"


def test_rejects_short_answer(tmp_path):
    with pytest.raises(CatalogError, match="answer has 10 characters; it must have 200"):
        parse_entry(write(tmp_path, body="太短" * 5))


def test_rejects_id_not_matching_file_name(tmp_path):
    with pytest.raises(CatalogError, match="does not match the file name"):
        parse_entry(write(tmp_path, id="other-id"))


def test_rejects_topic_not_matching_folder(tmp_path):
    with pytest.raises(CatalogError, match="does not match folder 'cv'"):
        parse_entry(write(tmp_path, folder="cv"))


def test_rejects_missing_front_matter(tmp_path):
    path = tmp_path / "transformer" / "x.md"
    path.parent.mkdir()
    path.write_text("no front matter", encoding="utf-8")
    with pytest.raises(CatalogError, match="must start with a"):
        parse_entry(path)


def test_broken_followups_are_reported(tmp_path):
    path = write(tmp_path)
    path.write_text(path.read_text().replace('difficulty = "easy"',
                                             'difficulty = "easy"\nfollowups = ["nope"]'))
    bank = Bank(tmp_path)
    assert bank.link_errors(set()) == [f"{path}: follow-up 'nope' is not a bank entry"]


def test_anki_export_is_a_valid_package(tmp_path):
    import sqlite3

    from mianjing.bank.export import export_anki

    entries = Bank().entries(topic="transformer")
    path = tmp_path / "deck.apkg"
    assert export_anki(entries, path) == len(entries)
    with zipfile.ZipFile(path) as z:
        z.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    notes = db.execute("select flds from notes").fetchall()
    assert len(notes) == len(entries)
    fields = next(f for (f,) in notes if f.startswith("attention-scaling-sqrt-dk"))
    assert "\\(" in fields and "<li>" in fields  # formulas for MathJax, key points as a list


def test_cheat_sheets_one_file_per_topic(tmp_path):
    from mianjing.bank.export import export_cheat_sheets

    entries = Bank().entries()
    md = export_cheat_sheets(entries, tmp_path / "md", "md")
    html_files = export_cheat_sheets(entries, tmp_path / "html", "html")
    assert len(md) == len(html_files) == len({e.topic for e in entries})
    page = (tmp_path / "html" / "transformer.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "关键点" in page and "<ul>" in page
