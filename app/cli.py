"""The command line: scripted set-up, imports, demo data, checks and backups.

Every command opens the database (upgrading it), calls services and prints plain text.
A user's mistake prints one line to stderr and exits with 1; never a traceback.

An encrypted database opens with ``--user NAME`` and that user's password, read from
PEER_SUPPORT_PASSWORD or asked for; ``recover`` opens it with the recovery key instead.
Every command acts as the signed-in account (``args.account``) and the services refuse
what its role may not do. A database with any account needs ``--user`` for every command;
a scratch database without accounts acts as ``permissions.LOCAL`` (``LOCAL_HUB`` on a
project manager's database).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_rekey import add_rekey_command
from app.errors import UserError, storage_error
from app.support import app_version

if TYPE_CHECKING:  # imported by ``execute``: the desktop path parses arguments without them
    from app.permissions import Account
    from app.site_door import SiteDoor
    from db.database import Database

Handler = Callable[["Database", argparse.Namespace], int]


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _init(db: Database, args: argparse.Namespace) -> int:
    from app.services import site

    if args.project:
        from app.exchange.project import init_site_with_project

        fingerprint = init_site_with_project(db, args.site, args.name, Path(args.project))
        print(f"Site {args.site} ({args.name}) is set up for the project.")
        print(f"Its key fingerprint, for the project manager to confirm: {fingerprint}")
        return 0
    site.init_site(db, args.site, args.name)
    print(f"Site {args.site} ({args.name}) is set up.")
    return 0


def _init_encrypted(door: SiteDoor, args: argparse.Namespace) -> int:
    """Creates the site encrypted, with the first community doctor's account and a recovery
    key: written as a recovery sheet, or shown once here."""
    from app.services import accounts, encryption
    from db.keyring import keyring_path

    if not args.user:
        raise UserError("name the first community doctor's account with --user NAME "
                        "(or add --unencrypted for a scratch database)")  # fmt: skip
    password = read_secret(PASSWORD_VARIABLE, f"New password for {args.user}: ", confirm=True)

    def fill(db: Database) -> None:
        _init(db, args)
        accounts.add_first_account(db, args.user, password, args.doctor_name or args.user)

    door.db, recovery = encryption.create_encrypted(door.file, args.user, password, fill)  # type: ignore[arg-type]
    print(f"The database is encrypted. Its key file {keyring_path(door.file)} "  # type: ignore[arg-type]
          "must be backed up with it.")  # fmt: skip
    _hand_over_recovery_key(door.db, recovery, args.recovery_sheet, args.lang)
    return 0


def _hand_over_recovery_key(db: Database, recovery: str, sheet: str | None, lang: str) -> None:
    """Writes the recovery sheet, or prints the key once when no sheet was asked for."""
    from app.services.encryption import write_recovery_sheet_for

    if sheet:
        try:
            write_recovery_sheet_for(db, recovery, Path(sheet), lang)
        except Exception as error:  # the key is in place: it must not be lost with the sheet
            refusal = storage_error(error, sheet)
            if refusal is None:
                raise
            print(f"The recovery sheet could not be written. Recovery key (shown only now; "
                  f"write it down and lock it away): {recovery}")  # fmt: skip
            raise refusal from error
        print(f"Recovery sheet written to {sheet}: print it, lock it away, then delete the file.")
    else:
        print(f"Recovery key (shown only now; write it down and lock it away): {recovery}")


def _recovery_sheet(db: Database, args: argparse.Namespace) -> int:
    from app.permissions import LOCAL, LOCAL_HUB
    from app.services.encryption import replace_recovery_key

    if args.account in (LOCAL, LOCAL_HUB):
        raise UserError("a new recovery key needs a community doctor: give --user NAME")
    if not args.out:
        recovery = replace_recovery_key(db, args.account)
        print("A new recovery key replaces the old one; the old sheet no longer opens the "
              "database.")  # fmt: skip
        _hand_over_recovery_key(db, recovery, None, args.lang)
        return 0
    _new_recovery_sheet(db, args.account, Path(args.out), args.lang)
    return 0


def _new_recovery_sheet(db: Database, actor: Account, out: Path, lang: str) -> None:
    """The sheet with a new key is written and checked beside its name first; only then
    does the key replace the old one, and the sheet take its name."""
    from app.output_files import check_output
    from app.services.encryption import replace_recovery_key, write_recovery_sheet_for
    from db import keyring
    from db.files import replaced_when_done

    check_output(out)
    recovery, replaced = keyring.new_recovery_key(), False
    try:
        with replaced_when_done(out) as partial:
            with open(partial, "wb") as handle:
                write_recovery_sheet_for(db, recovery, handle, lang)
            if not partial.read_bytes().startswith(b"%PDF"):
                raise UserError(f"the recovery sheet {out} could not be written")
            replace_recovery_key(db, actor, recovery)
            replaced = True
    except Exception:
        if replaced:  # the key is in place: it must not be lost with the sheet
            print(f"The recovery sheet could not be written. Recovery key (shown only now; "
                  f"write it down and lock it away): {recovery}")  # fmt: skip
        raise
    print("A new recovery key replaces the old one; the old sheet no longer opens the database.")
    print(f"Recovery sheet written to {out}: print it, lock it away, then delete the file.")


def _recover(door: SiteDoor, args: argparse.Namespace) -> int:
    """Sets a new password with the recovery key, for the day every password is forgotten."""
    recovery = args.recovery_key or read_secret(RECOVERY_VARIABLE, "Recovery key: ")
    password = read_secret(NEW_PASSWORD_VARIABLE, f"New password for {args.user}: ", confirm=True)
    door.recover(recovery, args.user, password)
    print(f"The password of {args.user} is set; it opens the database from now on.")
    return 0


def _sites_confirm(db: Database, args: argparse.Namespace) -> int:
    from app.exchange.merge import confirm_site

    confirm_site(db, args.account, args.code, args.fingerprint)
    print(f"Site {args.code} confirmed: its bundles are accepted from now on.")
    return 0


def _bundle_export(db: Database, args: argparse.Namespace) -> int:
    from app.exchange.bundle import export_bundle

    manifest = export_bundle(db, args.account, Path(args.out), full=args.full)
    rows = sum(manifest["counts"].values())
    print(f"Bundle {manifest['sequence']} of site {manifest['site']} written to {args.out}: "
          f"{rows} records.")  # fmt: skip
    return 0


def _bundle_import(db: Database, args: argparse.Namespace) -> int:
    from app.exchange.merge import import_bundles, missing_bundles

    receipt = import_bundles(db, args.account, [Path(f) for f in args.files],
                             validate_only=args.validate)  # fmt: skip
    print(receipt.summary())
    for line in missing_bundles(db):
        print(line)
    return 0


def _bundle_watch(db: Database, args: argparse.Namespace) -> int:
    import time

    from app.exchange.merge import missing_bundles
    from app.exchange.watch import import_dropped

    folder = Path(args.folder)
    print(f"Watching {folder} for bundles; Ctrl+C stops.", flush=True)
    try:
        while True:
            outcomes = import_dropped(db, args.account, folder)
            for outcome in outcomes:
                state = "imported" if outcome.imported else "refused"
                print(f"{outcome.file}: {state}. {outcome.message}", flush=True)
            if outcomes:
                for line in missing_bundles(db):
                    print(line, flush=True)
            if args.once:
                return 0
            time.sleep(args.every)
    except KeyboardInterrupt:
        return 0


def _sites_add(db: Database, args: argparse.Namespace) -> int:
    from app.services import site

    info = site.add_community(db, args.account, args.code, args.name, args.name_zh or "",
                              args.start)  # fmt: skip
    print(f"Community {info.code} saved.")
    return 0


def _sites_list(db: Database, args: argparse.Namespace) -> int:
    from app.services import site

    for c in site.list_communities(db):
        start = c.start_date.isoformat() if c.start_date else ""
        print("\t".join((c.code, c.name_en, c.name_zh, start)))
    return 0


def _people_import(db: Database, args: argparse.Namespace) -> int:
    from app.imports.people_csv import import_people

    result = import_people(db, args.account, Path(args.file))
    print(result.summary())
    return 0


def _people_export(db: Database, args: argparse.Namespace) -> int:
    from app.imports.people_csv import export_people

    text = export_people(db, args.account)
    if args.out in (None, "-"):
        sys.stdout.write(text)
    else:
        from db.files import write_bytes

        write_bytes(Path(args.out), text.encode("utf-8-sig"))
    return 0


def _people_withdraw(db: Database, args: argparse.Namespace) -> int:
    from app.services.withdrawal import withdraw_consent

    if not args.yes:
        raise UserError(f"this erases the name and contact details of {args.code} for good; "
                        f"to do it, run: {_again_with_yes(args)}")  # fmt: skip
    withdraw_consent(db, args.account, args.code, args.on or date.today())
    print(f"{args.code}: consent withdrawn; personal details erased.")
    return 0


def _again_with_yes(args: argparse.Namespace) -> str:
    """The withdraw command as given, with --yes."""
    import shlex

    words = ["python", "main.py"]
    words += ["--db", args.db] if args.db else []
    words += ["--user", args.user] if args.user else []
    words += ["people", "withdraw", args.code]
    words += ["--on", args.on.isoformat()] if args.on else []
    return shlex.join([*words, "--yes"])


CREATING = {"init", "demo", "project"}
"""Commands that make a new database; any other needs the file to be there."""


def _missing_file(door: SiteDoor, args: argparse.Namespace) -> UserError | None:
    """A refusal for a command on a database file that is not there (a typo in --db)."""
    if door.file is None or args.command in CREATING or door.file.exists():
        return None
    return UserError(f"there is no database at {door.file}: check the path, or make one "
                     "with init --site CODE --name NAME (a site) or project create (the project "
                     "manager)")  # fmt: skip


def _surveys_import(db: Database, args: argparse.Namespace) -> int:
    from app.imports.surveys_csv import import_surveys

    result = import_surveys(db, args.account, Path(args.file))
    print(result.summary())
    return 0


def _demo(db: Database, args: argparse.Namespace) -> int:
    from app.demo import make_demo

    summary = make_demo(db, seed=args.seed)
    print(summary)
    return 0


def _check(db: Database, args: argparse.Namespace) -> int:
    from app.checks import run_checks

    return _problems_exit(
        run_checks(db),
        "{n} problem(s) found.",
        "The database is sound: integrity check and consistency checks passed.",
    )


def _problems_exit(problems: list[str], failed: str, passed: str) -> int:
    """Prints each problem; exit 1 with the count on stderr, or 0 with the all-clear."""
    for problem in problems:
        print(problem)
    if problems:
        print(failed.format(n=len(problems)), file=sys.stderr)
        return 1
    print(passed)
    return 0


def _backup(db: Database, args: argparse.Namespace) -> int:
    from db.backup import backup_sqlite

    written = backup_sqlite(db.engine, Path(args.out))
    print(f"Backup written to {written}" + (" (encrypted; its key file beside it)." if db.key
                                            else "."))  # fmt: skip
    return 0


def _print(db: Database, args: argparse.Namespace) -> int:
    from app.printing import FORM_TITLES, print_form

    if args.list:
        for name, title in FORM_TITLES.items():
            print(f"{name}\t{title}")
        return 0
    if not args.form or not args.out:
        raise UserError("name a FORM and --out FILE.pdf (or use --list)")
    code = print_form(db, args.account, args.form, Path(args.out), args.id, args.blank,
                      args.lang, args.role)  # fmt: skip
    print(f"{args.out} written" + (f" ({code})" if code else ""))
    return 0


def _report(db: Database, args: argparse.Namespace) -> int:
    import json

    from app.reports.build import build_report, scope_for

    if args.start and args.end and args.end < args.start:
        raise UserError("--to is before --from")
    # The default period is the span of the data, so tables end where the records do.
    scope = scope_for(db, args.start, args.end, tuple(args.community or ()), args.everyone)
    from app.output_files import check_output

    for out in (args.xlsx, args.pdf, None if args.json == "-" else args.json):
        if out:
            check_output(Path(out))
    if args.sav:
        for unit in ("people", "enrolments", "sessions", "attendance", "answers"):
            check_output(Path(args.sav).with_name(f"{Path(args.sav).stem}-{unit}.sav"))
    report = build_report(db, args.account, scope)
    if args.json == "-":
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    if args.json:
        from db.files import write_text

        write_text(Path(args.json), json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    installation = db.installation()
    site_name = installation.site_name if installation is not None else ""
    if args.xlsx:
        from app.reports.outputs import save_report

        save_report(report, "xlsx", Path(args.xlsx), site_name, args.lang)
    if args.pdf:
        from app.reports.outputs import save_report

        save_report(report, "pdf", Path(args.pdf), site_name, args.lang)
    if args.sav:
        from app.reports.outputs import write_spss

        for written in write_spss(db, args.account, scope, Path(args.sav)):
            print(f"{written} written.")
    print("Report written.")
    return 0


def _backups_folder(db: Database, folder: str | None) -> Path:
    if folder:
        return Path(folder)
    if not db.engine.url.database:
        raise UserError("name the backup folder with --folder")
    return Path(db.engine.url.database).parent / "backups"


def _backups_take(db: Database, args: argparse.Namespace) -> int:
    from app.backups import take_backup

    written = take_backup(db, _backups_folder(db, args.folder))
    print(f"Backup written to {written}; older ones rotated (7 daily, 4 weekly kept).")
    return 0


def _backups_list(db: Database, args: argparse.Namespace) -> int:
    from app.backups import describe

    for path in sorted(_backups_folder(db, args.folder).glob("*.sqlite")):
        info = describe(path, db.key)
        counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
        print(f"{path.name}\t{info.taken:%Y-%m-%d %H:%M}\t{info.site}\t{counts}")
    return 0


def _restore(db: Database, args: argparse.Namespace) -> int:
    from app.backups import check_candidate, restore_in_place

    if db.file is None:
        raise UserError("only a database file can be restored")
    info = check_candidate(Path(args.file), db.key, db.file)
    counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
    print(f"{info.path.name}: site {info.site}, taken {info.taken:%Y-%m-%d %H:%M}: {counts}")
    if not args.yes:
        print("Add --yes to restore it; the current database is kept as a backup first.")
        return 0
    done = restore_in_place(db, args.account, Path(args.file), _backups_folder(db, args.folder))
    print(f"Restored. {done.summary()}")
    return 0


def _audit_verify(db: Database, args: argparse.Namespace) -> int:
    from app.audit import verify_chain

    report = verify_chain(db, args.account)
    for note in report.notes:
        print(f"note: {note}")
    return _problems_exit(
        report.problems,
        "The audit log has been tampered with: {n} finding(s).",
        "The audit log's chain is intact, and every record matches its newest entry.",
    )


PASSWORD_VARIABLE = "PEER_SUPPORT_PASSWORD"
USER_HELP = (f"sign in as this user (password from {PASSWORD_VARIABLE} or asked for); needed "
             "for an encrypted database, and encrypts a plain site database")  # fmt: skip
NEW_PASSWORD_VARIABLE = "PEER_SUPPORT_NEW_PASSWORD"
RECOVERY_VARIABLE = "PEER_SUPPORT_RECOVERY_KEY"


def read_secret(variable: str, prompt: str, confirm: bool = False) -> str:
    """A password or key from the environment variable, else typed at the terminal unseen."""
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"no terminal to type it in: set {variable}")
    import getpass

    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise UserError("the two entries differ")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Every sub-command with its help."""
    parser = argparse.ArgumentParser(
        prog="peer-support",
        description="Peer support service desk. With no command, starts the desktop application.",
    )
    parser.add_argument(
        "--db", help="database file or SQLAlchemy URL (default: the user's data folder)"
    )
    parser.add_argument("--user", help=USER_HELP)
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="set up this database as a site, encrypted, with "
                               "the first community doctor's account (--user)")  # fmt: skip
    init.add_argument("--site", required=True, help="site code, e.g. CY01")
    init.add_argument("--name", required=True, help="site name")
    init.add_argument("--project", help="the project file from the project manager")
    init.add_argument("--doctor-name", help="the community doctor's name (default: user name)")
    init.add_argument("--recovery-sheet", help="write the recovery key as a PDF sheet to print "
                      "(default: show the key once)")  # fmt: skip
    init.add_argument("--lang", choices=("zh", "en"), default="zh", help="sheet language")
    init.add_argument(
        "--unencrypted",
        action="store_true",
        help="a plain database without accounts, for tests and scratch work",
    )
    init.set_defaults(handler=_init)

    recover = commands.add_parser("recover", help="forgotten password: the recovery key sets "
                                  "a new one for --user NAME")  # fmt: skip
    recover.add_argument("--recovery-key", help=f"the key (default: {RECOVERY_VARIABLE} or "
                         "asked for); the new password comes from "
                         f"{NEW_PASSWORD_VARIABLE} or is asked for")  # fmt: skip
    sheet = commands.add_parser("recovery-sheet", help="replace the recovery key with a new "
                                "one and write its sheet (a community doctor, --user)")  # fmt: skip
    sheet.add_argument("--out", help="PDF file to write (default: show the key once)")
    sheet.add_argument("--lang", choices=("zh", "en"), default="zh", help="sheet language")
    sheet.set_defaults(handler=_recovery_sheet)
    add_rekey_command(commands)

    from app.exchange.commands import register

    register(commands)  # project create|restore, site join

    bundle = commands.add_parser("bundle", help="export or import site bundles")
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="ACTION",
                                            required=True)  # fmt: skip
    export = bundle_commands.add_parser("export", help="write this site's bundle")
    export.add_argument("--out", required=True, help="bundle file to write")
    export.add_argument("--full", action="store_true", help="every record, not only changes")
    export.set_defaults(handler=_bundle_export)
    bimport = bundle_commands.add_parser("import", help="merge bundles at the project manager")
    bimport.add_argument("files", nargs="+", help="bundle files")
    bimport.add_argument("--validate", action="store_true",
                         help="only say what the import would do")  # fmt: skip
    bimport.set_defaults(handler=_bundle_import)
    watch = bundle_commands.add_parser("watch", help="import bundles dropped into a folder")
    watch.add_argument("folder", help="the folder sites' bundles are saved into")
    watch.add_argument("--every", type=float, default=10.0, help="seconds between looks")
    watch.add_argument("--once", action="store_true", help="look once and stop")
    watch.set_defaults(handler=_bundle_watch)

    sites = commands.add_parser("sites", help="communities served by this site")
    site_commands = sites.add_subparsers(dest="sites_command", metavar="ACTION", required=True)
    add = site_commands.add_parser("add", help="add or rename a community")
    add.add_argument("code", help="community code, e.g. TJH")
    add.add_argument("--name", required=True, help="name in English")
    add.add_argument("--name-zh", help="name in Chinese")
    add.add_argument("--start", type=_iso_date, help="date the service started (YYYY-MM-DD)")
    add.set_defaults(handler=_sites_add)
    site_commands.add_parser("list", help="list the communities").set_defaults(handler=_sites_list)
    confirm = site_commands.add_parser("confirm", help="accept a site's key by its fingerprint")
    confirm.add_argument("code", help="site code")
    confirm.add_argument("fingerprint", help="the site's key fingerprint")
    confirm.set_defaults(handler=_sites_confirm)

    people = commands.add_parser("people", help="import or export participants")
    people_commands = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    pin = people_commands.add_parser("import", help="import participants from a CSV or Excel file")
    pin.add_argument("file", help="CSV file (UTF-8, with or without byte-order mark, or "
                     "GB18030) or Excel workbook (.xlsx); headings in English or Chinese")
    pin.set_defaults(handler=_people_import)
    pout = people_commands.add_parser("export", help="export participants as CSV")
    pout.add_argument("--out", help="file to write (default: standard output)")
    pout.set_defaults(handler=_people_export)
    pwd = people_commands.add_parser("withdraw", help="consent withdrawn: erase the person's "
                                     "details, keeping what the retention rules keep")  # fmt: skip
    pwd.add_argument("code", help="the person's code")
    pwd.add_argument("--on", type=_iso_date, help="day consent was withdrawn (default: today)")
    pwd.add_argument("--yes", action="store_true", help="erase, after being told what it does")
    pwd.set_defaults(handler=_people_withdraw)

    surveys = commands.add_parser("surveys", help="import survey answers")
    survey_commands = surveys.add_subparsers(
        dest="surveys_command", metavar="ACTION", required=True
    )
    sin = survey_commands.add_parser("import",
                                     help="import survey answers from a CSV or Excel file")
    sin.add_argument("file", help="CSV file or Excel workbook (.xlsx)")
    sin.set_defaults(handler=_surveys_import)

    demo = commands.add_parser("demo", help="fill the database with a demo project")
    demo.add_argument("--seed", type=int, default=2015, help="random seed (default 2015)")
    demo.set_defaults(handler=_demo)

    check = commands.add_parser("check", help="check the database's integrity and consistency")
    check.set_defaults(handler=_check)

    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("--out", required=True, help="file to write")
    backup.set_defaults(handler=_backup)

    printing = commands.add_parser("print", help="print a paper form, blank or filled, to PDF")
    printing.add_argument("form", nargs="?", help="plan, process, attendance, emergency, "
                          "screening, needs, survey, supervision, training, person-record, "
                          "site-key or receipt (see --list)")  # fmt: skip
    printing.add_argument("--id", help="the record's key or short code (a person's code for "
                          "screening, needs, survey and person-record; a site's code for "
                          "site-key and receipt at the project manager)")  # fmt: skip
    printing.add_argument("--blank", action="store_true", help="a blank form to fill by hand")
    printing.add_argument("--lang", choices=("zh", "en"), default="zh",
                          help="zh: Chinese with English; en: English only")  # fmt: skip
    printing.add_argument("--role", choices=("peer", "consumer", "caregiver"),
                          help="the layout of a screening, needs or survey sheet: whose sheet "
                          "(what may be printed follows the signed-in account)")  # fmt: skip
    printing.add_argument("--out", help="PDF file to write")
    printing.add_argument("--list", action="store_true", help="name the forms")
    printing.set_defaults(handler=_print)

    backups = commands.add_parser("backups", help="rotating backups of the database")
    backup_commands = backups.add_subparsers(dest="backups_command", metavar="ACTION",
                                             required=True)  # fmt: skip
    take = backup_commands.add_parser("take", help="today's backup, older ones rotated")
    take.add_argument("--folder", help="backup folder (default: backups beside the database)")
    take.set_defaults(handler=_backups_take)
    listing = backup_commands.add_parser("list", help="the backups and what each holds")
    listing.add_argument("--folder", help="backup folder")
    listing.set_defaults(handler=_backups_list)
    restore_parser = commands.add_parser("restore", help="put a backup in place of the database")
    restore_parser.add_argument("file", help="the backup file")
    restore_parser.add_argument("--yes", action="store_true", help="restore after showing it")
    restore_parser.add_argument("--folder", help="where to keep the current database first")
    restore_parser.set_defaults(handler=_restore)

    audit = commands.add_parser("audit", help="the audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify_help = "check the audit log's keyed chain, its head and every record (account managers)"
    audit_commands.add_parser("verify", help=verify_help).set_defaults(handler=_audit_verify)

    report = commands.add_parser("report", help="the evaluation report")
    report.add_argument("--from", dest="start", type=_iso_date, help="first day (YYYY-MM-DD)")
    report.add_argument("--to", dest="end", type=_iso_date, help="last day (YYYY-MM-DD)")
    report.add_argument("--community", nargs="*", help="community codes (default: all)")
    report.add_argument(
        "--everyone",
        action="store_true",
        help="demographics of everyone ever enrolled, not only on the last day",
    )
    outputs = report.add_mutually_exclusive_group(required=True)
    outputs.add_argument("--json", help="JSON file to write, or - for standard output")
    outputs.add_argument("--pdf", help="PDF report with charts")
    outputs.add_argument("--xlsx", help="Excel workbook, one sheet per table")
    outputs.add_argument("--sav", help="SPSS files, one per unit: NAME-people.sav, -enrolments, "
                         "-sessions, -attendance, -answers")  # fmt: skip
    report.add_argument("--lang", choices=("zh", "en"), default="zh", help="PDF language")
    report.set_defaults(handler=_report)

    shots = commands.add_parser(
        "screenshots", help="render every screen and dialog in both languages to PNG files"
    )
    shots.add_argument("--out", required=True, help="folder to write the PNG files to")
    from app.account_commands import add_account_commands
    from app.sheets.commands import add_sheets_command

    add_account_commands(commands)
    add_sheets_command(commands)
    _accept_after_command(parser, "--user", help=USER_HELP)
    return parser


def _accept_after_command(parser: argparse.ArgumentParser, flag: str, help: str) -> None:
    """Lets a global option also follow the command (``init ... --user li``)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument(flag, default=argparse.SUPPRESS, help=help)
                _accept_after_command(command, flag, help)


def open_for(door: SiteDoor, args: argparse.Namespace) -> Database:
    """The database, signed in as --user when given (which encrypts a plain site file).

    Sets ``args.account`` to the signed-in account; a database without any account (a
    scratch or test file) acts as the local operator, any other needs --user.
    """
    args.account = None
    if door.encrypted and not args.user:
        raise UserError(f"the database {door.file} is encrypted: give --user NAME (the password "
                        f"is read from {PASSWORD_VARIABLE} or asked for)")  # fmt: skip
    if args.user:
        args.account = door.sign_in(args.user, read_secret(PASSWORD_VARIABLE, "Password: "))
        if door.new_recovery_key:
            print(f"note: the database {door.file} is now encrypted; back its key file up with "
                  f"it. Recovery key (shown only now; write it down and lock it away): "
                  f"{door.new_recovery_key}", file=sys.stderr)  # fmt: skip
    db = door.open_unlocked()
    assert db is not None
    hub = getattr(db.installation(), "kind", "") == "project"
    if args.account is None and db.file is None and hub:  # a server hub: no key file asks
        raise UserError("the project manager's database needs sign-in: give --user NAME")
    if args.account is None:
        args.account = _local_operator(db)
    return db


def _local_operator(db: Database) -> Account:
    """The account of a command given without --user: allowed only where no account exists."""
    from sqlalchemy import func, select

    from app.permissions import LOCAL, LOCAL_HUB
    from db.models import UserAccount

    with db.reading() as session:
        accounts = session.scalar(select(func.count()).select_from(UserAccount)) or 0
    if accounts:
        raise UserError(f"this database has user accounts: give --user NAME (the password is "
                        f"read from {PASSWORD_VARIABLE} or asked for)")  # fmt: skip
    installation = db.installation()
    return LOCAL_HUB if installation is not None and installation.kind == "project" else LOCAL


def execute(args: argparse.Namespace) -> int:
    """Runs one parsed command that needs no window."""
    from app.site_door import SiteDoor

    door = SiteDoor(args.db)
    try:
        missing = _missing_file(door, args)
        if missing is not None:
            raise missing
        if args.command == "init" and door.file is not None and not args.unencrypted:
            return _init_encrypted(door, args)
        if hasattr(args, "door_handler"):  # commands that make the database, as init does
            return args.door_handler(door, args)  # type: ignore[no-any-return]
        if args.command == "recover":
            if not args.user:
                raise UserError("name the account to set a new password for with --user NAME")
            return _recover(door, args)
        try:
            db = open_for(door, args)
        except UserError:
            raise
        except Exception as error:  # a damaged file, a folder we cannot write, a bad URL
            if storage_error(error) is not None:
                raise
            print(f"error: cannot open the database {args.db or ''}: {error}", file=sys.stderr)
            return 1
        if args.account is not None and args.account.must_change_password and (
                args.command != "passwd"):  # fmt: skip
            raise UserError(f"{args.account.username} must choose a new password first: passwd")
        handler: Handler = args.handler
        return handler(db, args)
    except Exception as error:
        return _refuse(error, door.file or args.db)
    finally:
        _close(door)


def _refuse(error: Exception, database: object) -> int:
    """One ``error:`` line and exit 1 for a user's error or a disk that refused (full,
    failing, read-only, not ours: named with the file); anything else is a bug to show."""
    if _busy(error):
        print(f"error: another program is using the database {database or ''} and did not "
              f"finish within 30 seconds; try again when it is done", file=sys.stderr)  # fmt: skip
        return 1
    refusal = error if isinstance(error, UserError) else storage_error(error, database)
    if refusal is None:
        raise error
    print(f"error: {refusal}", file=sys.stderr)
    return 1


def _busy(error: BaseException | None) -> bool:
    """Whether SQLite gave up waiting for another program's lock ("database is locked")."""
    seen = 0
    while error is not None and seen < 10:
        text = str(getattr(error, "orig", None) or error)
        if "database is locked" in text or "database table is locked" in text:
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def _close(door: SiteDoor) -> None:
    """Closes the database; a disk that refuses SQLite's last checkpoint loses nothing
    (the WAL keeps every committed change), so that is no second error to print."""
    try:
        door.close()
    except Exception as error:
        if storage_error(error) is None:
            raise
