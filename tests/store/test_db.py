from sqlalchemy import create_engine, inspect

from mianjing.judge.verdict import CaseResult, Verdict
from mianjing.store import db


def test_fresh_database_is_migrated_to_head(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    engine = db.get_engine(url)
    assert db.current_revision(engine) == db.HEAD_REVISION
    assert "submissions" in inspect(engine).get_table_names()


def test_migrations_downgrade_cleanly(tmp_path):
    from alembic import command
    from alembic.config import Config

    url = f"sqlite:///{tmp_path / 'b.db'}"
    db.get_engine(url)
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    command.downgrade(config, "base")
    assert "submissions" not in inspect(create_engine(url)).get_table_names()


def test_record_and_history_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("MIANJING_DATABASE_URL", f"sqlite:///{tmp_path / 'c.db'}")
    from mianjing.store import submissions

    verdict = Verdict("softmax", "WA", 3, 5, 12.5, [CaseResult("a", "AC", 0.1, "")],
                      "a: wrong", seed=7, sandbox="bwrap")
    row_id = submissions.record(verdict, "print(1)", "x.py")
    rows = submissions.history("softmax")
    assert rows[0].id == row_id and rows[0].verdict == "WA" and rows[0].passed == 3
    assert rows[0].cases == [{"name": "a", "verdict": "AC", "time_ms": 0.1}]
    assert submissions.history("other") == []
