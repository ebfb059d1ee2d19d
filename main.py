"""Entry point: the desktop application by default, sub-commands for scripted work."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """The desktop application without a command; window-free commands run in app.cli.

    Everything the program writes holds participant data: files and folders it makes are
    its user's only (0600 / 0700 on Linux and macOS), SQLite's own files included.
    """
    from db.files import owner_only_umask

    owner_only_umask()
    from app.cli import build_parser, execute

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from ui.application import run_gui

        return run_gui(args.db)
    if args.command == "screenshots":
        from ui.screenshots import write_screenshots

        return write_screenshots(args.db, args.out, args.user)
    return execute(args)


if __name__ == "__main__":
    sys.exit(main())
