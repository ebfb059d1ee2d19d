"""Alembic migrations of the service record; the app upgrades to head on open."""
