"""Opening the database and bringing its schema to the latest migration.

SQLite in the data directory by default; ``MIANJING_DATABASE_URL`` selects another database.
Alembic is imported only when the stored revision is behind, so commands on an up-to-date
database do not pay for it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from mianjing.paths import ensure_data_dir

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0004_question_keys"


def database_url() -> str:
    url = os.environ.get("MIANJING_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{ensure_data_dir() / 'mianjing.db'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def get_engine(url: str | None = None) -> Engine:
    """The engine for ``url`` (default: the configured database), migrated to head."""
    return _engine(url or database_url())


@lru_cache(maxsize=8)
def _engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if current_revision(engine) != HEAD_REVISION:
        upgrade(engine)
    return engine


def session(url: str | None = None) -> Session:
    return sessionmaker(get_engine(url), expire_on_commit=False)()
