"""Dialogs for supervision, training and survey records."""
