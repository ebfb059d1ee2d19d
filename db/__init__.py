"""Storage: SQLAlchemy models, engine and session setup, backups. No Qt here."""
