import pytest

from mianjing.judge.static import SourceRejected, forbidden_uses, parse

FORBID = ["torch.softmax", "torch.nn.functional.softmax", ".softmax", "sorted"]


def lines(code, forbidden=FORBID):
    return sorted({i.line for i in forbidden_uses(parse(code), forbidden)})


def test_catches_aliased_module_and_from_imports():
    code = ("import torch.nn.functional as F\nfrom torch import softmax as s\n"
            "def f(x):\n    return F.softmax(x, -1) + s(x, 0)\n")
    assert lines(code) == [2, 4]


def test_catches_method_call_and_getattr_with_literal():
    assert lines("import torch\ndef f(x):\n    return x.softmax(-1)\n") == [3]
    assert lines("import torch\ng = getattr(torch, 'softmax')\n") == [2]


def test_rejects_computed_getattr_and_eval_when_anything_is_forbidden():
    assert lines("import torch\ng = getattr(torch, 'soft' + 'max')\n") == [2]
    assert lines("eval('1')\n") == [1]
    assert lines("import importlib\n") == [1]


def test_builtin_forbidden_unless_user_defines_it():
    assert lines("x = sorted([2, 1])\n") == [1]
    assert lines("def sorted(xs):\n    return xs\nx = sorted([2, 1])\n") == []


def test_nothing_forbidden_means_no_checks():
    assert forbidden_uses(parse("eval('1')\n"), []) == []


def test_syntax_error_reports_line():
    with pytest.raises(SourceRejected) as info:
        parse("def f(:\n    pass\n")
    assert info.value.line == 1 and "SyntaxError" in info.value.message


def test_oversized_source_rejected():
    with pytest.raises(SourceRejected, match="larger than"):
        parse("x = 1\n" * 100_000)
