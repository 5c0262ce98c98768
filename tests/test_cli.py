"""The CLI as a user runs it: a real process, a real data directory."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.cli_process import run

SOFTMAX = Path(__file__).resolve().parents[1] / "src/mianjing/content/problems/softmax"


def test_judge_json_contract_and_exit_codes(tmp_path, home):
    good = tmp_path / "good.py"
    good.write_text((SOFTMAX / "solution.py").read_text())
    r = run("judge", "softmax", str(good), "--json", home=home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["problem"] == "softmax" and data["verdict"] == "AC"
    assert data["passed"] == data["total"] > 0
    assert {"name", "verdict", "time_ms", "message"} <= set(data["cases"][0])
    bad = tmp_path / "bad.py"
    bad.write_text((SOFTMAX / "wrong_solutions/no_max_shift.py").read_text())
    r = run("judge", "softmax", str(bad), "--json", home=home)
    assert r.returncode == 1 and json.loads(r.stdout)["verdict"] == "WA"


def test_history_lists_past_submissions(tmp_path, home):
    src = tmp_path / "s.py"
    src.write_text((SOFTMAX / "solution.py").read_text())
    run("judge", "softmax", str(src), home=home)
    r = run("history", "--json", home=home, check=True)
    rows = json.loads(r.stdout)
    assert rows and rows[0]["problem"] == "softmax" and rows[0]["verdict"] == "AC"
    assert (home / "mianjing.db").exists()


def test_problems_show_start(tmp_path, home):
    r = run("problems", "--json", home=home, check=True)
    slugs = {p["slug"] for p in json.loads(r.stdout)}
    assert "softmax" in slugs
    r = run("problems", "--kind", "algo", "--json", home=home, check=True)
    assert all(p["kind"] == "algo" for p in json.loads(r.stdout))
    r = run("show", "softmax", home=home, check=True)
    assert "接口" in r.stdout
    target = tmp_path / "mine.py"
    run("start", "softmax", str(target), home=home, check=True)
    assert "def softmax" in target.read_text()
    r = run("start", "softmax", str(target), home=home)
    assert r.returncode != 0 and "already exists" in r.stderr


def test_bad_input_gets_clear_errors(tmp_path, home):
    r = run("judge", "no-such-problem", "x.py", home=home)
    assert r.returncode == 2 and "no problem named" in r.stderr
    r = run("judge", "softmax", str(tmp_path / "missing.py"), home=home)
    assert r.returncode == 2 and "cannot read" in r.stderr
    binary = tmp_path / "bin.py"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    r = run("judge", "softmax", str(binary), home=home)
    assert r.returncode == 2 and "not UTF-8" in r.stderr


def test_numpy_problem_never_loads_torch(tmp_path, home):
    src = tmp_path / "s.py"
    src.write_text((SOFTMAX / "solution.py").read_text())
    code = (
        "import sys\n"
        "from mianjing.cli import app\n"
        f"try:\n    app(['judge', 'softmax', {str(src)!r}, '--no-save'])\n"
        "except SystemExit:\n    pass\n"
        "print('TORCH' if 'torch' in sys.modules else 'NO-TORCH')\n"
    )
    env = dict(os.environ, MIANJING_HOME=str(home))
    start = time.monotonic()
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.stdout.strip().endswith("NO-TORCH"), r.stdout + r.stderr
    assert time.monotonic() - start < 30
