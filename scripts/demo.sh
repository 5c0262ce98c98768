#!/usr/bin/env bash
# The main job on the embedded defaults (SQLite in ~/.local/share/mianjing, local judge):
# judge a wrong and a right softmax; ingest the sample 面经 posts and show what is asked most;
# search the 八股 bank and show an answer; export cheat sheets.
set -euo pipefail
MIANJING=${1:-mianjing}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$MIANJING" problems
"$MIANJING" show softmax
"$MIANJING" start softmax "$work/softmax.py"

cat > "$work/softmax.py" <<'PY'
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x)  # forgot to subtract the max
    return e / e.sum(axis=axis, keepdims=True)
PY
echo "--- judging a softmax that overflows (expect WA)"
"$MIANJING" judge softmax "$work/softmax.py" || true

cat > "$work/softmax.py" <<'PY'
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
PY
echo "--- judging a stable softmax (expect AC)"
"$MIANJING" judge softmax "$work/softmax.py"
"$MIANJING" history --limit 5

here=$(cd "$(dirname "$0")/.." && pwd)
echo "--- ingesting the sample 面经 posts (txt, md, html, jsonl; UTF-8, GBK, UTF-16)"
"$MIANJING" ingest "$here/tests/ingest/posts"
echo "--- 高频: what is asked most, then what 字节 asks in 一面"
"$MIANJING" top --limit 10
"$MIANJING" top --company 抖音 --round 一面 --limit 5
"$MIANJING" posts --limit 5
echo "--- 八股 bank: search, then the answer"
"$MIANJING" search 为什么除以根号d
"$MIANJING" answer attention-scaling-sqrt-dk
"$MIANJING" export md --out "$work/cheatsheets"
ls "$work/cheatsheets"
"$MIANJING" stats
