"""From the lines of one interview round to clean question wordings.

Numbering, section labels ("八股:", "手撕:") and the candidate's own answers ("(用的二分)",
"答: ...") are stripped; lines holding several questions are split; "追问" stays attached to the
question it follows; narration, advice and outcome lines are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mianjing.ingest.extract import strip_item_marker

# Section labels carry a kind hint: "手撕:快排" is code even without other clues.
_LABELS = {
    "code": r"手撕代码|手撕|手写代码|代码题|算法题|编程题|coding|code|代码|笔试题|机试题|撕题|写题|做题|leetcode|lc题|算法",
    "scenario": r"场景题|场景设计|系统设计|业务题",
    "open": r"开放题|开放性问题|开放问题|开放式问题|开放",
    "bagu": r"八股文?|基础题|基础知识|理论题|概念题",
    "project": r"项目拷打|项目深挖|项目|实习经历|论文",
    "reverse": r"反问环节|反问|reverse(?:\s*q&a)?",
    "hr": r"hr问题|hr",
}
# "直接写题:", "接着是一些cv的基础知识:": a lead before the label.
_LABEL_RE = re.compile(
    r"^(?:(?:直接|然后|接着|最后|先|再)?(?:是|来了?|问了?)?(?:一些|一道|几道|几个)?(?:[A-Za-z]{2,5}的)?"
    r"(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items()) + r")"
    r"\s*(?:\d+\s*)?[:：]\s*)", re.IGNORECASE)
_ASKED_PREFIX = re.compile(
    r"^(?:然后|接着|之后|最后|先|又|还|再|所以|于是)?\s*(?:面试官)?\s*(?:又|还|先|再|主要|重点|接着|让我|让)?\s*"
    r"(?:问了?(?:我|一下|一些|几个问题)?|考了?(?:我)?|让(?:我)?)\s*[:：,，]?\s*")
_FOLLOW_UP = re.compile(r"^(?:(?:面试官|他|她)(?:又|还)?)?(?:追问|又问|继续问|接着问|深挖|follow[\s-]?up)"
                        r"(?:了|说|我)?\s*[:：,，]?\s*", re.IGNORECASE)
_ANSWER_TAIL = re.compile(
    r"(?:^|(?<=[\s?？。!！,，;；]))(?:答|回答|我答|我回答|我说|我的回答|a)\s*[:：].*$"
    r"|(?:我答的是|我回答的是|我答了|我说了|答曰|回答了).*$", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]{0,400}\)|（[^（）]{0,400}）|【[^【】]{0,200}】|\[[^\[\]]{0,200}\]")
_SENTENCE_SPLIT = re.compile(r"[?？;；。!！]+|\s{2,}")
_ASK_WORDS = re.compile(
    r"为什么|为何|为啥|怎么|怎样|咋|如何|哪些|哪个|哪种|哪几|什么|啥|是否|有没有|能不能|能否|可不可以|"
    r"多少|多久|多长时间|多大|几种|几轮|几个|哪(?!怕)|吗|呢|[?？]|要不要|是不是|会不会|行不行|对不对|"
    r"(?:写|讲|说|推|推导|介绍|解释|聊|谈|画|实现|证明|算)(?:一下|下)(?![\u4e00-\u9fff])|在哪|哪里|(?<!主要)(?<!但)(?<!也)(?<!都)(?<!就)还是|求(?:两|最|第|出|解|所有|一个)|"
    r"(?:知道|了解|懂|会|用过|听说过|做过|熟悉)(?:不|么|没)(?![\u4e00-\u9fff])|"
    r"(?<![a-z])(?:how|why|what|which|explain|describe|compare|difference|design)(?![a-z])",
    re.IGNORECASE)
_IMPERATIVE = re.compile(
    r"^(?:请|你|再|那|就|先|简单|简要|详细|大概|具体)?\s*(?:说说|讲讲|谈谈|聊聊|介绍|讲一|说一|讲下|说下|讲|说|谈|聊|"
    r"描述|解释|推导|手推|手撕|手写|实现|写|计算一下|计算下|算一|设计|比较|对比|分析|评价|画|列举|举例|证明|总结|"
    r"了解|知道|用过|熟悉|懂|理解|区分)")
_ASK_NOUN_END = re.compile(
    r"(?:原理|区别|差异|不同|优缺点|优劣|优势|劣势|好处|坏处|作用|意义|思想|做法|流程|过程|步骤|改进|"
    r"改进点|结构|架构|公式|推导|复杂度|参数量|计算量|关系|联系|策略|细节|理解|看法|"
    r"对比|比较|原因|难点|损失函数|目标函数|思路|区别和联系|动机|局限|缺陷|缺点|优点|变体|演进|做的)"
    r"\s*[?？]?$")
_DECLARATIVE = re.compile(
    r"是一种|是指|指的是|通过|能够|采用|用于|在于|将|属于|称为|表示|提出|包括|使得|导致|"
    r"取决于|适用于|基于|具有|因为|所以|例如|比如|从而|因此|此外|即|则|其中|这样|一般|通常|往往|"
    r"就是|旨在|称作|更高|更低|更好|更优|更快|较高|较低|较大|较小|显著|明显|尤其|以及|并且|而且|"
    r"我们|他们|一种|这种|这个|该方法|本质上|相当于|也就是|被|进行|面向|招聘")
_CHATTER = re.compile(r"我(?:说|答|就|也|还|没|不|觉得|感觉|当时|一开始|以为|想)|面试官(?:说|觉得|提示|让我|也|就)|然后我|没写出来|"
                      r"(?:^|真的|完全|确实)不会")
_BARE_GLOSS = re.compile(r"^[\sA-Za-z0-9_+\-.,/:&'()]+$")
_NARRATION = re.compile(
    r"^(?:我(?!们的)|感觉|觉得|建议|希望|祝|总的来说|总结|总体|整体|lz|楼主|本人|面试官(?:人|很|挺|比较|全程|态度|说|让我|给|提示|自己|也|是|本人)|"
    r"整个|之后|后来|最后(?!一个)|当时|现在想|其实|这次|这里|这块|这部分|哈哈|呜|唉|求|许愿|"
    r"攒人品|发面经|时间线|投递|有面试|结果|没想到|以下|如下|虽然|但是|不过|因为|由于|通过|例如|比如|因此|所以|即|"
    r"其中|总之|还好|幸好|估计|已|更新|tl;?dr|bg|背景|然后|接着|被|他们|她们|大家|这周|上周|今天|昨天|"
    r"先说结论|结论|复盘|记录|印象深刻|笑死|离谱|绝了|"
    r"最近面|想了想|无论|不同的是|曾经|主要还是|主要就是|重点还是|主要集中|\d+\.\d+\s|"
    r"学历|论文:|实习:|点赞|评论|收藏|分享|关注|私信|查看|全部评论|相关推荐|欢迎|对于想|如果想|"
    r"引用|链接|参考|致谢|目录|chatgpt|gpt答案|答案|回答|解答|代码实现$|总结$)", re.IGNORECASE)
_AD = re.compile(r"辅导|后台联系|后台咨询|私信|加群|内推码|关注我|点赞收藏|求赞")
# The writer waiting on the result: "不知道是不是在泡池子，许愿 OC", "还在纠结要不要去".
_WAITING = re.compile(r"不知道是不是|纠结要不要|还没消息|没有消息|泡池子|许愿|攒人品|求(?:offer|oc|过)|"
                      r"约了(?:下一轮|[一二三四五]面|hr面?)",
                      re.IGNORECASE)
# Advice to readers, not something an interviewer asked.
_ADVICE = re.compile(r"尽量|不要只|需要结合|要从|还是需要|可以多|即可|就行|展示能力|积累经验|方便准备|"
                     r"\d+\.\d+\s*\S+\d+\.\d+")
_ANSWER_LABEL = re.compile(
    r"^(?:优点|缺点|优势|劣势|方式|模型|核心|核心原理|核心思想|原理|应用场景|适用|适用于|例如|注意|其中|"
    r"结论|思路|方法|特点|作用|定义|公式|步骤|解决|本质|原因|效果|作者|链接|输入|输出|代码)\s*[:：]")
_CODE_LINE = re.compile(
    r"^\d+\s*\||\|\s*$|^(?:import|from\s+\S+\s+import|def|class|return|for|while|if|elif|else|print|"
    r"self\.|#\s)\b|^[A-Za-z_][\w.]*\s*(?:=|\+=|-=)\s*\S|[{};]\s*$", re.IGNORECASE)
_HEADING = re.compile(r"(?:篇|汇总|相关|部分|合集|系列|专题|总结|目录|面经|面试题|工程师|分享|手撕题|常考题)$")
_NARRATIVE_VERB = re.compile(r"(?:了一下|了下|了很多|了一些|了半天|完了|结束|花了|聊了|扯了|写了|讲了|问了一堆|问的很细|问得很细|"
                             r"问的非常细|问得非常细|都会追问|会继续追问|不断追问)")
_SKIP = re.compile(r"^(?:自我介绍|做个?自我介绍|先自我介绍|简单自我介绍|自我介绍一下|同上|同前|略|无|没有|"
                   r"先介绍bg|介绍bg)$|^#(?!\s)", re.IGNORECASE)
# A short piece that leans on the question before it ("那 RMSNorm 呢", "如何解决", "它的公式么")
# is a follow-up, not a question of its own.
_DEPENDENT = re.compile(r"^(?:(?:讲讲|说说|谈谈|讲下|说下|聊聊)?你的(?:看法|理解|想法)$|你(?:们)?怎么看(?:待)?$|"
                        r"(?:比如|例如|像)(?=\s*[A-Za-z0-9])|那|那么|它|它们|其|这个|这么|这样|这|该|则|所以|分别|各自|本身|二者|两者|还有|还是|以及|"
                        r"(?:并且?|同时)(?!\s*(?:再|还)?(?:讲|说|介绍|解释|写|谈|分析|比较|描述|推导|手推))|"
                        r"觉得|认为|感觉|"
                        r"为什么呢|如何解决|怎么解决|如何排查|怎么办|有什么(?:优点|缺点|问题|区别|好处)|"
                        r"复杂度|时间复杂度|空间复杂度|分析复杂度)")
_TECH = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2,}")


_LEETCODE_REF = re.compile(r"(?<![A-Za-z])(?:lc|leetcode|力扣)\s*\d", re.IGNORECASE)
_ASK_START = re.compile(
    r"^(?:(?:然后|接着|还|又|再|最后|之后|先)(?:问了?|考了?|出了?|让|一道|是|来了?)|问了?(?:我|下|一下)?|"
    r"反问|为什么|为何|为啥|怎么|怎样|如何|哪些|什么|是否|有没有|能不能|能否|请|你|介绍|讲|说|谈|聊|描述|"
    r"解释|推导|手撕|手写|实现|写|计算|算一|设计|比较|对比|分析|评价|了解|知道|用过|熟悉)")
# "…, static_graph 这几个参数分别起什么作用": a piece that points back at what came before.
_REFERS_BACK = re.compile(r"这几个|这几种|这些|这两个|这两种|它们|两者|二者|每个|各个|每一")
# A run-on question ends at these words when a new subject follows without punctuation
# ("…和cnn的区别transformer中embeding怎么做的位置编码…").
_RUN_ON_END = re.compile(
    r"(区别|哪些形式|哪些好处|什么好处|哪些优势|什么优势|的原理|的作用|呢|单头优势|来自于哪里|哪里|优劣|优缺点|"
    r"(?:怎么|如何)[\u4e00-\u9fff]{0,3}的)(?!和|与|及|以及|是|结果|过程|方法|原理|原因|区别|流程|效果|问题|思路)"
    r"(?=[A-Za-z\u4e00-\u9fff]{2})")


# A Latin word glued to the Chinese before it, where a new sentence may begin.
_LATIN_AFTER_HAN = re.compile(r"(?<=[\u4e00-\u9fff])([A-Za-z][A-Za-z0-9]{2,})(?![A-Za-z0-9])")
# Characters that bind the next word to the phrase before it ("A和B", "用LoRA").
_BINDING_CHAR = re.compile(r"[的和与及或在用把对将是比跟从给让被为以到向于了个种下]$")
_OPEN_ASK_END = re.compile(r"(?:为什么|为何|为啥|怎么|怎样|如何|什么|哪些|哪个|哪种|是否|追问|问)$")


def _mark_seams(text: str) -> str:
    """Mark with newlines where glued text starts again at a subject it already named:
    "讲一下transformertransformer和cnn的区别", "介绍下transformers的注意力机制Transformers的
    注意力机制是…" (a question and then its pasted answer, which restates the subject)."""
    text = re.sub(r"(?<![A-Za-z])([A-Za-z]{4,})(?=\1(?![A-Za-z]))", "\\1\n", text,
                  flags=re.IGNORECASE)
    cuts = []
    for match in _LATIN_AFTER_HAN.finditer(text):
        last_line = text[:match.start()].rsplit("\n", 1)[-1]
        # the question before the seam: whole ("…的注意力机制"), not an open "为什么" or "哪些"
        last_clause = re.split(r"[,，、;；\s]", last_line)[-1]
        if len(last_clause) < 4 or not asks(last_line) or _BINDING_CHAR.search(last_clause) \
                or _OPEN_ASK_END.search(last_clause):
            continue
        if re.search(rf"(?<![A-Za-z]){re.escape(match.group(1))}(?![A-Za-z])", last_line,
                     re.IGNORECASE):
            cuts.append(match.start())
    for cut in reversed(cuts):
        text = f"{text[:cut]}\n{text[cut:]}"
    return text


