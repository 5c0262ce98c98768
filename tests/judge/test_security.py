"""Hostile submissions: none may pass, and the judge must keep working after each one."""

import os

import pytest

from mianjing.judge.sandbox.isolation import select_mode

STRONG = select_mode().name == "bwrap"


@pytest.fixture
def softmax(catalog):
    return catalog.get("softmax")


def _still_works(judge, problem):
    v = judge.judge(problem, problem.solution)
    assert v.verdict == "AC", v.message


def test_fork_bomb_fails_and_judge_survives(judge, make_problem):
    problem = make_problem()
    code = ("import os\ndef f(x):\n    for _ in range(1000):\n        os.fork()\n"
            "    return x * 2\n")
    v = judge.judge(problem, code)
    assert v.verdict != "AC"
    _still_works(judge, problem)


def test_subprocess_spawn_fails(judge, make_problem):
    problem = make_problem()
    code = ("import subprocess\ndef f(x):\n    subprocess.run(['true'])\n    return x * 2\n")
    assert judge.judge(problem, code).verdict == "RE"


def test_network_access_fails(judge, make_problem):
    problem = make_problem()
    code = ("import socket\ndef f(x):\n    socket.create_connection(('127.0.0.1', 5432), 1)\n"
            "    return x * 2\n")
    v = judge.judge(problem, code)
    assert v.verdict == "RE" and ("Operation not permitted" in v.message
                                  or "unreachable" in v.message)


def test_reading_reference_solution_fails(judge, softmax):
    path = softmax.path / "solution.py"
    code = (
        "import runpy\n"
        "def softmax(x, axis=-1):\n"
        f"    ns = runpy.run_path({str(path)!r})\n"
        "    return ns['softmax'](x, axis)\n"
    )
    if not STRONG:
        pytest.skip("process mode has no filesystem isolation (docs/security.md)")
    v = judge.judge(softmax, code)
    assert v.verdict != "AC"
    assert "FileNotFoundError" in v.message or "No such file" in v.message


def test_reading_hidden_tests_and_database_fails(judge, softmax):
    from mianjing.paths import data_dir

    targets = [str(softmax.path / "tests.py"), str(data_dir())]
    code = (
        "import os\n"
        "def softmax(x, axis=-1):\n"
        f"    for t in {targets!r}:\n"
        "        if os.path.isdir(t):\n"
        "            assert not os.listdir(t), os.listdir(t)\n"
        "        else:\n"
        "            open(t).read()\n"
        "    return x\n"
    )
    if not STRONG:
        pytest.skip("filesystem isolation needs bubblewrap")
    v = judge.judge(softmax, code)
    assert v.verdict == "RE" and ("No such file" in v.message or "FileNotFound" in v.message)


def test_frame_inspection_finds_no_expected_values(judge, softmax):
    code = (
        "import gc, sys, numpy as np\n"
        "def softmax(x, axis=-1):\n"
        "    for obj in gc.get_objects():\n"
        "        if isinstance(obj, dict) and 'expected' in obj:\n"
        "            return obj['expected']\n"
        "    frame = sys._getframe()\n"
        "    while frame is not None:\n"
        "        for name in ('expected', 'reference', 'want'):\n"
        "            if name in frame.f_locals:\n"
        "                return frame.f_locals[name]\n"
        "        frame = frame.f_back\n"
        "    return np.zeros_like(x)\n"
    )
    assert judge.judge(softmax, code).verdict == "WA"


def test_monkeypatching_checkers_and_numpy_does_not_help(judge, softmax):
    code = (
        "import numpy as np\n"
        "np.allclose = lambda *a, **k: True\n"
        "np.testing.assert_allclose = lambda *a, **k: None\n"
        "try:\n"
        "    np.ndarray.__eq__ = lambda *a: True\n"
        "except TypeError:\n"
        "    pass\n"
        "try:\n"
        "    import mianjing.judge.checkers as c\n"
        "    c.allclose = lambda *a, **k: (lambda *b: None)\n"
        "except Exception:\n"
        "    pass\n"
        "def softmax(x, axis=-1):\n"
        "    return np.zeros_like(x)\n"
    )
    assert judge.judge(softmax, code).verdict == "WA"


