"""Every shipped problem validates: schema, statement, reference AC, every mutant rejected."""

import pytest

from mianjing.catalog import Catalog
from mianjing.judge.validation import validate_problem

CATALOG = Catalog()
SLUGS = [p.slug for p in CATALOG.problems()]


def test_catalog_loads_without_errors():
    assert CATALOG.errors == []
    assert {"softmax", "scaled-dot-product-attention", "layer-norm", "top-p-sampling",
            "merge-intervals"} <= set(SLUGS)


@pytest.mark.parametrize("slug", SLUGS)
def test_problem_validates(judge, slug):
    report = validate_problem(judge, CATALOG.get(slug))
    assert report.ok, "\n".join(report.errors)


@pytest.mark.parametrize("slug", SLUGS)
def test_problem_metadata_names_where_it_was_asked(slug):
    assert CATALOG.get(slug).meta.asked, f"{slug}: meta.toml has no [[asked]] entry"
