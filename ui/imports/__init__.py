"""Importing rosters and survey answers from CSV or Excel files, with a preview first."""
