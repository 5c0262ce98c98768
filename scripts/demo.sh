#!/usr/bin/env bash
# The main job on the embedded defaults (SQLite in ~/.local/share/mianjing, local judge):
# list problems, write a starter, judge a wrong and a right softmax, show history.
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
