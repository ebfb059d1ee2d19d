"""A community doctor chooses in Preferences how peers see names; peers' screens follow."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import name_forms
from app.services import people
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.people_model import NAME
from ui.pages.people import PeoplePage
from ui.preferences import PreferencesDialog


def _names(page: PeoplePage) -> dict[str, str]:
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    return {r.person.code: r.name for r in rows if r.name}


def test_doctor_chooses_full_names_and_peers_see_them(
    qtbot: QtBot, doctor: AppContext, peer: AppContext
) -> None:
    """The doctor's Preferences offer the choice; after "Full name" is saved the peer's
    People list shows 王小明 where it showed 小明（王）, and the choice is kept."""
    people.set_contact(doctor.db, DOCTOR, "C1", people.ContactData(name="王小明"))
    before = PeoplePage(peer)
    qtbot.addWidget(before)
    assert not before.table.isColumnHidden(NAME)
    assert _names(before) == {"C1": "小明（王）"}
    dialog = PreferencesDialog(doctor.settings, None, doctor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_form.isVisible()
    dialog.name_form.setCurrentIndex(dialog.name_form.findData(name_forms.FULL))
    seen: list[str] = []
    doctor.events.changed.connect(seen.append)
    dialog.store()
    assert doctor.settings.get("peer_name_form") == name_forms.FULL
    assert seen == ["people"]  # the lists in view read the names again
    after = PeoplePage(peer)
    qtbot.addWidget(after)
    assert _names(after) == {"C1": "王小明"}


def test_a_peer_is_not_offered_the_choice(qtbot: QtBot, peer: AppContext) -> None:
    """A peer's Preferences have no name form to choose, and saving them changes none."""
    dialog = PreferencesDialog(peer.settings, None, peer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name_form.isVisible()
    dialog.name_form.setCurrentIndex(dialog.name_form.findData(name_forms.FULL))
    dialog.store()
    assert name_forms.site_form() == name_forms.GIVEN_AND_INITIAL
    assert peer.settings.get("peer_name_form") == name_forms.GIVEN_AND_INITIAL


def test_the_window_puts_the_stored_choice_in_force(qtbot: QtBot, peer: AppContext) -> None:
    """Signing in reads the site's choice from the settings: a peer's People page follows."""
    people.set_contact(peer.db, DOCTOR, "C1", people.ContactData(name="王小明"))
    peer.settings.set("peer_name_form", name_forms.FULL)
    window = MainWindow(peer)
    qtbot.addWidget(window)
    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    assert _names(page) == {"C1": "王小明"}
    window.backed_up = True


def test_pickers_name_peers(qtbot: QtBot, doctor: AppContext, peer: AppContext) -> None:
    """The plan form's lead-peer picker names peers: in full for the doctor, in the site's
    form for a peer; a peer without a name on record shows the code."""
    from ui.sessions.plan_dialog import PlanSessionDialog

    people.set_contact(doctor.db, DOCTOR, "P1", people.ContactData(name="张同伴"))
    for context, shown in ((doctor, "张同伴  P1"), (peer, "同伴（张）  P1")):
        dialog = PlanSessionDialog(context)
        qtbot.addWidget(dialog)
        dialog.community.setCurrentIndex(dialog.community.findData("TJH"))
        dialog.reload_peers()
        labels = [dialog.lead.itemText(i) for i in range(dialog.lead.count())]
        assert shown in labels and "P2" in labels
        dialog.done(0)


def test_doctors_forms_name_peers_beside_codes(qtbot: QtBot, doctor: AppContext) -> None:
    """Supervision attendance, training attendance and the peer an account belongs to name
    the peer beside the code, not the code alone."""
    from ui.accounts.dialogs import AddAccountDialog
    from ui.records.supervision_dialog import SupervisionDialog
    from ui.records.training_dialogs import TrainingSessionDialog

    people.set_contact(doctor.db, DOCTOR, "P1", people.ContactData(name="张同伴"))
    supervision = SupervisionDialog(doctor)
    training = TrainingSessionDialog(doctor, "no-course")
    account = AddAccountDialog(doctor)
    for dialog in (supervision, training, account):
        qtbot.addWidget(dialog)
    supervision.community.setCurrentIndex(supervision.community.findData("TJH"))
    supervision.reload_peers()
    items = supervision.peers
    assert "张同伴  P1" in [items.item(i).text() for i in range(items.count())]
    marks = training.attendance
    assert any(marks.item(i).text().startswith("张同伴  P1") for i in range(marks.count()))
    assert account.peer.itemText(account.peer.findData("P1")) == "张同伴  P1"
    for dialog in (supervision, training, account):
        dialog.done(0)
