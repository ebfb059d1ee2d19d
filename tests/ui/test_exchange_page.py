"""The Exchange page: export at the site, import and confirm at the project manager."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.exchange import project
from app.services import accounts, site
from db.database import Database
from tests import helpers
from tests.helpers import DOCTOR
from tests.ui.conftest import PASSWORD, opened_previews
from ui.context import AppContext, DataEvents
from ui.pages.exchange import ExchangePage
from ui.settings import Settings


def _context(db: Database, settings: Settings, role: str) -> AppContext:
    helpers.create_account(db, "user", PASSWORD, role)
    installation = db.installation()
    assert installation is not None
    return AppContext(db, accounts.sign_in(db, "user", PASSWORD), settings, DataEvents(),
                      installation.site_code, installation.site_name)  # fmt: skip


def test_export_then_import_and_confirm(
    qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The site writes a bundle; the project manager is refused until it confirms the site."""
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    pm_db = Database.open(tmp_path / "pm.sqlite")
    project.create_project(pm_db, "Chaoyang", tmp_path / "project.json")
    site_db = Database.open(tmp_path / "site.sqlite")
    project.init_site_with_project(site_db, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(site_db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))

    site_page = ExchangePage(_context(site_db, settings, "community_doctor"))
    qtbot.addWidget(site_page)
    site_page.show()
    site_page.export_to(tmp_path / "b1.bundle")
    qtbot.waitUntil(lambda: hasattr(site_page, "last_manifest"), timeout=5000)
    assert site_page.last_manifest["sequence"] == 1
    assert site_page.history.count() == 1

    pm_page = ExchangePage(_context(pm_db, settings, "project_manager"))
    qtbot.addWidget(pm_page)
    pm_page.show()
    pm_page.import_files([tmp_path / "b1.bundle"])
    qtbot.waitUntil(lambda: hasattr(pm_page, "last_result"), timeout=5000)
    assert "not confirmed" in pm_page.last_result
    assert "not confirmed" in pm_page.sites.item(0).text()
    pm_page.sites.setCurrentRow(0)
    pm_page.confirm_selected()
    assert "(confirmed)" in pm_page.sites.item(0).text()
    del pm_page.last_result
    pm_page.import_files([tmp_path / "b1.bundle"])
    qtbot.waitUntil(lambda: hasattr(pm_page, "last_result"), timeout=5000)
    assert "1 new" in pm_page.last_result
    assert pm_page.history.count() == 1
    assert pm_page.progress_seen and pm_page.progress_seen[-1] > 0
    assert site_page.print_sheet("site-key") is not None
    [site_sheet] = opened_previews(qtbot, site_page)
    assert site_sheet.pdf.startswith(b"%PDF")
    pm_page.sites.setCurrentRow(-1)
    assert pm_page.print_sheet("receipt") is None  # which site's receipt is asked first
    pm_page.sites.setCurrentRow(0)
    assert pm_page.print_sheet("receipt") is not None
    [receipt] = opened_previews(qtbot, pm_page)
    assert receipt.pdf.startswith(b"%PDF")


def test_a_site_whose_audit_log_went_back_is_flagged_at_the_project_manager(
    qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hub's page lists a site whose second bundle holds a shorter audit log."""
    from app.exchange import bundle as bundles
    from app.exchange.merge import confirm_site, import_bundles
    from app.services import people
    from db.backup import backup_sqlite
    from tests.helpers import MANAGER

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    pm_db = Database.open(tmp_path / "pm.sqlite")
    project.create_project(pm_db, "Chaoyang", tmp_path / "project.json")
    site_db = Database.open(tmp_path / "site.sqlite")
    fingerprint = project.init_site_with_project(site_db, "MZ01", "Maizidian",
                                                 tmp_path / "project.json")  # fmt: skip
    site.add_community(site_db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    older = backup_sqlite(site_db.engine, tmp_path / "older.sqlite")
    people.add_person(site_db, DOCTOR, people.PersonData("C1", "MZD"), "consumer",
                      date(2016, 3, 1))  # fmt: skip
    bundles.export_bundle(site_db, DOCTOR, tmp_path / "b1.bundle")
    bundles.export_bundle(Database.open(older), DOCTOR, tmp_path / "again.bundle")
    pm_page = ExchangePage(_context(pm_db, settings, "project_manager"))
    qtbot.addWidget(pm_page)
    pm_page.show()
    assert not pm_page.audit_flags.isVisible()
    with pytest.raises(Exception, match="not confirmed"):
        import_bundles(pm_db, MANAGER, [tmp_path / "b1.bundle"])
    confirm_site(pm_db, MANAGER, "MZ01", fingerprint)
    pm_page.import_files([tmp_path / "b1.bundle", tmp_path / "again.bundle"])
    qtbot.waitUntil(lambda: hasattr(pm_page, "last_result"), timeout=5000)
    assert "its audit log went back" in pm_page.last_result
    pm_page.refresh()
    assert pm_page.audit_flags.isVisible() and pm_page.audit_flags.count() == 1
    assert "Site MZ01: its audit log went back" in pm_page.audit_flags.item(0).text()
