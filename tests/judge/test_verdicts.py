"""Each verdict, from the judge's public API, with the message a candidate would read."""

import time

import numpy as np
import pytest

from mianjing.judge import checkers
from mianjing.judge.describe import describe


def test_reference_gets_ac(judge, make_problem):
    problem = make_problem()
    v = judge.judge(problem, problem.solution)
    assert v.verdict == "AC" and v.passed == v.total == 2


def test_wrong_answer_names_case_and_error(judge, make_problem):
    problem = make_problem()
    v = judge.judge(problem, "def f(x):\n    return x * 3\n")
    assert v.verdict == "WA"
    assert v.cases[0].verdict == "WA" and "expected" in v.cases[0].message
    assert "given:" in v.cases[0].message and "max abs error" in v.cases[0].message


def test_zeros_do_not_pass_an_explicit_expected(judge, make_problem):
    problem = make_problem()
    v = judge.judge(problem, "import numpy as np\ndef f(x):\n    return np.zeros_like(x)\n")
    assert v.verdict == "WA"


def test_wrong_dtype_and_shape_are_reported(judge, make_problem):
    problem = make_problem()
    v = judge.judge(problem, "def f(x):\n    return (x * 2).astype('float32')\n")
    assert v.verdict == "WA" and "dtype float32" in v.message
    v = judge.judge(problem, "def f(x):\n    return (x * 2).reshape(-1)[:2]\n")
    assert v.verdict == "WA" and "shape" in v.message


def test_runtime_error_shows_only_user_frames(judge, make_problem):
    problem = make_problem()
    code = "def helper(x):\n    return x[100]\n\ndef f(x):\n    return helper(x)\n"
    v = judge.judge(problem, code, filename="mine.py")
    assert v.verdict == "RE"
    assert 'File "mine.py", line 2, in helper' in v.message
    assert "IndexError" in v.message and "runner.py" not in v.message


def test_syntax_error_is_ce_with_line(judge, make_problem):
    v = judge.judge(make_problem(), "def f(x)\n    return x\n")
    assert v.verdict == "CE" and "line 1" in v.message


def test_forbidden_call_is_ce_before_running(judge, make_problem):
    problem = make_problem(forbidden=["numpy.multiply"])
    v = judge.judge(problem, "import numpy as np\ndef f(x):\n    return np.multiply(x, 2)\n")
    assert v.verdict == "CE" and "numpy.multiply" in v.message and "line 3" in v.message


def test_missing_function_is_re_with_name(judge, make_problem):
    v = judge.judge(make_problem(), "def g(x):\n    return x\n")
    assert v.verdict == "RE" and "'f'" in v.message


def test_infinite_loop_gets_tle_within_limit(judge, make_problem):
    problem = make_problem(time_limit_ms=800)
    start = time.monotonic()
    v = judge.judge(problem, "def f(x):\n    while True:\n        pass\n")
    assert v.verdict == "TLE"
    assert time.monotonic() - start < 5.0


def test_memory_bomb_gets_mle(judge, make_problem):
    problem = make_problem(memory_limit_mb=64)
    code = "import numpy as np\ndef f(x):\n    big = np.ones((1024, 1024, 256))\n    return x * 2\n"
    v = judge.judge(problem, code)
    assert v.verdict == "MLE"


def test_list_memory_bomb_gets_mle(judge, make_problem):
    problem = make_problem(memory_limit_mb=64)
    code = "def f(x):\n    a = []\n    while True:\n        a.append(' ' * 10**6)\n"
    v = judge.judge(problem, code)
    assert v.verdict == "MLE"


def test_sys_exit_is_runtime_error(judge, make_problem):
    v = judge.judge(make_problem(), "import sys\ndef f(x):\n    sys.exit(0)\n")
    assert v.verdict == "RE"


def test_hard_exit_is_runtime_error_not_hang(judge, make_problem):
    v = judge.judge(make_problem(), "import os\ndef f(x):\n    os._exit(0)\n")
    assert v.verdict == "RE" and "exited early" in v.message


def test_huge_output_is_ole(judge, make_problem):
    problem = make_problem(memory_limit_mb=1024)
    code = "import numpy as np\ndef f(x):\n    return np.ones(10_000_000)\n"
    v = judge.judge(problem, code)
    assert v.verdict == "OLE" and "output size limit" in v.message


def test_printing_is_captured_and_capped(judge, make_problem):
    code = "def f(x):\n    print('hello' * 100000)\n    return x * 2\n"
    v = judge.judge(make_problem(), code)
    assert v.verdict == "AC"
    assert v.stdout.startswith("hello") and len(v.stdout) < 20_000


def test_import_time_error_is_reported_as_loading(judge, make_problem):
    v = judge.judge(make_problem(), "raise ValueError('boom')\ndef f(x):\n    return x\n")
    assert v.verdict == "RE" and "while loading your code" in v.message and "boom" in v.message


def test_unsupported_return_type_is_explained(judge, make_problem):
    v = judge.judge(make_problem(), "def f(x):\n    return object()\n")
    assert v.verdict == "RE" and "cannot send back" in v.message


def test_checker_messages_for_nan():
    check = checkers.allclose()
    try:
        check(np.array([np.nan, 1.0]), np.array([0.5, 1.0]))
    except checkers.Mismatch as exc:
        assert "NaN" in str(exc)
    else:
        raise AssertionError("NaN output accepted")


def test_describe_summarises_large_arrays():
    text = describe(np.zeros((100, 100)))
    assert "shape=(100, 100)" in text and len(text) < 200


def test_json_contract_fields(judge, make_problem):
    v = judge.judge(make_problem(), "def f(x):\n    return x * 2\n", seed=3)
    data = v.to_json()
    for key in ("problem", "verdict", "passed", "total", "time_ms", "cases", "seed"):
        assert key in data
    assert set(data["cases"][0]) >= {"name", "verdict", "time_ms", "message"}


def test_same_seed_same_cases(judge, make_problem):
    problem = make_problem()
    a = judge.build_cases(problem, 7)
    b = judge.build_cases(problem, 7)
    np.testing.assert_array_equal(a[1].args[0], b[1].args[0])


@pytest.mark.parametrize(("got", "expected", "words"), [
    (np.array([5.0, 1.0]), np.array([np.inf, 1.0]), "infinite"),  # |5 - inf| <= rtol * inf
    (np.array([np.inf, 1.0]), np.array([1e308, 1.0]), "infinite"),
    (np.array([1.0, np.nan]), np.array([1.0, 2.0]), "NaN"),
    (np.array([1.0, 2.1]), np.array([1.0, 2.0]), "outside tolerance"),
])
def test_checker_rejects_what_only_looks_close(got, expected, words):
    with pytest.raises(checkers.Mismatch, match=words):
        checkers.allclose(rtol=1e-6, atol=1e-8)(got, expected, None)


def test_checker_accepts_matching_infinities_and_float32_within_tolerance():
    check = checkers.allclose(rtol=1e-4, atol=1e-6)
    check(np.array([np.inf, -np.inf, 1.0]), np.array([np.inf, -np.inf, 1.0]), None)
    check(np.array([1.00001, 2.0], np.float32), np.array([1.0, 2.0], np.float32), None)


def test_source_too_deep_to_walk_is_a_compile_error(judge, catalog):
    # 1000 unary minuses parse, but walking the tree for forbidden calls exceeds the
    # recursion limit: a CE, not an exception out of the judge.
    code = "def softmax(x, axis=-1):\n    return " + "-" * 1000 + "x\n"
    v = judge.judge(catalog.get("softmax"), code)
    assert v.verdict == "CE" and "nested too deeply" in v.message
