"""One module per capability; each function opens its own transaction and returns plain data."""
