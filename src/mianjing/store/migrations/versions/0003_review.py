"""Spaced-repetition review: FSRS cards and review logs.

Revision ID: 0003_review
Revises: 0002_ingest
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_review"
down_revision = "0002_ingest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_cards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_type", sa.String(10), nullable=False),
        sa.Column("item_key", sa.String(100), nullable=False),
        sa.Column("topic", sa.String(20), nullable=False),
        sa.Column("fsrs", sa.JSON, nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reps", sa.Integer, nullable=False, server_default="0"),
        sa.Column("lapses", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("item_type", "item_key", name="uq_review_cards_item"),
    )
    op.create_index("ix_review_cards_topic", "review_cards", ["topic"])
    op.create_index("ix_review_cards_due", "review_cards", ["due"])
    op.create_table(
        "review_logs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("card_id", sa.Integer, sa.ForeignKey("review_cards.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_ms", sa.Integer, nullable=True),
        sa.Column("answer", sa.Text, nullable=False, server_default=""),
        sa.Column("covered", sa.JSON, nullable=False),
    )
    op.create_index("ix_review_logs_card_id", "review_logs", ["card_id"])
    op.create_index("ix_review_logs_reviewed_at", "review_logs", ["reviewed_at"])


def downgrade() -> None:
    op.drop_table("review_logs")
    op.drop_table("review_cards")
