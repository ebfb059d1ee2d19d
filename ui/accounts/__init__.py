"""Accounts and staff: who signs in, with which role, and their passwords."""
