"""tickets keep a community area, when it happened and how their incident was linked;
pattern_keys hold hashed badge numbers, names and plates

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 10:00:00

"""
from alembic import op
import sqlalchemy as sa



# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('incident_source', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('community_area', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_tickets_community_area'), ['community_area'], unique=False)

    op.create_table('pattern_keys',
    sa.Column('ticket_id', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_pattern_keys_ticket_id_tickets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('ticket_id', 'kind', 'key', name=op.f('pk_pattern_keys'))
    )
    with op.batch_alter_table('pattern_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pattern_keys_key'), ['key'], unique=False)


def downgrade():
    with op.batch_alter_table('pattern_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pattern_keys_key'))
    op.drop_table('pattern_keys')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tickets_community_area'))
        batch_op.drop_column('occurred_at')
        batch_op.drop_column('community_area')
        batch_op.drop_column('incident_source')