_LEETCODE_SPAN = re.compile(
    r"(?<![A-Za-z])(?:lc|leetcode|力扣)\s*\d{1,4}\s*[.、．]?\s*[^\s,，。;；!！?？(（]{0,16}"
    r"(?:\s+(?:I{1,3}|II|III))?", re.IGNORECASE)
_ENDS_QUESTION = re.compile(
    r"(?:吗|呢|么|啥|什么|哪些|哪个|区别|作用|原理|怎么办|怎么\S{0,3}的|如何\S{0,3}的|好处|优势|"
    r"缺点|优点|多少|几种|看法|有没有|是什么|为什么)$")


# "三角函数位置编码有哪些好处，旋转位置编码呢": "X 呢" asks the question before it about X.
_BARE_NE = re.compile(r"^[^,，?？\s]{1,12}呢[?？]?$")
# "什么是特征穿越，怎么避免": a short question without a subject of its own continues the first.
_GENERIC_FOLLOW_UP = re.compile(
    r"^(?:怎么|如何|为什么|为啥|有哪些|有什么|一般|用的|用了|大概|具体|分别|能不能|可以)"
    r"[^A-Za-z,，]{0,6}$")
# "并讲一下…", "另外说说…": a connective before a new request.
_CONNECTIVE = re.compile(r"^(?:并且?|同时|另外|此外|以及)\s*(?=(?:再|还)?(?:讲|说|介绍|解释|写|谈|分析|比较|描述|推导|手推))")
# A lead that introduces the points of an answer ("主要体现在以下方面:", "以下是两者的主要区别:"),
# not the questions of an interview ("问了以下几个问题:").
_ANSWER_LEAD = re.compile(r"(?:以下|如下|下面)[^:：]{0,12}(?:方面|几点|区别|差异|原因|步骤|特点|优势|优点|缺点)?[:：]\s*$"
                          r"|(?:主要|分别)(?:体现|表现|包括|有|分为)[^:：]{0,8}[:：]\s*$")
