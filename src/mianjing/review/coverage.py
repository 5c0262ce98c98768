"""Which key points a typed answer covered: shared terms after synonym normalisation, or a close
character match, so "除以根号dk 防止 softmax 饱和" covers "logits 过大 softmax 饱和"."""

from __future__ import annotations

from rapidfuzz import fuzz

from mianjing.textnorm import dedup_key, tokens

TERM_SHARE = 0.4
CHAR_MATCH = 80.0


def covered_points(answer: str, key_points: list[str]) -> list[bool]:
    if not answer.strip():
        return [False] * len(key_points)
    answer_terms = set(tokens(answer))
    answer_key = dedup_key(answer)
    out = []
    for point in key_points:
        terms = set(tokens(point))
        share = len(terms & answer_terms) / len(terms) if terms else 0.0
        point_key = dedup_key(point)
        close = bool(point_key) and len(point_key) >= 3 and \
            fuzz.partial_ratio(point_key, answer_key) >= CHAR_MATCH
        out.append(share >= TERM_SHARE or close)
    return out
