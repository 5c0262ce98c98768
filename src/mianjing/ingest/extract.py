"""From a post's plain text to posts, rounds and question wordings.

Real 面经 are messy: one run-on paragraph holding several companies and rounds, numbered lists in
every style (``1、`` ``1.`` ``①`` ``1️⃣`` ``(1)`` ``Q1:`` ``一、`` ``-``), the candidate's own answers
in parentheses, narration and advice between the questions. The extractor works in three passes:

1. **lines**: break the text where a new list item, a round ("二面") or a company header starts;
2. **structure**: walk the lines keeping the current company/position/round; header lines open a
   new post or round;
3. **questions**: strip numbering, section labels and the candidate's answers from each remaining
   line, split compound lines, attach follow-ups, and drop narration.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from mianjing.ingest.companies import CompanyTable, load_companies

# --- pass 1: lines --------------------------------------------------------------------------

_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① .. ⑳
_CIRCLED.update({chr(0x2776 + i): i + 1 for i in range(10)})  # ❶ .. ❿
_KEYCAP = re.compile(r"([0-9])\ufe0f?\u20e3|🔟")
_CN_NUM = "一二三四五六七八九十"
_ROUND_RE = re.compile(
    r"(?:(?<![A-Za-z])hr|(?<![A-Za-z])leader|主管|交叉|加|终|总监|老板|技术|群|[一二三四五六1-6])\s*面(?!试|经|向|对|临|积|板|条|膜|包|粉|料|前|上|的)"
    # "一面就挂了", "二面一周后…", "一面结束后": narration about a round, not its header
    r"(?!\s*(?:(?:就|已经|也|都|才|被)(?:挂|凉|过|没过|结束|通过|刷)|一周|两天|几天|结束后|完了?[,，\s]"
    r"|之后|以后|后[,，\s]|后就))"
    r"|笔试(?!题)|(?<![A-Za-z])hrbp面",
    re.IGNORECASE,
)
_ROUND_NORMAL = {"终面": "主管面", "总监面": "主管面", "老板面": "主管面", "leader面": "主管面",
                 "hrbp面": "HR面", "群面": "HR面", "技术面": None, "六面": "五面"}


@dataclass
class Line:
    text: str
    bullet: bool = False  # the line started a list item (numbered or dashed)


def _mark_bullets(text: str) -> str:
    """Put every list-item start on its own line, written as ``\\n§ ``, before NFKC folds them."""
    text = "".join("\n§ " if ch in _CIRCLED else ch for ch in text)
    text = _KEYCAP.sub("\n§ ", text)
    return text


_INLINE_NUMBER = re.compile(
    r"(?<![0-9.])(?:(?P<n1>[1-9][0-9]?)\s?[、.．](?![0-9])"
    r"|\((?P<n2>[1-9][0-9]?)\)|（(?P<n3>[1-9][0-9]?)）"
    r"|(?<![A-Za-z])[Qq](?P<n4>[1-9][0-9]?)\s?[:：.、]"
    r"|(?P<cn>[一二三四五六七八九十])、)"
)
_LC_PREFIX = re.compile(r"(?:(?<![A-Za-z])lc|leetcode|力扣|lcr|hot\s?100|题号|第|面试题|剑指offer|剑指)\s*$",
                        re.IGNORECASE)


def _split_numbered(line: str) -> list[str]:
    """Break ``1.a 2.b 3.c`` into items; a number only starts an item when it continues the
    sequence (so "合并区间 56." or "lc 23." stay inside their line)."""
    pieces: list[str] = []
    last = 0
    expected: set[int] = {1}
    cursor = 0
    for match in _INLINE_NUMBER.finditer(line):
        raw = match.group("n1") or match.group("n2") or match.group("n3") or match.group("n4")
        number = _CN_NUM.index(match.group("cn")) + 1 if raw is None else int(raw)
        if _LC_PREFIX.search(line[max(0, match.start() - 12):match.start()]):
            continue
        at_start = not line[:match.start()].strip(" \t-*•·>#§")
        if number not in expected and not (at_start and number <= 30):
            continue
        after_letter = match.start() > 0 and line[match.start() - 1].isascii() \
            and line[match.start() - 1].isalpha()
        if after_letter and (number == 1 or number not in expected):
            continue
        if match.start() > cursor:
            pieces.append(line[last:match.start()])
            last = match.start()
        cursor = match.end()
        expected = {number + 1, 1}
    pieces.append(line[last:])
    return [p for p in pieces if p.strip()]


_TITLE = re.compile(r"面经|凉经|面试|offer|oc(?![a-z])|[一二三四五]面\s*[~～\-–—至到]", re.IGNORECASE)


def _break_before_rounds(line: str, companies: CompanyTable | None = None) -> list[str]:
    """Start a new line at each round marker that is not at the start of the line; a short
    title line ("鹅厂 NLP 秋招面经（一面 ~ HR面，已OC）") stays whole."""
    if len(line) <= 60 and _TITLE.search(line):
        return [line]
    out, last = [], 0
    for match in _ROUND_RE.finditer(line):
        start = match.start()
        # Pull a preceding date ("5.23 字节一面") or company into the new line.
        head = line[last:start]
        if len(head.strip()) <= 24 and not re.search(r"[,，。;；!！?？]", head) and (
                _POSITION_WORDS.search(head) or (companies and companies.find_all(head))):
            continue  # "字节 大模型 一面": the text before the round is this round's header
        back = re.search(r"(?:\d{1,2}[./月]\d{1,2}日?\s*)?[^\s,，。;；:：!！?？()（）【】\[\]]{0,16}$", head)
        pulled = back.group(0) if back else ""
        if len(pulled) > 6 and re.match(r"\s*[:：]", line[match.end():]) and not (
                re.match(r"\d{1,2}[./月]\d{1,2}", pulled) or _POSITION_WORDS.search(pulled)
                or (companies and companies.find_all(pulled))):
            back = None  # "…给一个基本的伪代码二面:": the end of a question, not a header
        cut = last + back.start() if back else start
        if cut > last and line[last:cut].strip():
            out.append(line[last:cut])
            last = cut
    out.append(line[last:])
    return [p for p in out if p.strip()]


_HEADER_AFTER_COMPANY = re.compile(
    r"^[^,，。.!！?？;；\n]{0,24}?(?:面经|凉经|面试|[一二三四五]面|暑期|实习|秋招|春招|校招)")


def _break_before_companies(line: str, companies: CompanyTable) -> list[str]:
    """A company header inside a run-on paragraph ("...价值。阿里云视觉算法面经一面:...")
    starts a new line."""
    out, last = [], 0
    mentions = companies.find_all(line)
    for i, mention in enumerate(mentions):
        if mention.start - last < 2:
            continue
        if i > 0 and mentions[i - 1].end >= last and mention.start - mentions[i - 1].end < 6:
            continue  # "月之暗面 & MiniMax 面经": one title naming two companies
        if not _HEADER_AFTER_COMPANY.match(line[mention.end:]) or \
                re.search(r"(?:在|去|于|从|来|和|跟|比|像|留|进)$", line[:mention.start]):
            continue  # "挖我在阿里妈妈的实习": a company named in the story
        out.append(line[last:mention.start])
        last = mention.start
    out.append(line[last:])
    return [p for p in out if p.strip()]


# Markdown emphasis and inline code marks ("**手撕**：", "`softmax`") are typography.
_EMPHASIS = re.compile(r"\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`")


def split_lines(text: str, companies: CompanyTable | None = None) -> list[Line]:
    companies = companies or load_companies()
    text = _mark_bullets(text)
    text = unicodedata.normalize("NFKC", text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[Line] = []
    for raw in text.split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        bullet = raw.startswith("§ ")
        raw = raw.removeprefix("§ ").strip()
        parts = [p for chunk in _break_before_companies(raw, companies)
                 for p in _break_before_rounds(chunk, companies)]
        for part in parts:
            numbered = _split_numbered(part)
            for i, piece in enumerate(numbered):
                piece = piece.strip()
                if not piece:
                    continue
                is_item = bullet or bool(_ITEM_START.match(piece)) or (i > 0)
                lines.append(Line(piece, is_item))
                bullet = False
    return lines


_ITEM_START = re.compile(
    r"^(?:[-*•·>]+\s*|[1-9][0-9]?\s?[、.．](?![0-9])\s*|\(?[1-9][0-9]?\)\s*|（[1-9][0-9]?）\s*"
    r"|[Qq][1-9][0-9]?\s?[:：.、]\s*|[一二三四五六七八九十]、\s*)"
)


def strip_item_marker(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        number = re.match(r"([0-9]+)\s?[、.．]", text)
        if number and int(number.group(1)) > 30:
            break  # "56.合并区间": a LeetCode number, not a list item
        text = _ITEM_START.sub("", text).strip()
        text = re.sub(r"^[\s✅✔☑️🔥⭐🌟💡📌👉➡️▶️\-–—:：]+", "", text)
    return text


# --- pass 2: structure ----------------------------------------------------------------------

@dataclass
class RoundDraft:
    round: str | None
    duration_min: int | None = None
    date: str | None = None
    outcome: str | None = None
    questions: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


@dataclass
class PostDraft:
    company: str | None
    position: str | None
    outcome: str | None = None
    date: str | None = None
    rounds: list[RoundDraft] = field(default_factory=list)

    def current_round(self) -> RoundDraft:
        if not self.rounds:
            self.rounds.append(RoundDraft(None))
        return self.rounds[-1]


_DURATION = re.compile(r"(\d{1,3}(?:\.\d)?)\s*(min|mins|分钟|minutes|h|小时|hour)", re.IGNORECASE)
_DATE = re.compile(r"(?:(20\d{2})\s*[年./-]\s*)?(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?(?![0-9])")
_YEAR_MONTH = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月")
_OUTCOME = (
    ("offer", re.compile(r"(?<![A-Za-z])oc(?![A-Za-z])|offer\s*(?:到手|已|get)|拿到\s*offer|意向书|已\s*oc|许愿\s*oc成功", re.IGNORECASE)),
    ("fail", re.compile(r"[挂凉]了?|凉经|被刷|感谢信|没过|流程结束|无了")),
    ("pass", re.compile(r"过了|通过|进入?下一轮|约了?[二三四五]面|约.{0,4}面|推进")),
)
_POSITION_WORDS = re.compile(
    r"(大模型|多模态|AIGC|aigc|CV|cv|计算机视觉|视觉|NLP|nlp|搜广推|推荐|搜索|广告|风控|算法|"
    r"图像|视频|语音|数字人|3D|三维|自动驾驶|agent|Agent|RAG|LLM|llm|机器学习|深度学习|强化学习|"
    r"基座|预训练|后训练|对齐|应用|开发|工程|研究|实习|暑期|日常|校招|秋招|春招)"
)
_HEADER_NOISE = re.compile(
    r"面经|面试|凉经|oc|offer|攒人品|发面经|更新|已|分享|记录|个人|一些|[【】\[\]()（）:：,，。!！?？~～|｜#/]"
    r"|\d+\s*(?:min|mins|分钟|h|小时)|(?:20\d{2}\s*[年./-]\s*)?\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?",
    re.IGNORECASE,
)


def parse_round(text: str) -> str | None:
    match = _ROUND_RE.search(text)
    if not match:
        return None
    word = re.sub(r"\s+", "", match.group(0))
    word = word[0].translate(str.maketrans(_ROUND_DIGITS_1)) + word[1:] \
        if word[0] in "123456" else word
    lowered = word.lower()
    if lowered.startswith("hr"):
        return "HR面"
    if lowered.startswith("leader"):
        return "主管面"
    word = _ROUND_NORMAL.get(word, word)
    return word


_ROUND_DIGITS_1 = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六"}


def parse_duration(text: str) -> int | None:
    match = _DURATION.search(text)
    if not match:
        return None
    value, unit = float(match.group(1)), match.group(2).lower()
    minutes = value * 60 if unit in ("h", "小时", "hour") else value
    return int(round(minutes)) if 1 <= minutes <= 600 else None


def parse_date(text: str) -> str | None:
    match = _DATE.search(text)
    if match:
        year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"
    match = _YEAR_MONTH.search(text)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{match.group(1)}-{int(match.group(2)):02d}"
    return None


def parse_outcome(text: str) -> str | None:
    for outcome, pattern in _OUTCOME:
        if pattern.search(text):
            return outcome
    return None


def _position_from(text: str, company_end: int) -> str | None:
    rest = text[company_end:]
    match = _ROUND_RE.search(rest)
    if match:
        rest = rest[:match.start()]
    rest = _HEADER_NOISE.sub(" ", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" -_·、")
    if not rest or len(rest) > 24 or not _POSITION_WORDS.search(rest):
        return None
    return rest


# "混元多模态现在主要卡在哪": a question about a team, not the header of its interview.
_ASKING = re.compile(r"[?？吗呢]|哪|什么|怎么|如何|为什么|为何|为啥|是否|有没有|多少")


def _is_header(line: str, companies: CompanyTable) -> tuple[bool, str | None, int]:
    """Whether ``line`` opens a post or round; the company it names and where its name ends."""
    mentions = companies.find_all(line)
    round_match = _ROUND_RE.search(line)
    short = len(line) <= 60
    company = mentions[0] if mentions else None
    if company and (round_match or re.search(r"面经|凉经|面试|实习|秋招|春招|暑期|校招", line)) \
            and company.start < 20 and short \
            and not (_ASKING.search(line) and not round_match and not re.search(r"面经|凉经", line)):
        return True, company.name, company.end
    if company and company.start <= 3 and len(line) <= 30 and _POSITION_WORDS.search(line) \
            and not _ASKING.search(line):
        return True, company.name, company.end
    if company and company.start <= 3 and round_match and round_match.start() <= 30 and \
            re.search(r"面经|凉经|面试", line[:round_match.start()]):
        # "阿里云视觉算法面经一面、二面电话面,问项目 …": a header with the questions after it
        return True, company.name, company.end
    if company and company.start <= 3 and round_match and \
            0 <= round_match.start() - company.end <= 16 and \
            not re.search(r"[,，。;；:：!！?？]", line[company.end:round_match.start()]):
        # "京东零售推荐一面 面试官问了…": a header opening a long run-on line
        return True, company.name, company.end
    if round_match and round_match.start() <= 12:
        head = line[:round_match.start()]
        # "一面：" "5.14 一面" "1️⃣一面" but not "一面的时候问了..." narration after a subject.
        if not re.search(r"[\u4e00-\u9fff]{6,}", head):
            return True, company.name if company and company.start < round_match.start() else None, \
                company.end if company else 0
    return False, None, 0


# Feed pages (牛客 lists) separate posts with their action bar: "0 点赞 评论 收藏 分享".
_POST_BOUNDARY = re.compile(r"^(?:\d+\s*)?(?:点赞|赞)\s*(?:\d+\s*)?评论\s*(?:\d+\s*)?收藏|"
                            r"^查看\d+道真题")
# Readers' comments follow the post: skipped until another post's header.
_COMMENTS_START = re.compile(r"^(?:全部评论|评论区|热门评论|最新评论|精选评论)\s*[(（]?\d*[)）]?\s*$|"
                             r"^赞同\s*\d+|^\d+\s*条(?:评论|回复)|^查看更多评论$")
# Links to other pages: nothing after them belongs to this post.
_PAGE_END = re.compile(r"^(?:相关推荐|推荐阅读|猜你喜欢|热门推荐|相关文章|相关阅读|更多面经)\s*$")
_GENERIC_SECTION = re.compile(r"高频八股|八股整理|八股文?汇总|面试题汇总|常考手撕题|手撕题汇总|题目汇总|"
                              r"题库|常见面试题|面试常考")


def structure(lines: list[Line], companies: CompanyTable | None = None) -> list[PostDraft]:
    companies = companies or load_companies()
    posts: list[PostDraft] = []
    post: PostDraft | None = None
    in_comments = False
    for line in lines:
        text = line.text
        if _PAGE_END.match(text):
            break
        if _POST_BOUNDARY.search(text):
            post = None  # whatever follows belongs to another post
            continue
        if _COMMENTS_START.search(text):
            in_comments = True
            continue
        header, company, company_end = _is_header(text, companies)
        if in_comments:
            if not (header and company and re.search(r"面经|凉经|面试", text)):
                continue
            in_comments, post = False, None
        if header:
            round_name = parse_round(text)
            if company and (post is None or company != post.company
                            or (post.rounds and round_name in (None, "一面")
                                and any(r.round for r in post.rounds))):
                post = PostDraft(company, _position_from(text, company_end))
                posts.append(post)
            elif post is None:
                post = PostDraft(None, None)
                posts.append(post)
            elif company is None and post.position is None:
                post.position = _position_from(text, 0)
            if round_name or not post.rounds:
                if post.rounds and not post.rounds[-1].lines and \
                        post.rounds[-1].round in (None, round_name):
                    # "一面 ~ HR面" in a title, then "## 一面": one round, not two
                    previous = post.rounds.pop()
                    current = RoundDraft(round_name, previous.duration_min, previous.date,
                                         previous.outcome)
                else:
                    current = RoundDraft(round_name)
                post.rounds.append(current)
            else:
                current = post.current_round()
            current.duration_min = current.duration_min or parse_duration(text)
            current.date = current.date or parse_date(text)
            current.outcome = current.outcome or parse_outcome(text)
            tail = _after_header(text)
            if tail:
                current.lines.append(tail)
            continue
        if post is None or (_GENERIC_SECTION.search(text) and len(text) <= 40
                            and (post.company is not None or any(r.round for r in post.rounds))):
            # "高频八股整理", "常考手撕题": a question list of no particular interview
            post = PostDraft(None, None)
            posts.append(post)
        post.current_round().lines.append(text if not line.bullet else f"§{text}")
    return [p for p in posts if any(r.lines for r in p.rounds)] or posts[:1]


def _after_header(text: str) -> str:
    """What follows a header on the same line ("一面(50min)八股:gan 和 diffusion 区别")."""
    match = _ROUND_RE.search(text)
    tail = text[match.end():] if match else ""
    tail = re.sub(r"^\s*[(（][^)）]{0,20}[)）]", "", tail)
    tail = re.sub(r"^(?:[、,，和及与~～\-\s]*[一二三四五]面(?:电话面|视频面)?)+", "", tail)
    tail = re.sub(r"^[\s:：,，、-]+", "", tail)
    tail = re.sub(r"^\d+(?:\.\d)?\s*(?:min|mins|分钟|h|小时)\s*[,，:：]?", "", tail,
                  flags=re.IGNORECASE)
    return tail.strip()