_INTERVIEW_WORDS = re.compile(r"问了|问我|问到|问的|考了|考察|考的|聊了|面试|[一二三四五六]面|题目|几道|"
                              r"几个问题|(?:以下|如下)(?:几个)?问题")
# "反问了一下部门做啥": the candidate's own question at the end of a round.
_REVERSE_PREFIX = re.compile(r"^(?:最后)?反问(?:环节)?(?:我)?(?:问了|了)?(?:一下|下|一个|个)?[:：,，\s]*")
# "我们这里是做aigc的", "由于论文里用到了VQ-VAE": the story that leads to a question.
_STORY_CONTEXT = re.compile(r"^(?:我|因为|由于|之前|刚好|正好|其实)")
# "所以直接让我反问:过来做什么": the candidate's question, told.
_TOLD_REVERSE = re.compile(r"^[^:：?？]{0,10}?(?:让我|我)反问(?:环节)?[:：]\s*")
_HR_WORDS = re.compile(r"薪资|薪酬|期望|base|offer|到岗|实习时间|实习多久|职业规划|加班|签证", re.IGNORECASE)


# "…，你说说Qwen2的模型结构吧": a request addressed to the candidate after a clause of context.
_YOU_REQUEST = re.compile(r"[,，]\s*你(?:说说|讲讲|谈谈|聊聊|介绍|讲一|说一|讲下|说下|解释|描述)")


# "实习微调过Qwen2，你说说…": what the candidate has done, said before the request it led to.
_OWN_HISTORY = re.compile(r"^(?=[^,，]*(?:实习|项目|论文|简历|之前|以前))[^,，?？]{2,20}(?:过|了)[^,，?？]{0,12}"
                          r"[,，]\s*(?=你(?:说说|讲讲|谈谈|聊聊|介绍|讲一|说一|讲下|说下|解释|描述))")


def _drop_own_history(question: str) -> str:
    """The request without the candidate's history before it, when that history asks nothing."""
    history = _OWN_HISTORY.match(question)
    if history and not asks(history.group(0).rstrip(" ,，")):
        return question[history.end():]
    return question


def asks(text: str) -> bool:
    """Whether the wording itself asks something (not only its position in a list)."""
    return bool(_ASK_WORDS.search(text) or _IMPERATIVE.match(text)
                or _LEETCODE_REF.search(text) or _YOU_REQUEST.search(text)
                or (len(text) <= 60 and _ASK_NOUN_END.search(text)))


@dataclass(frozen=True)
class RawQuestion:
    text: str
    hint: str | None  # kind suggested by a section label: code, scenario, open, bagu, project, ...
    bullet: bool


# "开放问题 sora 看法": labels that need no colon, as nothing else starts that way.
_SPACED_LABEL = re.compile(r"^(?:(?P<open>开放问题|开放性问题|开放题)|(?P<scenario>场景题))\s+(?=\S)")


def _label(text: str) -> tuple[str | None, str]:
    match = _LABEL_RE.match(text)
    if not match:
        spaced = _SPACED_LABEL.match(text)
        if spaced:
            return ("open" if spaced.group("open") else "scenario"), text[spaced.end():]
        return None, text
    hint = next(k for k in _LABELS if match.group(k))
    return hint, text[match.end():].strip()


def _strip_asides(text: str) -> str:
    """Bracketed asides (the candidate's answers, remarks) removed; glosses and code kept."""
    previous = None
    while previous != text:
        previous = text
        text = _BRACKETED.sub(lambda m, whole=text: _keep_bracket(m, whole), text)
    return text


def _strip_answers(text: str) -> str:
    return _cut_answer(_strip_asides(text))


def _cut_answer(text: str) -> str:
    """The candidate's answer cut from a line whose asides are already stripped."""
    # An unclosed bracket after a question mark opens the candidate's answer: drop the rest;
    # so does one at the end of a line that never closes ("结果( pytorch 简单实现了一下").
    text = re.sub(r"(?<=[?？])\s*[(（【].*$", "", text)
    text = re.sub(r"\s*[(（][^)）]{4,}$", "", text)
    text = _ANSWER_TAIL.sub("", text).strip()
    # "实习生主要做什么：参与数据和环境搭建": a question, a colon, and what the answer was.
    question, colon, rest = text.replace("：", ":").partition(":")
    if colon and len(question) >= 4 and re.search(f"{_STRONG_ASK.pattern}|几|多少|多久", question) \
            and not asks(rest) and not re.search(r"追问|问$", question):
        return question.strip()
    return text


_ASIDE_OPENER = re.compile(r"^\s*(?:我|答|说|用|感觉|估计|应该|好像|没|不|当时|这个|这题)")


def _keep_bracket(match: re.Match[str], whole: str) -> str:
    inner = match.group(0)[1:-1]
    before = whole[:match.start()]
    # Code arguments "softmax(x, axis)" and short glosses "(LN)" are part of the question.
    if before and re.search(r"[A-Za-z0-9_]$", before) and len(inner) <= 30 \
            and not re.search(r"[\u4e00-\u9fff]{3,}", inner):
        return match.group(0)
    if before.rstrip().endswith(("?", "？")):
        return " "
    if len(inner) <= 12 and not re.search(r"[\u4e00-\u9fff]{4,}", inner):
        return match.group(0)
    if len(inner) <= 48 and _BARE_GLOSS.match(inner):  # "(ScaledDotProductAttention)", "(greedy search)"
        return match.group(0)
    if len(inner) <= 30 and re.search(r"不能|不用|不许|不准|必须|要求|限制|只能|O\(|"
                                      r"(?<![A-Za-z])(?:numpy|torch)(?![A-Za-z])", inner) \
            and not re.search(r"了一下|了下", inner):
        return match.group(0)  # a constraint of the task: "（numpy，不能用库）"
    if len(inner) <= 60 and re.match(r"(?:给|给定|输入|输出|返回|已知)(?![了过])", inner):
        return match.group(0)  # the task's inputs: "（给 logprobs、rewards、group_size）"
    if len(inner) <= 40 and re.search(r"\S\s*/\s*\S", inner) and not _ASIDE_OPENER.match(inner):
        return match.group(0)  # options: "（verl / OpenRLHF / 自研）"
    return " "


