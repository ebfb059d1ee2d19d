"""The hand-over sheets: the site's key fingerprint on paper, and the project's receipt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.merge import confirm_site, import_bundles, received
from app.printing import print_form
from app.services import sessions, site
from db.database import Database
from main import main
from tests.helpers import DOCTOR, MANAGER

PLAN = sessions.SessionPlan("MZD", date(2016, 3, 8), time(9), time(10, 30), "health_center",
                            "social_skills", "", (), theme="使用微信")  # fmt: skip


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", " ")


@pytest.fixture
def sites(tmp_path: Path) -> tuple[Database, Database, str]:
    """A project manager and a site set up from its project file, with the site's fingerprint."""
    pm = Database.open(tmp_path / "pm.sqlite")
    project.create_project(pm, "Chaoyang project", tmp_path / "project.json")
    mzd = Database.open(tmp_path / "mzd.sqlite")
    fingerprint = project.init_site_with_project(
        mzd, "MZ01", "Maizidian", tmp_path / "project.json"
    )
    site.add_community(mzd, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    return pm, mzd, fingerprint


def test_site_prints_its_own_fingerprint_and_the_project_the_one_it_received(
    sites: tuple[Database, Database, str], tmp_path: Path
) -> None:
    """Both sheets carry the same fingerprint, so the two can be compared on paper."""
    pm, mzd, fingerprint = sites
    at_site = tmp_path / "site-key.pdf"
    print_form(mzd, DOCTOR, "site-key", at_site, language="en")
    assert fingerprint in _text(at_site)
    assert "Hand this sheet to the project manager" in _text(at_site)

    first = tmp_path / "1.bundle"
    bundles.export_bundle(mzd, DOCTOR, first)
    with pytest.raises(UserError):
        import_bundles(pm, MANAGER, [first])  # not yet confirmed: registers the site's key
    at_project = tmp_path / "received-key.pdf"
    print_form(pm, MANAGER, "site-key", at_project, "MZ01", language="en")
    text = _text(at_project)
    assert fingerprint in text
    assert "not yet confirmed" in text


def test_receipt_lists_the_bundles_imported_and_the_missing_ones(
    sites: tuple[Database, Database, str], tmp_path: Path
) -> None:
    """Bundles 1 and 3 imported: the receipt shows both, and bundle 2 as not arrived."""
    pm, mzd, fingerprint = sites
    paths = []
    for n in range(1, 4):
        day = replace(PLAN, session_date=date(2016, 3, n))
        sessions.plan_session(mzd, DOCTOR, day, confirmed=True)
        paths.append(tmp_path / f"{n}.bundle")
        bundles.export_bundle(mzd, DOCTOR, paths[-1])
    with pytest.raises(UserError):
        import_bundles(pm, MANAGER, [paths[0]])
    confirm_site(pm, MANAGER, "MZ01", fingerprint)
    import_bundles(pm, MANAGER, [paths[0], paths[2]])
    out = tmp_path / "receipt.pdf"
    print_form(pm, MANAGER, "receipt", out, "MZ01", language="en")
    text = _text(out)
    assert "Bundle import receipt" in text
    assert "Maizidian: bundle 2 of 3 missing" in text
    arrived = {r.sequence: r.digest[:16] for r in received(pm)}
    assert sorted(arrived) == [1, 3]
    grouped = text.replace(" ", "")  # digests print monospaced in groups of four
    assert all(digest in grouped for digest in arrived.values())


def test_sheets_name_what_is_wrong(sites: tuple[Database, Database, str], tmp_path: Path) -> None:
    """A receipt at a site, an unknown site, or a site without a key: a clear refusal."""
    pm, mzd, _ = sites
    with pytest.raises(UserError, match="at the project manager"):
        print_form(mzd, MANAGER, "receipt", tmp_path / "r.pdf", "MZ01")
    with pytest.raises(UserError, match="No bundle from site XX01"):
        print_form(pm, MANAGER, "site-key", tmp_path / "k.pdf", "XX01")
    plain = Database.open(tmp_path / "plain.sqlite")
    site.init_site(plain, "TJ01", "Tuanjiehu")
    with pytest.raises(UserError, match="no key yet"):
        print_form(plain, DOCTOR, "site-key", tmp_path / "k.pdf")
    assert not (tmp_path / "k.pdf").exists()


def test_site_key_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`print site-key` at an encrypted site writes the sheet; `print --list` names both."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "first-pass-1")
    pm_file, site_file = tmp_path / "pm.sqlite", tmp_path / "site.sqlite"
    assert main(["--db", str(pm_file), "project", "create", "--name", "P",
                 "--out", str(tmp_path / "p.json"), "--user", "pm"]) == 0  # fmt: skip
    assert main(["--db", str(site_file), "init", "--site", "MZ01", "--name", "Maizidian",
                 "--project", str(tmp_path / "p.json"), "--user", "li"]) == 0  # fmt: skip
    fingerprint = capsys.readouterr().out.split("confirm: ")[1].split()[0]
    out = tmp_path / "key.pdf"
    assert main(["--db", str(site_file), "--user", "li", "print", "site-key", "--lang", "en",
                 "--out", str(out)]) == 0  # fmt: skip
    assert fingerprint in _text(out)
    assert main(["--db", str(site_file), "--user", "li", "print", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "site-key" in listed and "receipt" in listed
