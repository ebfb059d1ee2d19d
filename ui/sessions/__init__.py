"""Session planning: the plan dialog, the activity library chooser and the calendar."""
