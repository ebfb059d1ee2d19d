"""PySide6 widgets, item models and dialogs. No SQL and no business rules here."""
