"""Entry point: the desktop application by default, sub-commands for scripted work."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Runs the command line when given arguments, otherwise the desktop application."""
    args = sys.argv[1:] if argv is None else argv
    from app.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
