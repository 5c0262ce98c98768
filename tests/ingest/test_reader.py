"""Reading raw files: encodings, HTML, JSON lines, and a clear message for every bad input."""

import json

import pytest

from mianjing.ingest.api import IngestFailure, documents_from
from mianjing.ingest.reader import MAX_FILE_BYTES, ReadError, html_to_text, read_path

POST = "字节 大模型 一面\n1、LN 和 BN 的区别\n2、手撕 softmax\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_decodes_every_common_encoding(tmp_path, encoding):
    path = tmp_path / f"post-{encoding}.txt"
    path.write_bytes(POST.encode(encoding))
    [doc] = read_path(path)
    assert doc.text == POST


def test_utf16_without_bom_is_recognised(tmp_path):
    path = tmp_path / "le.txt"
    path.write_bytes(POST.encode("utf-16-le"))
    assert read_path(path)[0].text == POST


def test_binary_file_names_the_file_and_the_reason(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ReadError, match=r"image\.txt: not text \(NUL byte at offset 8\)"):
        read_path(path)


def test_empty_and_whitespace_files_are_rejected(tmp_path):
    for name, data in (("empty.txt", b""), ("blank.md", b" \n\t\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ReadError, match=rf"{name}: empty"):
            read_path(path)


def test_undecodable_bytes_are_reported(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 40)
    try:
        docs = read_path(path)
    except ReadError as exc:
        assert "garbage.txt" in str(exc)
    else:  # a detector may still find a single-byte code page; then it must be text
        assert docs[0].text


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(ReadError, match=r"huge\.txt: 50\.0 MB is over the .* limit"):
        read_path(path)
    assert MAX_FILE_BYTES < 50 * 1024 * 1024


def test_unsupported_suffix_and_missing_file(tmp_path):
    (tmp_path / "slides.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(ReadError, match="unsupported file type '.pdf'"):
        read_path(tmp_path / "slides.pdf")
    with pytest.raises(ReadError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_html_drops_scripts_styles_and_navigation():
    page = """<html><head><title>字节一面面经</title><style>p{color:red}</style>
    <script>var q = "这不是问题吗？";</script></head><body>
    <nav>首页 | 讨论区</nav><div class="post"><p>1、Transformer 为什么用 LN？</p>
    <ul><li>手撕 &lt;softmax&gt;</li></ul>第一行<br>第二行</div><footer>版权所有</footer></body></html>"""
    title, text = html_to_text(page)
    assert title == "字节一面面经"
    assert "这不是问题吗" not in text and "color" not in text
    assert "首页" not in text and "版权所有" not in text
    assert "1、Transformer 为什么用 LN？" in text.splitlines()
    assert "手撕 <softmax>" in text
    assert "第一行\n第二行" in text


def test_jsonl_gives_one_document_per_line_and_rejects_bad_lines(tmp_path):
    good = tmp_path / "posts.jsonl"
    good.write_text("\n".join(json.dumps({"title": f"快手 {i}面", "body": "讲一下 CLIP"},
                                         ensure_ascii=False) for i in "一二") + "\n",
                    encoding="utf-8")
    docs = read_path(good)
    assert [d.source for d in docs] == [f"{good}:1", f"{good}:2"]
    assert docs[0].text.startswith("快手 一面\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "body": "ok"}\n{"title": 3}\n', encoding="utf-8")
    with pytest.raises(ReadError, match=r"bad\.jsonl:2: each line must be an object"):
        read_path(bad)


def test_a_batch_reports_bad_files_and_keeps_the_good_ones(tmp_path):
    (tmp_path / "a.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c.md").write_text(POST, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not a supported type: ignored inside folders
    items = list(documents_from([tmp_path]))
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert [f.source for f in failures] == [str(tmp_path / "b.txt")]
    assert len(items) - len(failures) == 2


def test_a_folder_reached_through_dots_is_read_and_hidden_files_inside_it_are_not(
        tmp_path, monkeypatch):
    posts = tmp_path / "posts"
    (posts / ".drafts").mkdir(parents=True)
    (posts / "a.txt").write_text("字节 一面\n1. 讲一下 RoPE", encoding="utf-8")
    (posts / ".drafts" / "b.txt").write_text("腾讯 一面\n1. 讲一下 GQA", encoding="utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    got = list(documents_from(["../posts"]))
    assert [d.source for d in got] == ["../posts/a.txt"]


def test_a_folder_with_nothing_to_read_is_reported(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    [failure] = documents_from([tmp_path])
    assert isinstance(failure, IngestFailure)
    assert failure.message.startswith(f"{tmp_path}: no files to read") and ".txt" in failure.message