def test_forging_protocol_frames_does_not_pass(judge, softmax, make_problem):
    code = (
        "import numpy as np\n"
        "import mianjing.judge.runner as r\n"
        "orig = r._Job.run_case\n"
        "def fake(self, case):\n"
        "    self.send({'t': 'case', 'name': case['name'], 'time_ms': 0.0, 'value': 'AC'})\n"
        "    return True\n"
        "r._Job.run_case = fake\n"
        "def softmax(x, axis=-1):\n"
        "    return x\n"
    )
    v = judge.judge(softmax, code)
    assert v.verdict == "WA"
    _still_works(judge, make_problem())


def test_killing_other_processes_is_denied(judge, make_problem):
    problem = make_problem()
    code = (
        "import os, signal\n"
        "def f(x):\n"
        "    errors = []\n"
        "    for pid in (1, os.getppid()):\n"
        "        try:\n"
        "            os.kill(pid, signal.SIGKILL)\n"
        "        except OSError as e:\n"
        "            errors.append(e.errno)\n"
        "    return x * 2 if len(errors) == 2 else x\n"
    )
    v = judge.judge(problem, code)
    assert v.verdict == "AC", v.message
    _still_works(judge, problem)


def test_environment_is_scrubbed(judge, make_problem, monkeypatch):
    problem = make_problem()
    os.environ["MIANJING_TEST_SECRET"] = "hunter2"
    try:
        code = ("import os\ndef f(x):\n"
                "    assert 'MIANJING_TEST_SECRET' not in os.environ\n"
                "    assert not any('hunter2' in v for v in os.environ.values())\n"
                "    return x * 2\n")
        assert judge.judge(problem, code).verdict == "AC"
    finally:
        del os.environ["MIANJING_TEST_SECRET"]


def test_runs_as_unprivileged_user(judge, make_problem):
    code = "import os\ndef f(x):\n    assert os.getuid() != 0 and os.geteuid() != 0\n    return x * 2\n"
    problem = make_problem()
    pool = judge.pools.get(problem.runtime)
    pool.start()
    if os.getuid() == 0 and not pool.zygote.info.get("drops_uid"):
        pytest.skip("the Python installation is not readable by nobody (process mode)")
    assert judge.judge(problem, code).verdict == "AC"


def test_threads_are_allowed(judge, make_problem):
    code = (
        "import threading\n"
        "def f(x):\n"
        "    out = []\n"
        "    ts = [threading.Thread(target=out.append, args=(i,)) for i in range(4)]\n"
        "    [t.start() for t in ts]\n"
        "    [t.join() for t in ts]\n"
        "    assert sorted(out) == [0, 1, 2, 3]\n"
        "    return x * 2\n"
    )
    assert judge.judge(make_problem(), code).verdict == "AC"


def test_writing_files_is_limited(judge, make_problem):
    code = ("def f(x):\n    with open('big.bin', 'wb') as fh:\n"
            "        fh.write(b'0' * (50 * 1024 * 1024))\n    return x * 2\n")
    assert judge.judge(make_problem(), code).verdict != "AC"


def test_killed_zygote_is_replaced(judge, make_problem):
    problem = make_problem()
    pool = judge.pools.get(problem.runtime)
    pool.start()
    pool.zygote.process.kill()
    pool.zygote.process.wait()
    _still_works(judge, problem)


def test_timed_case_inputs_are_not_in_the_child_before_its_clock_starts(judge, softmax):
    """Large inputs may be prepared in the zygote, but never a timed case's: a child holding
    them while loading could compute their answers unclocked and replay them when timed."""
    judge.judge(softmax, softmax.solution)  # lets the judge prepare whatever it prepares
    code = softmax.solution + (
        "\nimport gc\nimport numpy as _np\n"
        "print('shapes', sorted({tuple(o.shape) for o in gc.get_objects()\n"
        "                        if isinstance(o, _np.ndarray) and o.size >= 4096}))\n")
    v = judge.judge(softmax, code)
    assert v.verdict == "AC", v.message
    assert "shapes" in v.stdout and "(500, 512)" not in v.stdout


def test_timed_case_cpu_cannot_be_hidden_in_a_thread(judge, softmax):
    """The clock is the whole process's: work done in a helper thread that has already
    finished still counts against the complexity guard."""
    slow = (softmax.path / "wrong_solutions" / "python_loop_rows.py").read_text()
    code = slow.replace("def softmax(x, axis=-1):", "def _slow(x, axis=-1):") + (
        "\nimport threading\n"
        "def softmax(x, axis=-1):\n"
        "    box = []\n"
        "    t = threading.Thread(target=lambda: box.append(_slow(x, axis)))\n"
        "    t.start(); t.join()\n"
        "    return box[0]\n")
    v = judge.judge(softmax, code)
    assert v.verdict == "TLE", v.message
