"""The registry's dialogs: enrolment flow, person detail, status changes, caregiver links."""
