"""Flask extensions, created unbound and initialised by the app factory."""

from __future__ import annotations

from flask_babel import Babel
from flask_limiter import Limiter
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    # Stable constraint names so Alembic migrations are identical on SQLite and PostgreSQL.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def _no_client_identity() -> str:
    # Residents' IP addresses are never kept, not even in a rate-limit store: every limit
    # names its own key (a session token or a keyed hash), and this default is never used alone.
    return "testigo"


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
babel = Babel()
limiter = Limiter(key_func=_no_client_identity, default_limits=[])
