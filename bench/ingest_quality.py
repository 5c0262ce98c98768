"""Extraction quality on the labelled set: question P/R/F1 and attribute accuracy, with misses.

    python bench/ingest_quality.py [--gold tests/ingest/gold] [--heldout DIR] [--misses 40]
                                   [--no-link]

Seed labels are scored when the seed posts are found ($MIANJING_SEEDS or ../shared/seeds);
the posts written for the labelled set (tests/ingest/posts) are always scored.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mianjing.ingest.evaluate import ATTRIBUTES, evaluate

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "ingest" / "gold")
    parser.add_argument("--heldout", type=Path, nargs="*",
                        default=[ROOT / "tests" / "ingest" / name / "gold"
                                 for name in ("heldout", "heldout2", "heldout3")])
    parser.add_argument("--misses", type=int, default=40, help="misses to print per kind")
    parser.add_argument("--no-link", action="store_true", help="skip bank/problem linking")
    args = parser.parse_args()

    report, skipped = evaluate(args.gold.glob("*.json"), link=not args.no_link)
    for name in skipped:
        print(f"skipped {name}: its source is not on this machine")
    print(f"{'file':32} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for f in report.files:
        p = len(f.pairs) / max(1, len(f.predicted))
        r = len(f.pairs) / max(1, len(f.gold))
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{f.name:32} {len(f.gold):5} {len(f.predicted):5} {len(f.pairs):5} "
              f"{p:6.3f} {r:6.3f} {f1:6.3f}")
    print(f"\nquestions: precision {report.precision:.3f}  recall {report.recall:.3f}  "
          f"F1 {report.f1:.3f}")
    for heldout in args.heldout:
        if not heldout.is_dir() or heldout.resolve() == args.gold.resolve():
            continue
        held, _ = evaluate(heldout.glob("*.json"), link=False)
        print(f"held-out set {heldout.parent.name} ({len(held.files)} files, labelled by a helper "
              f"that never saw the extractor): precision {held.precision:.3f}  "
              f"recall {held.recall:.3f}  F1 {held.f1:.3f}  (--gold {heldout} for its misses)")
    for attribute in ATTRIBUTES:
        print(f"{attribute:>9} accuracy on matched questions: {report.accuracy(attribute):.3f}")

    print("\n--- missed (labelled, not extracted) ---")
    for f in report.files:
        for item in f.missed[:args.misses]:
            print(f"  {f.name}: {item.text}")
    print("\n--- spurious (extracted, not labelled) ---")
    for f in report.files:
        for item in f.spurious[:args.misses]:
            print(f"  {f.name}: {item.text}")
    for attribute in ATTRIBUTES:
        wrong = report.confusions(attribute)
        if wrong:
            print(f"\n--- {attribute} mistakes ({len(wrong)}) ---")
            for gold, predicted in wrong[:args.misses]:
                print(f"  {gold.text[:50]!r}: labelled {getattr(gold, attribute)!r}, "
                      f"got {getattr(predicted, attribute)!r}")


if __name__ == "__main__":
    main()
