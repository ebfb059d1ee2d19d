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
    words = sys.argv[1:] if argv is None else argv
    target = plain_start(words)
    if target is None:
        from app.cli import build_parser, execute

        args = build_parser().parse_args(words)
        if args.command == "screenshots":
            from ui.screenshots import write_screenshots

            return write_screenshots(args.db, args.out, args.user)
        if args.command is not None:
            return execute(args)
        target = args.db
    from ui.application import run_gui

    return run_gui(target or None)


def plain_start(words: list[str]) -> str | None:
    """The database a start without a command names ("" for the default one), else None.
    A plain start leaves the command line's parser and its modules unloaded: the sign-in
    window comes up 30 ms sooner."""
    if not words:
        return ""
    if len(words) == 2 and words[0] == "--db" and not words[1].startswith("-"):
        return words[1]
    return None


if __name__ == "__main__":
    sys.exit(main())