def is_question(text: str, *, bullet: bool, hint: str | None) -> bool:
    stripped = text.strip(" ,，。.、:：-")
    if len(stripped) < 2 or not _TECH.search(stripped) or (
            len(stripped) > 90 and not _long_ask(stripped)):
        return False
    if _NARRATION.match(stripped) or _AD.search(stripped) or _CODE_LINE.search(stripped) \
            or _WAITING.search(stripped):
        return False
    if _SKIP.match(stripped) or "$" in stripped or _DIFFICULTY_ONLY.match(stripped):
        return False
    if _BARE_LABEL.fullmatch(stripped):
        return False  # "开放问题" before its question, with no colon
    if _ADVICE.search(stripped) and not re.search(r"[?？]", stripped):
        return False
    if stripped.count(")") + stripped.count("）") > stripped.count("(") + stripped.count("（"):
        return False  # the tail of an aside that began on an earlier piece
    if _ANSWER_LABEL.match(stripped) or re.fullmatch(r"[\d\s.:/-]+", stripped):
        return False
    if _HEADING.search(stripped) and (not asks(stripped) or len(stripped) > 8) \
            and not re.search(r"[?？吗呢]", stripped) and len(stripped) <= 24:
        return False
    if len(stripped) > 40 and not re.search(r"[?？吗呢]", stripped) and re.search(
            r"面试官|我|lz|楼主|感觉|其实", stripped):
        return False
    core = _IMPERATIVE.sub("", stripped).strip(" ,，。.、:：-")
    if len(core) < 2:
        return False
    direct = bool(re.search(r"[?？]|吗|呢", stripped))
    declarative = len(_DECLARATIVE.findall(stripped))
    chatter = bool(_CHATTER.search(stripped))
    if direct:
        return not ((declarative >= 2 or chatter) and len(stripped) > 30)
    if chatter:
        return False
    if declarative >= 2:
        return False
    if declarative and not (_IMPERATIVE.match(stripped) or _ASK_WORDS.search(stripped)):
        return False
    if asks(stripped):
        return not (_NARRATIVE_VERB.search(stripped) and not bullet and hint is None)
    if hint in ("code", "scenario", "open", "bagu", "reverse"):
        return len(stripped) <= 50
    if (bullet or hint == "hr") and _HR_WORDS.search(stripped) and len(stripped) <= 24:
        return True
    return bullet and len(stripped) <= 24 and not _NARRATIVE_VERB.search(stripped) \
        and not re.search(r"[是会能被更较很了在有用]", stripped) \
        and (bool(re.search(r"[A-Za-z]{2,}", stripped)) or len(stripped) >= 6)


_INLINE_LABEL = re.compile(
    r"^(?:然后|最后|接着|再|还有|还)?(?:是|出了?|来了?|问了?)?(?:一个|一道|个|道|两道)?"
    r"(?P<label>场景题|代码题|代码|手撕|算法题|八股|开放题|编程题|反问)(?:是|:|：)?(?:手撕|手写)?\s*$")


# "然后写了个 合并K个升序链表": a coding task named in the next piece.
_WROTE_TASK = re.compile(r"^(?:然后|最后|接着|再|又)?(?:让我|让)?(?:写|做|撕)了?(?:一个|一道|个|道)(?:题)?$")


# A space that may end one question of a run-on line and begin the next.
_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")
# In text that sets Latin words off with spaces ("长 CoT 模型为什么会 overthinking"), those spaces
# are typography: only a space between two Chinese characters may separate questions.
_SPACED_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# A spaced Latin term may itself hold spaced symbols: "Decoder - only", "Q / K".
_SPACED_LATIN = re.compile(
    r"[\u4e00-\u9fff]\s+[A-Za-z0-9][\w.+-]*(?:\s+[-/+&]\s+[\w.+-]+)*\s+(?=[\u4e00-\u9fff])")
_GLUED_LATIN = re.compile(r"[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]")


def _typographic_spacing(text: str) -> bool:
    """Whether the writer puts spaces around Latin words inside Chinese text."""
    spaced = len(_SPACED_LATIN.findall(text))
    return spaced > 0 and spaced >= 2 * len(_GLUED_LATIN.findall(text))


# "就是常规的：", "问了这些：": a lead-in to a list of questions.
_LIST_LEAD = re.compile(r"^(?:就是|都是|主要是|基本是|问的)?(?:常规的?|这些|以下|如下|下面这些|几个问题|这几个)[^:：]{0,4}[:：]\s*")


def _listed_questions(sentence: str) -> list[str]:
    """"为什么选腾讯而不是字节、手上有哪些offer、期望薪资": questions listed with "、". A list
    whose items mostly ask on their own is split; a list of nouns inside one question is not."""
    sentence = _LIST_LEAD.sub("", sentence)
    items = [item.strip() for item in sentence.split("、")]
    if len(items) < 3 or re.search(r"[,，]", sentence) or any(len(item) < 3 for item in items):
        return []
    asking = sum(bool(_STRONG_ASK.search(item) or re.search("哪|多少|多久", item)) for item in items)
    return items if asking >= 2 and asking * 2 > len(items) else []


def _starts_question(piece: str) -> bool:
    return asks(piece) and not piece.startswith(("的", "和", "与", "或", "及"))


