import pytest

from mianjing.catalog import Catalog, CatalogError, load_problem
from mianjing.content.scaffold import ScaffoldError, scaffold


def test_unknown_slug_suggests_close_names():
    with pytest.raises(CatalogError, match="did you mean softmax"):
        Catalog().get("softmx")


def test_invalid_meta_names_file_and_field(tmp_path):
    path = scaffold(tmp_path, "my-problem", framework="numpy")
    text = (path / "meta.toml").read_text().replace('difficulty = "medium"', 'difficulty = "brutal"')
    (path / "meta.toml").write_text(text)
    with pytest.raises(CatalogError, match=r"meta.toml: difficulty"):
        load_problem(path)


def test_unknown_topic_rejected(tmp_path):
    path = scaffold(tmp_path, "my-problem")
    text = (path / "meta.toml").read_text().replace('"dl_basics"', '"astrology"')
    (path / "meta.toml").write_text(text)
    with pytest.raises(CatalogError, match="unknown topics"):
        load_problem(path)


def test_scaffold_produces_loadable_problem_and_refuses_bad_slugs(tmp_path):
    problem = load_problem(scaffold(tmp_path, "kv-cache-2", framework="torch", kind="ml"))
    assert problem.meta.framework == "torch" and problem.meta.entry_points == ["kv_cache_2"]
    with pytest.raises(ScaffoldError):
        scaffold(tmp_path, "Bad Slug")
    with pytest.raises(ScaffoldError, match="already exists"):
        scaffold(tmp_path, "kv-cache-2")


def test_missing_files_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(CatalogError, match="missing problem.md"):
        load_problem(tmp_path / "empty")
