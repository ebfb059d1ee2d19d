"""The registry's dialogs: the enrolment flow and status changes."""