def _split_compound(text: str) -> list[tuple[str, str | None]]:
    """One line, several questions. Sentence ends always split; a comma, or a space in a long
    run-on sentence, splits only when the text on both sides asks something on its own."""
    out: list[tuple[str, str | None]] = []
    sentences: list[str] = []
    for sentence in re.split(r"(?<=[?？;；。!！])|\s{2,}|[\U0001F300-\U0001FAFF\u2600-\u27BF]+", text):
        sentence = sentence.strip()
        core = sentence.rstrip("?？;；。!！ ")
        if not core or (_ANSWER_NARRATION.match(core) and not _STRONG_ASK.search(core)):
            continue  # "我讲了一下…，固定…": the candidate's answer, all of the sentence
        # A short or dependent sentence continues the one before ("为什么呢", "它的公式"),
        # so a statement glued to its explanation is judged as a whole. After a sentence that
        # opens like a question, one that does not ask is narration ("这个之前看过…") and
        # stays apart, to be dropped on its own.
        dependent = _DEPENDENT.match(core) or (
            len(core) <= 12 and re.search(r"它|其(?!他)|这个|那个", core))
        if sentences and asks(sentences[-1]) and (len(re.sub(r"\W", "", core)) <= 6 or (
                dependent and (asks(sentence) or not _ASK_START.match(sentences[-1])))):
            sentences[-1] = f"{sentences[-1]}{sentence}"
        else:
            sentences.append(sentence)
    expanded: list[str] = []
    for sentence in sentences:
        slashed = re.split(r"\s+/\s+", sentence)
        if len(slashed) > 1 and all(asks(piece) and len(piece) >= 4 for piece in slashed):
            expanded.extend(slashed)  # "WLB 怎么样 / 组里 on-call 吗": one question each
            continue
        if len(sentence) > 25:
            marked = _mark_seams(_RUN_ON_END.sub(lambda m: m.group(1) + "\n", sentence))
            expanded.extend(p for p in marked.split("\n") if p)
        else:
            expanded.append(sentence)
    for sentence in expanded:
        sentence = sentence.strip().rstrip("?？;；。!！ ") if sentence.count("?") + \
            sentence.count("？") <= 1 else sentence.strip()
        if not sentence:
            continue
        listed = _listed_questions(sentence)
        if listed:
            out.extend((item, "hr" if _HR_WORDS.search(item) else None) for item in listed)
            continue
        # A long sentence with several spaces and no punctuation is a run-on list of questions
        # ("…的区别 ddim为什么可以跳步采样 DiT和unet比好在哪 …"): each piece after a space that
        # asks on its own, or is narration, starts anew.
        gap = _SPACED_GAP if _typographic_spacing(sentence) else _GAP
        run_on = len(sentence) > 30 and not re.search(r"[,，、]", sentence) \
            and len(gap.findall(sentence)) >= 2
        if run_on:
            parts = _split_latin_runs(re.split(f"([,，、]|{gap.pattern})", sentence))
        else:
            parts = _split_spaced_asks(re.split(f"([,，、]|{_SPACED_GAP.pattern})", sentence), gap)
        merged: list[list] = []  # [text, hint] or [text, hint, True] for an open label
        hint: str | None = None
        separator = ""
        after_aside = False
        previous = ""
        for index, piece in enumerate(parts):
            if index % 2:
                separator = piece if piece in ",，、|" else " "
                continue
            piece = piece.strip()
            if not piece:
                continue
            follow = _RUN_ON_FOLLOW_UP.match(piece)
            if follow and merged and merged[-1][0] and piece[follow.end():].strip() and (
                    separator != " " or not run_on):
                merged[-1][0] = f"{merged[-1][0]}；追问：{piece[follow.end():].strip()}"
                continue
            if separator == "、" and merged and "；追问：" in merged[-1][0]:
                merged[-1][0] += f"、{piece}"  # "追问线上收益多少、ab怎么做的": one follow-up
                continue
            if separator == "|" and merged and merged[-1][0]:
                merged.append([piece, hint])
                continue
            if not run_on and merged and _ends_with_aside(piece) and (
                    not merged[-1][0] or not _TOLD.search(merged[-1][0])):
                merged.append(["", hint])  # "…，sliding window 秒了", "…，面试官说能": dropped
                after_aside = True
                continue
            if after_aside:
                # the answer goes on until a piece opens like a question or asks outright
                if not (_starts_question(piece) and not _NARRATIVE_VERB.search(piece)
                        and (_ASK_START.match(piece) or _STRONG_ASK.search(piece))):
                    continue  # what follows an aside and does not ask is still the aside
                after_aside = False
            label = _INLINE_LABEL.match(piece) if len(sentence) > 30 else None
            if label or (len(sentence) > 30 and _WROTE_TASK.match(piece)):
                # "代码题是手撕 合并K个升序链表", "然后写了个 LRU": the label opens the next question
                hint = _label(label.group("label") + ":")[0] if label else "code"
                merged.append(["手撕" if "手撕" in piece else "", hint, True])
                continue
            if re.fullmatch(r"(?:面试官)?(?:又|还)?追问(?:了|说)?[:：]?", piece) and merged:
                merged[-1][0] = f"{merged[-1][0]}；追问："
                continue
            if merged and merged[-1][0].endswith("追问："):
                merged[-1][0] += piece
                continue
            if merged and len(merged[-1]) == 3:
                text_so_far, label_hint, _ = merged.pop()
                merged.append([f"{text_so_far} {piece}".strip(), label_hint])
                continue
            # After a space or "、" the next question must begin like one ("为什么…", "lc 42");
            # after a comma a short noun phrase ending in 区别/原理/做法 may stand alone.
            if run_on and separator == " " and merged:
                follow = _RUN_ON_FOLLOW_UP.match(piece)
                if follow and merged[-1][0] and asks(merged[-1][0]) and piece[follow.end():].strip():
                    merged[-1][0] = f"{merged[-1][0]}；追问：{piece[follow.end():].strip()}"
                    continue
                if (_RUN_ON_ASIDE.match(piece) and not _STRONG_ASK.search(piece)) or (
                        not _stands_alone(piece) and _is_aside(piece)):
                    merged.append(["", hint])  # dropped; what follows starts anew
                    continue
                if _stands_alone(piece):
                    merged.append([piece, hint])
                    continue
            starts = _starts_question(piece) if separator in ",，" else bool(
                _ASK_START.match(piece) or _LEETCODE_REF.match(piece)
                or (merged and _ENDS_QUESTION.search(merged[-1][0]) and asks(piece)))
            if merged and merged[-1][0] and starts and _STORY_CONTEXT.match(merged[-1][0]) \
                    and not asks(merged[-1][0]) and (_whole_question(piece) or _ASKED_PREFIX.match(
                        piece) or _TOLD_REVERSE.match(piece)):
                # "我们这里是做aigc的，你知道哪些aigc相关的知识呢": the story before a question
                merged.append([piece, hint])
            elif merged and merged[-1][0] and not (
                    (asks(merged[-1][0]) or _whole_question(previous)) and starts and len(piece) >= 3
                    and not _DEPENDENT.match(piece) and not _GENERIC_FOLLOW_UP.match(piece)
                    and not _BARE_NE.match(piece)
                    and not (separator in ",，" and _REFERS_BACK.search(piece[:16])
                             and not _ASK_START.match(piece))):
                merged[-1][0] = f"{merged[-1][0]}{separator}{piece}"
            else:
                merged.append([piece, hint])
            # "实习微调过Qwen2,你说说它的结构吧": the context before a question does not ask
            # itself, so the question's own wording decides whether the next piece is new
            previous = piece
        out.extend((item[0], item[1]) for item in merged if item[0])
    return out


def _whole_question(piece: str) -> bool:
    """A piece that opens and ends like a question ("你说说Qwen2的模型结构吧"), however the
    text before it in its line began."""
    return bool((_ASK_START.match(piece) or _IMPERATIVE.match(piece))
                and (re.search(r"[吧吗呢么?？]$", piece) or _ENDS_QUESTION.search(piece)
                     or _ASK_NOUN_END.search(piece)))


# In a run-on line: "追问X", "写完追问了复杂度" continue the question before them.
_RUN_ON_FOLLOW_UP = re.compile(r"^(?:写完|写完后|答完|然后)?(?:面试官)?(?:又|还)?(?:追问|接着问)(?:了|说)?[:：]?\s*"
                               r"|^写完(?:后|之后)?(?:面试官)?(?:又|还)?(?:问|让)(?:了|我)?[:：]?\s*")
# ... and these pieces are the candidate's story, not a question ("秒了", "说是做可灵的基座").
_RUN_ON_ASIDE = re.compile(r"^(?:说是|说等|说在|说北京|说上海|秒了|过了|写完|写出来|没写出来|面完|离谱|目前|"
                           r"大概|估计|感觉|总之|中心扩展|双指针|一次过|\d+\s*(?:min|分钟|h|小时))|"
                           r"^\S{0,8}写的$", re.IGNORECASE)
# "你怎么推", "你会怎么做": a bare ask that leans on the subject before it.
_BARE_YOU_ASK = re.compile(r"^你(?:们)?(?:会|要|打算|准备|觉得)?(?:怎么|如何|咋)\S{0,4}$")


def _stands_alone(piece: str) -> bool:
    """A piece of a run-on line that is a question by itself: it opens like one, names a
    LeetCode problem or a section label, or asks about a subject of its own."""
    if _BARE_YOU_ASK.match(piece) or _DEPENDENT.match(piece) or _GENERIC_FOLLOW_UP.match(piece):
        return False
    if piece.startswith(("的", "和", "与", "或", "及")) or len(piece) < 3:
        return False
    return bool(_ASK_START.match(piece) or _LEETCODE_REF.match(piece) or _LABEL_RE.match(piece)
                or re.match(r"(?:代码题|算法题|手撕|编程题)是", piece)  # with a colon: _LABEL_RE
                or (len(piece) >= 5 and asks(piece)))


def _split_at_gaps(parts: list[str], gap: re.Pattern[str],
                   ends_here: Callable[[str, str], bool], separator: str) -> list[str]:
    """Split each piece at the first gap where ``ends_here(left, right)``, again and again.
    ``parts`` alternates pieces and separators, and so does the result."""
    out: list[str] = []
    for index, piece in enumerate(parts):
        if index % 2:
            out.append(piece)
            continue
        while True:
            for space in gap.finditer(piece):
                left, right = piece[:space.start()].strip(), piece[space.end():].strip()
                if ends_here(left, right):
                    out += [left, separator]
                    piece = right
                    break
            else:
                break
        out.append(piece)
    return out


_LATIN_GAP = re.compile(r"(?<=[A-Za-z0-9])\s+(?=[A-Za-z])")


