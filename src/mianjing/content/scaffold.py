"""``mianjing new SLUG``: a new problem folder with every file the validator expects."""

from __future__ import annotations

import re
from pathlib import Path

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ScaffoldError(ValueError):
    pass


def _files(slug: str, framework: str, kind: str) -> dict[str, str]:
    fn = slug.replace("-", "_")
    imports = {"numpy": "import numpy as np\n\n\n", "torch": "import torch\n\n\n",
               "python": ""}[framework]
    topic = "algorithms" if kind == "algo" else "dl_basics"
    compare = {"numpy": "checkers.allclose(rtol=1e-6, atol=1e-9)",
               "torch": "checkers.allclose(rtol=1e-5, atol=1e-6)",
               "python": "checkers.exact()"}[framework]
    return {
        "meta.toml": f'''slug = "{slug}"
difficulty = "medium"
kind = "{kind}"
topics = ["{topic}"]
framework = "{framework}"
entry_points = ["{fn}"]
time_limit_ms = 5000
memory_limit_mb = 512

[title]
zh = "TODO 中文标题"
en = "TODO English title"

[[asked]]
company = "TODO"
round = "一面"
''',
        "problem.md": f"""# TODO 中文标题

## 题目
TODO：要实现什么，面试官为什么问。

## 接口
```python
def {fn}(...) -> ...
```

## 要求
TODO：数值、复杂度、禁止的调用。

## 示例
TODO：一个可以手算的小例子。

## 追问
- TODO
""",
        "starter.py": f"{imports}def {fn}(*args):\n    raise NotImplementedError\n",
        "solution.py": f"{imports}def {fn}(*args):\n    raise NotImplementedError  # TODO reference\n",
        "tests.py": f'''from mianjing.judge import checkers
from mianjing.judge.testkit import Case

COMPARE = {compare}


def cases(rng):
    # TODO: hand-worked cases with expected=..., random cases, edge cases, a timed case.
    yield Case("todo", ())
''',
        "wrong_solutions/README.md": "Mutants: each file is a plausible wrong answer that must "
                                     "fail; name it after the mistake it makes.\n",
    }


def scaffold(root: Path, slug: str, *, framework: str = "numpy", kind: str = "ml") -> Path:
    if not SLUG.match(slug):
        raise ScaffoldError(f"slug {slug!r} must be lowercase words joined by '-', e.g. 'top-k'")
    if framework not in ("numpy", "torch", "python"):
        raise ScaffoldError(f"framework must be numpy, torch or python, not {framework!r}")
    if kind not in ("ml", "algo"):
        raise ScaffoldError(f"kind must be ml or algo, not {kind!r}")
    path = root / slug
    if path.exists():
        raise ScaffoldError(f"{path} already exists")
    for name, text in _files(slug, framework, kind).items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return path
