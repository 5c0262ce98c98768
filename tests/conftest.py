import os
import textwrap
from pathlib import Path

import pytest

os.environ.setdefault("MIANJING_HOME", str(Path(__file__).resolve().parent / ".mianjing-home"))


@pytest.fixture(scope="session")
def judge():
    from mianjing.judge.grader import Judge

    with Judge(pool_size=2) as j:
        yield j


@pytest.fixture(scope="session")
def catalog():
    from mianjing.catalog import Catalog

    return Catalog()


@pytest.fixture
def make_problem(tmp_path):
    """A throwaway problem: ``f(x)`` doubles an array; limits chosen per test."""
    from mianjing.catalog import load_problem

    def make(*, framework="numpy", time_limit_ms=1500, memory_limit_mb=128, forbidden=(),
             solution="import numpy as np\n\ndef f(x):\n    return x * 2\n",
             tests=None, harness=None):
        folder = tmp_path / "doubler"
        folder.mkdir(exist_ok=True)
        (folder / "meta.toml").write_text(textwrap.dedent(f'''
            slug = "doubler"
            difficulty = "easy"
            kind = "ml"
            topics = ["other"]
            framework = "{framework}"
            entry_points = ["f"]
            time_limit_ms = {time_limit_ms}
            memory_limit_mb = {memory_limit_mb}
            forbidden = {list(forbidden)!r}
            [title]
            zh = "加倍"
            en = "Doubler"
        '''))
        (folder / "problem.md").write_text("# 加倍\n## 题目\n## 接口\n## 要求\n## 示例\n## 追问\n")
        (folder / "starter.py").write_text("def f(x):\n    raise NotImplementedError\n")
        (folder / "solution.py").write_text(solution)
        (folder / "tests.py").write_text(tests or textwrap.dedent('''
            import numpy as np
            from mianjing.judge.testkit import Case

            def cases(rng):
                yield Case("small", (np.arange(4.0),), expected=np.arange(4.0) * 2)
                yield Case("random", (rng.standard_normal((3, 3)),))
        '''))
        if harness:
            (folder / "harness.py").write_text(harness)
        return load_problem(folder)

    return make


@pytest.fixture
def home(tmp_path):
    """A data directory of its own for a command run as a user."""
    return tmp_path / "home"