def _split_latin_runs(parts: list[str]) -> list[str]:
    """Within a run-on piece, a space between two Latin words may still end a question
    ("…除根号dk LayerNorm和BatchNorm区别"): split there when the left side asks and the right
    side stands alone."""
    return _split_at_gaps(
        parts, _LATIN_GAP,
        lambda left, right: len(left) >= 5 and asks(left) and _stands_alone(right), " ")


def _split_spaced_asks(parts: list[str], gap: re.Pattern[str]) -> list[str]:
    """Within a piece of a punctuated line, a space may still end a question ("AUC的物理意义
    GAUC又是啥", "多目标用过哪些 MMoE和PLE区别"): split there when the left side ends like a
    question and the right side stands alone, or is a "追问…"; "|" marks the splits made here."""
    return _split_at_gaps(parts, gap, _ends_before, "|")


def _ends_before(left: str, right: str) -> bool:
    return len(left) >= 4 and asks(left) and bool(
        _ENDS_QUESTION.search(left) or _ASK_NOUN_END.search(left)) and bool(
        _stands_alone(right) or _RUN_ON_FOLLOW_UP.match(right) and len(right) > 4)


# "答主要是…", "sliding window 秒了", "没写完": the candidate's side, after a comma.
_ANSWER_PIECE = re.compile(r"^(?:答|回答)(?![案辩题])|(?:秒了|写出来了|没写出来|没写完|过了|跑通了)$")


# A question told inside the writer's story ("面试官还顺口问了我对 K2 的看法，我就随便吹了吹")
# is judged whole: its aside is not cut off.
_TOLD = re.compile(r"面试官|我|他|她|写完|然后|之后")


def _ends_with_aside(piece: str) -> bool:
    return bool(_ANSWER_PIECE.search(piece) or _CHATTER.match(piece)
                or (_RUN_ON_ASIDE.match(piece) and not asks(piece)))


def _is_aside(piece: str) -> bool:
    return bool(_NARRATION.match(piece) or _CHATTER.match(piece))


# --- questions told as a story ---------------------------------------------------------------
# "接着他让我讲一下SIM里GSU和ESU分别干什么，这个之前看过论文，答得还行。" A clause that opens
# with an asking frame carries a question after the frame; the candidate's side of the story
# (我说…, 答得一般) is dropped.
_STORY_FRAME = re.compile(
    r"^(?:那|但|而且|并且|接下来|接着|然后|之后|随后|最后|后来|一上来|上来|首先|先|再|又|还|也|就|便|"
    r"开始|就开始|面试官|他|她|对方|顺着|顺便)*"
    r"(?:(?:(?:又|还|再)?(?:追问|顺着问|接着问|继续问)了?(?:我|一下|下)?|(?:我)?写完(?:之?后)?(?:他|面试官)?(?:又|还)?让我|又问了?(?:我)?)"
    r"|(?P<scene>出了?(?:一个|一道|个|道)?场景(?:题)?)"
    r"|(?P<code>(?:代码|算法|手撕|编程)题?(?:是|:|：)|(?:是)?(?:一道|一个)(?:代码|算法)?题)"
    r"|(?P<reverse>(?:我)?反问(?:环节)?(?:我)?(?:问了?)?(?:一下|下)?|我问了?(?:一下|下)?)"
    r"|(?:问了?(?:我|一下|下)?|考了?(?:我|一道|一个|道|个)|让我|要我|让|挖(?:了)?(?:我)?|聊了?(?:聊|一下|下)?)(?![的得完到]))"
    r"\s*[:：]?\s*")
# "问了一个比较基础的": the question itself comes in the next clause.
# Searched in the whole frame: the frame's leading words may have taken the 又 of "他又问".
_STORY_FOLLOW_UP = re.compile(r"(?:又|追|顺着|接着|继续)问|写完")
# "让我写代码，题目是…": a coding task whose statement follows over several clauses.
_STORY_TASK = re.compile(r"^(?:写|做|出)(?:了)?(?:一道|一个|个|道)?(?:代码|算法|编程)?(?:题)?$")
_STORY_PLACEHOLDER = re.compile(
    r"^(?:一个|几个|一些|一道|个|些)?(?:比较|很|挺|特别)?(?:基础|简单|宽泛|常见|经典|开放|偏)?"
    r"(?:的)?(?:问题|东西|题|八股)?(?:的)?(?:比如)?$|" + _STORY_TASK.pattern)
_STORY_SELF = re.compile(r"我(?!们)(?:说|答|扯|讲|回答|写|用|报|也|就|只|老实|不|没|觉得|感觉|当时)|答得|"
                         r"他(?:说|没|听|也|笑|觉得)|面试官(?:说|没|听|也|笑)|这个(?:我|之前)|不知道对不对|"
                         r"有点懵|然后就结束|就结束了")
_STRONG_ASK = re.compile(r"为什么|为何|为啥|怎么|如何|哪些|哪个|什么|是否|有没有|吗|呢|[?？]")


def _is_story(text: str) -> bool:
    """A paragraph told as a story: long, several clauses, the candidate and the interviewer
    as its persons (twice is enough when it opens by telling what was asked: "然后问…")."""
    persons = len(re.findall(r"我(?!们)|他(?!们)|面试官", text))
    opens_told = re.match(r"(?:然后|接着|之后|最后|后来)(?:就是|又|还)?(?:问了?|反问)", text)
    return len(text) >= 60 and len(re.findall(r"[,，。;；!！]", text)) >= 3 \
        and (persons >= 3 or (persons >= 2 and bool(opens_told)))


def _flush(found: list[tuple[str, str | None]], current: list[str], kind: str | None) -> None:
    if current:
        found.append(("，".join(current), kind))
        current.clear()


