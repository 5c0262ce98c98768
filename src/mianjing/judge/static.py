"""Static checks on a submission's syntax tree, run in the judge before anything executes.

Forbidden names are written as:

* ``"torch.softmax"`` — a dotted path; any expression that resolves to it (through
  ``import torch as t``, ``from torch import softmax as s``, ``getattr(torch, "softmax")``)
  or to something below it is rejected; ``"scipy"`` forbids the whole package;
* ``".sort"`` — any attribute of that name (method calls such as ``xs.sort()``);
* ``"sorted"`` — a builtin name, unless the submission defines that name itself; a bare
  name also forbids the module of that name and everything in it (``"torch"``).

When a problem forbids anything, dynamic lookups that could hide a forbidden name
(``eval``, ``exec``, ``__import__``, ``getattr`` with a computed name, ``importlib``) are
rejected too: a check that a string concatenation defeats would not be a check.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

MAX_SOURCE_BYTES = 256 * 1024
_DYNAMIC = {"eval", "exec", "compile", "__import__", "globals", "vars", "locals"}


@dataclass(frozen=True)
class StaticIssue:
    line: int
    message: str


class SourceRejected(ValueError):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def parse(code: str, filename: str = "solution.py") -> ast.Module:
    """Parse a submission; SourceRejected carries a CE message with the line."""
    if len(code.encode("utf-8", errors="replace")) > MAX_SOURCE_BYTES:
        raise SourceRejected(None, f"source is larger than {MAX_SOURCE_BYTES // 1024} KB")
    if "\x00" in code:
        raise SourceRejected(None, "source contains NUL bytes")
    try:
        return ast.parse(code, filename=filename)
    except SyntaxError as exc:
        where = f"line {exc.lineno}" + (f", column {exc.offset}" if exc.offset else "")
        text = f": {exc.text.strip()}" if exc.text else ""
        raise SourceRejected(exc.lineno, f"SyntaxError: {exc.msg} ({where}){text}") from exc
    except (ValueError, RecursionError, MemoryError) as exc:
        raise SourceRejected(None, f"cannot parse the source: {exc}") from exc


class _Resolver(ast.NodeVisitor):
    def __init__(self, forbidden: list[str]):
        # A bare name ("torch", "sorted") is both a module prefix and a builtin.
        self.paths = [f for f in forbidden if not f.startswith(".")]
        self.attrs = {f[1:] for f in forbidden if f.startswith(".")}
        self.bare = {f for f in forbidden if "." not in f}
        self.aliases: dict[str, str] = {}
        self.defined: set[str] = set()
        self.issues: list[StaticIssue] = []

    # --- name bookkeeping -------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                top = alias.name.split(".")[0]
                self.aliases[top] = top
            self._check_path(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        for alias in node.names:
            if alias.name == "*":
                if self._touches(module):
                    self._flag(node.lineno, f"'from {module} import *' is not allowed here")
                continue
            full = f"{module}.{alias.name}" if module else alias.name
            self.aliases[alias.asname or alias.name] = full
            self._check_path(full, node.lineno)

    def _record_target(self, target: ast.AST) -> None:
        for sub in ast.walk(target):
            if isinstance(sub, ast.Name):
                self.defined.add(sub.id)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.defined.add(node.name)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.defined.add(node.name)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for t in node.targets:
            self._record_target(t)
        self.generic_visit(node)

    # --- checks ---------------------------------------------------------------------------
    def _flag(self, line: int, message: str) -> None:
        self.issues.append(StaticIssue(line, message))

    def _touches(self, path: str) -> bool:
        return any(f == path or f.startswith(path + ".") or path.startswith(f + ".")
                   for f in self.paths)

    def _check_path(self, path: str, line: int) -> None:
        for f in self.paths:
            if path == f or path.startswith(f + "."):
                self._flag(line, f"use of {f} is not allowed in this problem")
                return

    def _dotted(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self._dotted(node.value)
            return f"{base}.{node.attr}" if base else None
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "getattr" and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            base = self._dotted(node.args[0])
            return f"{base}.{node.args[1].value}" if base else None
        return None

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in self.attrs:
            self._flag(node.lineno, f"'.{node.attr}' is not allowed in this problem")
        path = self._dotted(node)
        if path:
            self._check_path(path, node.lineno)
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load) and node.id in self.bare and node.id not in self.defined:
            self._flag(node.lineno, f"'{node.id}' is not allowed in this problem")
        if isinstance(node.ctx, ast.Load) and node.id in _DYNAMIC and node.id not in self.defined:
            self._flag(node.lineno, f"'{node.id}' is not allowed in a problem with forbidden calls")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr", "delattr") \
                and node.func.id not in self.defined:
            name_arg = node.args[1] if len(node.args) >= 2 else None
            if not (isinstance(name_arg, ast.Constant) and isinstance(name_arg.value, str)):
                self._flag(node.lineno, f"{node.func.id} with a computed attribute name is not "
                                        "allowed in a problem with forbidden calls")
            else:
                if name_arg.value in self.attrs:
                    self._flag(node.lineno, f"'.{name_arg.value}' is not allowed in this problem")
                path = self._dotted(node)
                if path:
                    self._check_path(path, node.lineno)
        self.generic_visit(node)


def forbidden_uses(tree: ast.Module, forbidden: list[str]) -> list[StaticIssue]:
    """Every use of a forbidden name, in source order (empty when nothing is forbidden)."""
    if not forbidden:
        return []
    resolver = _Resolver(forbidden)
    # Definitions anywhere in the module shadow builtins everywhere: collect them first.
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            resolver.defined.add(node.name)
    resolver.visit(tree)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) \
                else [node.module or ""]
            if any(n.split(".")[0] in ("importlib", "builtins") for n in names):
                resolver._flag(node.lineno, "importlib/builtins are not allowed in a problem with "
                                            "forbidden calls")
    seen: set[tuple[int, str]] = set()
    unique = []
    for issue in sorted(resolver.issues, key=lambda i: i.line):
        key = (issue.line, issue.message)
        if key not in seen:
            seen.add(key)
            unique.append(issue)
    return unique
