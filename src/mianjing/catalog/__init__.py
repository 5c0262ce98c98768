"""Loading and validating content shipped as data: judge problems and 八股 bank entries."""

from mianjing.catalog.problems import (
    PROBLEMS_DIR,
    REQUIRED_FILES,
    TOPICS,
    Asked,
    Catalog,
    CatalogError,
    Problem,
    ProblemMeta,
    Titles,
    load_problem,
)

__all__ = [
    "PROBLEMS_DIR", "REQUIRED_FILES", "TOPICS", "Asked", "Catalog", "CatalogError", "Problem",
    "ProblemMeta", "Titles", "load_problem",
]
