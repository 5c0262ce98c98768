"""面经 ingestion: documents, posts, rounds, clusters, questions.

Revision ID: 0002_ingest
Revises: 0001_submissions
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_ingest"
down_revision = "0001_submissions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.String(1000), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.String(500), nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("company", sa.String(100), nullable=True),
        sa.Column("position", sa.String(200), nullable=True),
    )
    op.create_index("ix_posts_document_id", "posts", ["document_id"])
    op.create_index("ix_posts_company", "posts", ["company"])
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("post_id", sa.Integer, sa.ForeignKey("posts.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("name", sa.String(20), nullable=True),
        sa.Column("duration_min", sa.Integer, nullable=True),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("outcome", sa.String(10), nullable=True),
    )
    op.create_index("ix_rounds_post_id", "rounds", ["post_id"])
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("canonical", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("topic", sa.String(20), nullable=False),
        sa.Column("leetcode", sa.Integer, nullable=True),
        sa.Column("problem", sa.String(100), nullable=True),
        sa.Column("bank", sa.String(100), nullable=True),
    )
    op.create_index("ix_clusters_key", "clusters", ["key"])
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("rounds.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("topic", sa.String(20), nullable=False),
        sa.Column("leetcode", sa.Integer, nullable=True),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id"), nullable=False),
        sa.Column("problem", sa.String(100), nullable=True),
        sa.Column("bank", sa.String(100), nullable=True),
    )
    op.create_index("ix_questions_round_id", "questions", ["round_id"])
    op.create_index("ix_questions_kind", "questions", ["kind"])
    op.create_index("ix_questions_topic", "questions", ["topic"])
    op.create_index("ix_questions_cluster_id", "questions", ["cluster_id"])


def downgrade() -> None:
    for table in ("questions", "clusters", "rounds", "posts", "documents"):
        op.drop_table(table)
