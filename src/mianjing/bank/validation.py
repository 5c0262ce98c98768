"""Validating the bank: schema, links, and that every seed question resolves to its entry."""

from __future__ import annotations

import tomllib
from pathlib import Path

from mianjing.catalog.bank import BANK_DIR, Bank

COVERAGE_FILE = BANK_DIR / "seed_coverage.toml"
MIN_ENTRIES = 300


def seed_coverage_errors(bank: Bank, path: Path = COVERAGE_FILE) -> list[str]:
    from mianjing.bank.matching import match_entry

    if not path.is_file():
        return [f"{path}: missing (the list of seed questions the bank must answer)"]
    errors = []
    for item in tomllib.loads(path.read_text(encoding="utf-8"))["question"]:
        expected = item["entry"]
        if expected not in bank:
            errors.append(f"seed {item['seed']}: {item['text']!r} maps to missing entry "
                          f"{expected!r}")
            continue
        link = match_entry(item["text"])
        if link is None:
            errors.append(f"seed {item['seed']}: {item['text']!r} does not resolve to any entry "
                          f"(expected {expected}); add the wording to its aliases")
        elif link.key != expected:
            errors.append(f"seed {item['seed']}: {item['text']!r} resolves to {link.key}, "
                          f"expected {expected}")
    return errors


def validate_bank(problem_slugs: set[str]) -> list[str]:
    bank = Bank()
    errors = list(bank.errors) + bank.link_errors(problem_slugs)
    if len(bank) < MIN_ENTRIES:
        errors.append(f"bank has {len(bank)} entries; at least {MIN_ENTRIES} are expected")
    return errors + seed_coverage_errors(bank)