def _story_questions(text: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for sentence in re.split(r"[。!！;；?？]", text):
        if _ADVICE.search(sentence):
            continue  # advice to readers ("反问环节可以多问问…")
        current: list[str] = []  # clauses of the question being read
        kind: str | None = None
        scene = False
        awaiting = False  # a placeholder frame: the next clause is the question
        asked = False  # the sentence has reported a question through a frame

        for clause in re.split(r"[,，]", sentence):
            clause = clause.strip()
            if not clause:
                continue
            frame = _STORY_FRAME.match(clause)
            rest = clause[frame.end():].strip() if frame else clause
            if frame and frame.end() > 0 and not _STORY_SELF.match(rest):
                if _STORY_FOLLOW_UP.search(frame.group(0)) and asked and (current or found) and rest:
                    _flush(found, current, kind)
                    text_, hint_ = found.pop()
                    found.append((f"{text_}；追问：{rest}", hint_))
                    continue
                _flush(found, current, kind)
                asked = True
                kind = ("scenario" if frame.group("scene") else "code" if frame.group("code")
                        else "reverse" if frame.group("reverse") else None)
                # a scenario or a coding task is described over several clauses
                scene = bool(frame.group("scene") or frame.group("code") or _STORY_TASK.match(rest))
                if not rest or _STORY_PLACEHOLDER.match(rest):
                    awaiting = True
                    continue
                current.append(re.sub(r"^(?:比如|在)", "", rest))
                awaiting = False
                continue
            if awaiting and not _STORY_SELF.search(clause):
                current.append(re.sub(r"^(?:比如|题目是|题目[:：]|题是)", "", clause))
                awaiting = False
                continue
            if _STORY_SELF.search(clause) or _NARRATION.match(clause):
                _flush(found, current, kind)
                awaiting = scene = False
                continue
            if current and (scene or (not _STRONG_ASK.search("，".join(current))
                                      and _STRONG_ASK.search(clause))):
                current.append(re.sub(r"^比如", "", clause))
                awaiting = False
            elif asked and _STRONG_ASK.search(clause) and not _DEPENDENT.match(clause):
                # another question in a sentence that already reported one
                _flush(found, current, kind)
                current.append(clause)
                kind = None
        _flush(found, current, kind)
    out = []
    for question, kind in found:
        parts = question.split("、")
        if len(parts) == 1 or not all(_STRONG_ASK.search(p) and len(p) >= 4 for p in parts):
            parts = [question]  # "序列特征长度多长、怎么截断的" is one; a list of asks is several
        for part in parts:
            part = part.strip(" ,，、:：")
            if 2 <= len(part) <= 90 and _TECH.search(part) and not _CHATTER.search(part) \
                    and not _SKIP.match(part):
                out.append((part, kind))
    return out


# "参考答案：", "答：", "我的回答:" on a line of their own (or opening one) start a pasted answer.
_ANSWER_OPENER = re.compile(r"^(?:参考|我的|标准)?(?:答案|解答|回答|答)(?:要点|思路|参考)?\s*[:：]"
                            r"|^(?:参考|我的|标准)(?:答案|解答|回答)\s*$")
# "chatgpt回答", "GPT 的答案：", "豆包给的解答" on a line of their own: a chatbot's answer pasted
# under the question, usually with headings and lists of its own and no frame around it.
_AI_ANSWER_OPENER = re.compile(
    r"^(?:附上?|以下是|下面是)?\s*(?:chat\s*gpt|gpt[-\s]?\d*o?|claude|kimi|deepseek|豆包|文心一言|通义千问|元宝|ai)"
    r"\s*(?:的|给的|给出的)?\s*(?:参考)?(?:答案|回答|解答|回复|解释)(?:如下|参考)?\s*[:：]?\s*$",
    re.IGNORECASE)
# A line that goes back to telling the interview ("然后问扩散模型知道不", "面试官又问…",
# "我说研究方向…"): a chatbot's answer never talks like that, so it ends one.
_BACK_TO_INTERVIEW = re.compile(r"^(?:然后|接着|之后|后面|后来|最后|随后|紧接着)|^面试官"
                                r"|^(?:又|再)?问(?:了|我|到)|^让(?:我|写|说|讲)|^我(?:说|答|回答|讲|提到)")
_HEADING_MARK = re.compile(r"^(#{1,6})\s*")
_ITEM_NUMBER = re.compile(r"^§?\s*(?:[Qq]\s?)?([1-9][0-9]?)\s?[、.．:：)）]")


class _AnswerBlock:
    """Follows the lines of a round to skip a pasted answer under its question.

    An answer block opens at "参考答案：" and holds everything until the next question: the next
    heading of the question's level when the questions are headings ("### 3. …"), the next
    number when they are a numbered list ("3. …"). Without such a frame nothing tells where
    the answer ends, so only the opener's own line is skipped. A chatbot's answer
    ("chatgpt回答") opens a block whatever the frame, which a line going back to the interview
    also ends."""

    def __init__(self) -> None:
        self.heading: int | None = None  # level of the heading over the last question
        self.number: int | None = None  # number of the last numbered question
        self.inside = False
        self.chatbot = False  # the open answer is a chatbot's: narration ends it too
        self._answer_max = 0  # highest number of the answer's own list
        self._pending_heading: int | None = None

    def skips(self, raw: str) -> bool:
        text = raw.lstrip("§").strip()
        mark = _HEADING_MARK.match(text)
        level = len(mark.group(1)) if mark else None
        number = _ITEM_NUMBER.match(raw)
        if self.inside and self.chatbot and _BACK_TO_INTERVIEW.match(strip_item_marker(text)):
            self.inside = self.chatbot = False
        if self.inside:
            if level is not None and self.heading is not None and level <= self.heading:
                self.inside = False
            elif self.heading is None and number and self.number is not None:
                # The answer may number its own points: the question's next number ends it
                # when the answer has no list, or already counted past it, or the line asks.
                value = int(number.group(1))
                if value == self.number + 1 and (
                        not self._answer_max or self._answer_max >= value
                        or asks(strip_item_marker(text))):
                    self.inside = False
                else:
                    self._answer_max = max(self._answer_max, value)
                    return True
            else:
                return True
        if _ANSWER_OPENER.match(text):
            self.inside = self.heading is not None or self.number is not None
            self.chatbot = False  # a block a heading or number ended may have been a chatbot's
            self._answer_max = 0
            return True
        if _AI_ANSWER_OPENER.match(text):
            self.inside = self.chatbot = True
            self._answer_max = 0
            return True
        if level is not None and not text[mark.end():].strip():
            self._pending_heading = level  # "###" alone: the next line is its title
            return False
        if level is not None or self._pending_heading is not None:
            self.heading = level if level is not None else self._pending_heading
            self.number = int(number.group(1)) if number else None
        elif number and raw.startswith("§"):
            self.heading, self.number = None, int(number.group(1))
        self._pending_heading = None
        return False


# "问项目", "先拷打论文", "项目深挖": the interviewer going through the candidate's own work, a
# question of the round even though it asks nothing in words.
_PROJECT_TALK = re.compile(
    r"^(?:先|然后|接着|主要|直接|又|再)?(?:问|聊|拷打|深挖|挖|讲|过|介绍)(?:了)?(?:一下|下|些|一些)?"
    r"(?:我的|你的)?(?:实习|项目|论文)(?:经历)?(?:(?:和|与|、|及)(?:实习|项目|论文)(?:经历)?)?"
    r"|^(?:实习|项目|论文)(?:经历)?(?:拷打|深挖)")
# After the phrase: the end, or a space or sentence end before the next thing told. A comma
# or colon binds what follows to it ("项目拷打：…", "先问项目，要解决的问题是什么") unless the
# story goes on after it ("聊论文，由于论文里用到了VQ-VAE，所以问了一下…").
_PROJECT_TALK_END = re.compile(r"\s*(?:$|[。.!！;；]\s*|\s+(?=\S)|[,，]\s*(?=由于|因为|然后|所以|接着|面试官))")


def _project_talk(text: str, *, bullet: bool) -> tuple[str, str] | None:
    """("问论文", the rest) when TEXT opens with a bare request to go through the candidate's
    work. A line of its own must be a list item: on a line alone, "项目拷打" is a heading."""
    talk = _PROJECT_TALK.match(text)
    end = talk and _PROJECT_TALK_END.match(text, talk.end())
    if not talk or not end:
        return None
    rest = text[end.end():]
    if not bullet and not rest:
        return None
    return talk.group(0), rest


# "自我介绍+实习介绍，略", "self-intro 略": the writer skipped it.
_OMITTED = re.compile(r"(?:^|[,，\s(（])略[)）]?$")
# "总结：基础不牢，手撕一定要多练": the writer's conclusions, however many clauses.
_SUMMARY_LINE = re.compile(r"^(?:总结|建议|小?tips?|心得|感想|经验|复盘)\s*[:：]", re.IGNORECASE)
# "我答得很乱。。。说了…", "我说RMSNorm去掉了…": the candidate's answer told as a line of its own.
_ANSWER_NARRATION = re.compile(r"^我(?:的回答|回答|答|说|讲|写|提到|解释|用了)")

_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_BRACKET_LABEL = re.compile(
    r"^[【\[]\s*(?P<label>" + "|".join(_LABELS.values()) + r")\s*[】\]]\s*", re.IGNORECASE)
_LONG_ASK_LIMIT = 160
_BARE_LABEL = re.compile("|".join(v for k, v in _LABELS.items() if k != "project"), re.IGNORECASE)
_COMPLEXITY_FOLLOW_UP = re.compile(r"(?:再|并)?分析(?:一下|下)?(?:它的|一下)?(?:时间|空间)?(?:和空间)?复杂度")
# "上来lc hard": how hard the problem was, not which one.
_DIFFICULTY_ONLY = re.compile(r"^(?:上来|先|直接|然后)?(?:就)?(?:一道|一个|来了?|是)?\s*(?:lc|leetcode|力扣)?\s*"
                              r"(?:hard|medium|easy|困难|中等|简单)(?:题|难度)?$", re.IGNORECASE)


def _long_ask(text: str) -> bool:
    """A long request that is still one question ("讲一下配置里 a、b、c 等参数的关系,以及…"):
    it opens and ends like a question and carries no narration (a question running into
    its pasted answer ends like the answer)."""
    last_clause = re.split(r"[,，;；]", text)[-1]
    return len(text) <= _LONG_ASK_LIMIT and bool(_ASK_START.match(text) or _IMPERATIVE.match(text)) \
        and asks(last_clause) and not _CHATTER.search(text) \
        and len(_DECLARATIVE.findall(text)) <= 2


def _first_clause(text: str) -> str:
    """A long line that runs a question into its answer: keep the question's clause."""
    return re.split(r"[,，。:：]", text, maxsplit=1)[0]


def questions_from_lines(lines: list[str]) -> list[RawQuestion]:
    out: list[RawQuestion] = []
    section_hint: str | None = None
    answer_points = False  # inside a list that a pasted answer introduced
    answer = _AnswerBlock()
    for raw in lines:
        if answer.skips(raw):
            continue
        if _LINK.search(raw) and not _STRONG_ASK.search(_LINK.sub("", raw)):
            continue  # "LLMs 千面郎君 https://…": a reading list or a source, not a question
        raw = _LINK.sub("", raw).rstrip()
        bullet = raw.startswith("§")
        text = strip_item_marker(raw.lstrip("§"))
        if not bullet:
            answer_points = bool(_ANSWER_LEAD.search(text)) and not asks(text) \
                and not _INTERVIEW_WORDS.search(text)
        elif answer_points:
            continue
        text = _BRACKET_LABEL.sub(r"\g<label>:", text, count=1)  # "【手撕】…" reads as "手撕:…"
        labelled = text
        hint, text = _label(text)
        if hint and not text:
            section_hint = hint
            continue
        # "手撕:快排", "场景题:…": the label stays in the wording (it says what kind of
        # question it is); only section labels on their own line are dropped.
        keep_label = hint in ("code", "scenario", "open") and not re.match(
            r"(?:然后|最后|接着)", labelled)
        label_prefix = re.sub(r"\s+$", " ", labelled[: len(labelled) - len(text)].lstrip()) \
            if keep_label else ""
        if not bullet and hint is None and len(text) <= 12 and re.fullmatch(
                r"(?:八股|手撕|代码|算法题|场景题|开放题|项目|反问)[^,，。]{0,6}", text):
            section_hint = _label(text + ":")[0] or section_hint
            continue
        if hint is None and len(text) <= 15 and not asks(text) and _HEADING.search(text):
            section_hint = None  # a new heading ("总结", "解码算法篇") ends the labelled section
        hint = hint or section_hint
        text = re.sub(r"^(?:先|上来)?(?:做个?|简单)?自我介绍(?:一下)?(?:完|后|之后)?(?:就|然后)?[,，、;；+＋&\s]*", "",
                      text) if not _SKIP.match(text) else text
        plain = _strip_asides(text)
        if _OMITTED.search(plain) or (not bullet and _SUMMARY_LINE.match(text)):
            continue
        talk = _project_talk(plain.strip(), bullet=bullet)
        if talk:
            out.append(RawQuestion(talk[0], "project", bullet))
            if not talk[1]:
                continue
            text = plain = talk[1]
        if out and len(text) <= 15 and _DEPENDENT.match(text) and asks(text) and (
                not _ASK_START.match(text)):
            prev = out[-1]  # "- 分析复杂度?" on its own line continues the question above
            out[-1] = RawQuestion(f"{prev.text}；{_strip_answers(text)}", prev.hint, prev.bullet)
            continue
        if out and _COMPLEXITY_FOLLOW_UP.fullmatch(_strip_answers(text).rstrip("?？。 ")):
            prev = out[-1]  # "- 分析复杂度?(…)" after a coding task is its follow-up
            out[-1] = RawQuestion(f"{prev.text}；{_strip_answers(text)}", prev.hint, prev.bullet)
            continue
        follow = _FOLLOW_UP.match(text)
        if follow and out:
            rest = _strip_answers(text[follow.end():])
            if rest:
                prev = out[-1]
                out[-1] = RawQuestion(f"{prev.text}；追问：{rest}", prev.hint, prev.bullet)
            continue
        if not bullet and _ANSWER_NARRATION.match(text) and not _is_story(text):
            continue
        if _is_story(text):
            # before the answer tail is cut: in a story "我说了…" is followed by more questions
            story = _story_questions(plain)
            if story:
                out.extend(RawQuestion(q, kind or hint, bullet) for q, kind in story)
                continue
        text = _cut_answer(plain)
        # "模型细节篇bert的…" (a chapter heading run into its question), not "讲一篇论文"
        text = re.sub(r"^(?!讲|说|写|读|聊|谈|介绍|挑|选)[\u4e00-\u9fff]{1,5}(?<![一几两每])篇(?=\S)",
                      "", text)
        text = re.sub(r"^(?:\d+|[一二三四五六七八九十半]+)\s*(?:个)?(?:小时|分钟|min|h)(?:左右)?\s*[,，:：]?\s*", "",
                      text, flags=re.IGNORECASE)
        text = _ASKED_PREFIX.sub("", text, count=1)
        first_part = True
        for part, inline_hint in _split_compound(text):
            if (hint or section_hint) != "code":  # after "代码:", "23." is a LeetCode number
                part = strip_item_marker(part.strip())
            part_hint, part = _label(part)
            part_hint = part_hint or inline_hint
            reverse = _REVERSE_PREFIX.match(part) or _TOLD_REVERSE.match(part)
            if reverse and part[reverse.end():].strip():
                part, part_hint = part[reverse.end():], "reverse"
            part = _ASKED_PREFIX.sub("", part, count=1).strip(" ,，。.、:：-")
            part = _CONNECTIVE.sub("", part)
            part = _drop_own_history(part)
            if len(part) > 90 and not _long_ask(part):
                part = _first_clause(part)
            leetcode = _LEETCODE_SPAN.search(part)
            if leetcode and len(part) > 30 and (_CHATTER.search(part) or _NARRATION.search(part)
                                                or re.search(r"lz|卡住|不会|建议", part)):
                # narration around a LeetCode problem: "上来lc hard LC 87. 扰乱字符串 lz真的不会…"
                out.append(RawQuestion(leetcode.group(0).strip(), "code", bullet))
            elif is_question(part, bullet=bullet, hint=part_hint or hint):
                if first_part and label_prefix and not part.startswith(label_prefix):
                    part = f"{label_prefix}{part}"
                out.append(RawQuestion(part, part_hint or hint, bullet))
            elif leetcode := _LEETCODE_SPAN.search(part):
                # narration around a LeetCode problem: "上来lc hard LC 87. 扰乱字符串 lz真的不会…"
                out.append(RawQuestion(leetcode.group(0).strip(), "code", bullet))
            first_part = False
    return out
