"""Store each question's wording key, so a new ingest run loads the cluster index instead of
normalising every stored question again (seconds at 10^5 questions).

Revision ID: 0004_question_keys
Revises: 0003_review
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_question_keys"
down_revision = "0003_review"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    op.add_column("questions", sa.Column("key", sa.Text, nullable=True))
    from mianjing.ingest.cluster import wording_key

    questions = sa.table("questions", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                         sa.column("key", sa.Text))
    bind = op.get_bind()
    last_id = 0
    while True:
        rows = bind.execute(sa.select(questions.c.id, questions.c.text)
                            .where(questions.c.id > last_id)
                            .order_by(questions.c.id).limit(_BATCH)).all()
        if not rows:
            break
        bind.execute(questions.update().where(questions.c.id == sa.bindparam("qid"))
                     .values(key=sa.bindparam("qkey")),
                     [{"qid": qid, "qkey": wording_key(text)} for qid, text in rows])
        last_id = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.drop_column("key")
