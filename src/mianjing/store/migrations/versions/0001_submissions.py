"""Judge submissions.

Revision ID: 0001_submissions
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_submissions"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("problem", sa.String(100), nullable=False),
        sa.Column("verdict", sa.String(8), nullable=False),
        sa.Column("passed", sa.Integer, nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("time_ms", sa.Float, nullable=False),
        sa.Column("seed", sa.Integer, nullable=True),
        sa.Column("source_name", sa.String(255), nullable=False, server_default=""),
        sa.Column("code", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False, server_default=""),
        sa.Column("cases", sa.JSON, nullable=False),
        sa.Column("sandbox", sa.String(20), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_submissions_problem", "submissions", ["problem"])
    op.create_index("ix_submissions_created_at", "submissions", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_submissions_created_at", "submissions")
    op.drop_index("ix_submissions_problem", "submissions")
    op.drop_table("submissions")
