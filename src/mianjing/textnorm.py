"""Normalising Chinese/English question text, shared by ingestion, deduplication and search.

``fold`` makes spelling-insensitive text (full/half width, traditional→simplified, case);
``canonical`` also maps synonyms (LN → layernorm, kv缓存 → kv cache) from ``content/synonyms.toml``;
``dedup_key`` drops punctuation and filler so two wordings of one question compare equal;
``tokens`` splits text into search terms with jieba.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

SYNONYMS_FILE = Path(__file__).resolve().parent / "content" / "synonyms.toml"

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
# Words that carry no meaning for "is this the same question": asking styles and fillers.
_FILLERS = (
    "请问", "请你", "请", "能不能", "能否", "可以", "简单", "简要", "详细", "具体", "大概", "一下",
    "说说", "讲讲", "谈谈", "聊聊", "介绍", "讲一讲", "说一说", "讲", "说", "你", "了解", "知道",
    "吗", "呢", "吧", "啊", "的", "了", "是什么", "什么是", "怎么理解", "理解", "原理",
    "手撕", "手写", "代码题", "算法题", "场景题", "开放题", "八股", "追问",
)
_FILLER_RE = re.compile("|".join(sorted(map(re.escape, _FILLERS), key=len, reverse=True)))


def fold(text: str) -> str:
    """Width-, case- and script-insensitive form: NFKC, lower case, traditional → simplified."""
    import zhconv

    text = unicodedata.normalize("NFKC", text).lower()
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        text = zhconv.convert(text, "zh-cn")
    return text


@lru_cache(maxsize=1)
def _synonym_table() -> tuple[re.Pattern[str], dict[str, str]]:
    groups = tomllib.loads(SYNONYMS_FILE.read_text(encoding="utf-8"))["groups"]
    mapping: dict[str, str] = {}
    for group in groups:
        canonical = group[0]
        for variant in group:
            mapping[fold(variant)] = canonical
    parts = []
    for variant in sorted(mapping, key=len, reverse=True):
        escaped = re.escape(variant).replace(r"\ ", r"\s*")
        if variant[0].isascii() and variant[0].isalnum():
            escaped = r"(?<![a-z0-9])" + escaped
        if variant[-1].isascii() and variant[-1].isalnum():
            escaped = escaped + r"(?![a-z0-9])"
        parts.append(escaped)
    return re.compile("|".join(parts)), mapping


def canonical(text: str) -> str:
    """``fold`` plus synonym mapping, so that "LN 和 BN" reads "layernorm 和 batchnorm"."""
    pattern, mapping = _synonym_table()
    folded = fold(text)

    def replace(match: re.Match[str]) -> str:
        key = re.sub(r"\s+", " ", match.group(0))
        return f" {mapping.get(key, mapping.get(key.replace(' ', ''), key))} "

    return re.sub(r"\s+", " ", pattern.sub(replace, folded)).strip()


def dedup_key(text: str) -> str:
    """Canonical text without punctuation, spaces and asking fillers."""
    text = canonical(text)
    text = _FILLER_RE.sub("", text)
    return _PUNCT.sub("", text)


_STOP = frozenset(
    ["的", "了", "吗", "呢", "吧", "啊", "是", "在", "和", "与", "及", "或", "有", "什么", "为什么", "怎么", "如何", "哪些", "一下", "一个", "这个", "那个", "你", "我", "他", "她", "它", "们", "请", "说", "讲", "介绍", "能", "会", "要", "用", "对", "中", "上", "下", "时", "为", "把", "被", "让", "给", "就", "都", "也", "还", "而", "又", "并", "等", "之", "其", "该", "这", "那", "么", "吗", "呀", "哦", "嗯", "吧", "个", "种", "些", "理解", "知道", "了解"]
)


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokens(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Search terms: jieba words of the canonical text; multi-word English terms stay whole."""
    text = canonical(text)
    jieba = _jieba()
    out: list[str] = []
    # Canonical multi-word terms ("kv cache") would be split by jieba; protect them first.
    _, mapping = _synonym_table()
    for chunk in re.split(r"(\s+)", text):
        if not chunk.strip():
            continue
        if re.fullmatch(r"[a-z0-9.+\-]+", chunk):
            out.append(chunk)
            continue
        for word in jieba.cut_for_search(chunk):
            word = word.strip()
            if not word or _PUNCT.fullmatch(word):
                continue
            out.append(word)
    merged = _merge_multiword(out, set(mapping.values()))
    if keep_stopwords:
        return merged
    return [t for t in merged if t not in _STOP]


def _merge_multiword(words: list[str], terms: set[str]) -> list[str]:
    multi = {tuple(t.split()) for t in terms if " " in t}
    if not multi:
        return words
    out, i = [], 0
    while i < len(words):
        for size in (3, 2):
            if tuple(words[i:i + size]) in multi:
                out.append(" ".join(words[i:i + size]))
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out
