"""Every paper form, blank and filled, in both languages: text, fonts, page size, QR code."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import codes
from app.printing import FORMS, print_form, resolve_code, short_code
from app.services import (
    accounts,
    emergencies,
    needs,
    people,
    screening,
    sessions,
    supervision,
    surveys,
    training,
)
from db.database import Database
from main import main
from tests.helpers import DOCTOR

A4 = (595.28, 841.89)


@pytest.fixture
def records(people_db: Database) -> dict[str, str]:
    """One record of every kind, with Chinese text, at a site with peers and consumers."""
    db = people_db
    accounts.add_staff(db, DOCTOR, "D1", "李医生", "community_doctor")
    people.set_contact(db, DOCTOR, "C1", people.ContactData(name="王小明"))
    plan = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",), ("role_play",), theme="使用微信",
                                aim="学会发语音", warm_up="互相问候", main_activity="练习视频通话",
                                closing="分享收获", materials="手机")  # fmt: skip
    sid = sessions.plan_session(db, DOCTOR, plan)
    sessions.log_session(
        db,
        DOCTOR,
        sid,
        sessions.SessionReport(
            time(9, 5), time(10, 20), ("C1", "C2"), ("C3",), ("P1", "P2"), feedback="大家很开心"
        ),
    )
    eid = emergencies.report_event(db, DOCTOR, emergencies.EventReport(
        "TJH", datetime(2016, 1, 5, 2, tzinfo=UTC), "self_harm", "手臂有划痕", "联系家属",
        ("C1",), session_id=sid, reported_to="D1"))  # fmt: skip
    criteria = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)
    criteria["stable"] = False
    screening.record_screening(
        db,
        DOCTOR,
        screening.ScreeningData("C1", "consumer", date(2015, 8, 20), criteria, "D1"),
        confirmed=True,
    )
    screening.record_consent(db, DOCTOR, "C1", "informed_consent", date(2015, 8, 25))
    surveys.record_answers(
        db,
        DOCTOR,
        [
            surveys.Answer(
                "C1", "consumer_satisfaction", "satisfied_with_peers", "yes", date(2016, 6, 1)
            )
        ],
    )
    vid = supervision.record_supervision(
        db,
        DOCTOR,
        supervision.SupervisionData(
            "TJH", date(2016, 2, 1), "group", (supervision.Supervisor("D1"),), ("P1", "P2"),
            topics="与组员保持边界",
        ),
    )
    course = training.add_course(db, DOCTOR, "pre_service", "岗前培训", date(2015, 8, 1))
    tid = training.add_training_session(
        db, DOCTOR, course, date(2015, 8, 1), "保密与边界", ("P1",), ("P2",)
    )
    needs.record_needs(db, DOCTOR, needs.NeedsData("C1", "consumer", date(2015, 8, 22), "D1",
                                                   hopes="想多交朋友"))  # fmt: skip
    return {"plan": sid, "process": sid, "attendance": sid, "emergency": eid, "screening": "C1",
            "needs": "C1", "survey": "C1", "supervision": vid, "training": tid}  # fmt: skip


EXPECTED = {
    "plan": ["活动计划表", "Activity Plan Form", "使用微信", "练习视频通话", "手机"],
    "process": ["活动过程记录表", "09:05", "10:20", "大家很开心"],
    "attendance": ["参与者签到表", "C1", "王小明", "C3"],
    "emergency": ["紧急事件报告表", "手臂有划痕", "联系家属", "S-"],
    "screening": ["筛查与知情同意清单", "病情稳定至少3个月", "2015-08-25"],
    "needs": ["服务前需求访谈", "想多交朋友", "2015-08-22"],
    "survey": ["评估访谈表", "对同伴支持者满意吗", "2016-06-01"],
    "supervision": ["督导记录表", "与组员保持边界", "P1, P2"],
    "training": ["培训签到表", "保密与边界", "P1", "P2"],
}


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _fonts_embedded(path: Path) -> list[str]:
    names = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            names.append(f"{font['/BaseFont']}:{embedded}")
    return names


@pytest.mark.parametrize("form", FORMS)
def test_filled_form_in_chinese(
    form: str, people_db: Database, records: dict[str, str], tmp_path: Path
) -> None:
    """A filled form holds its labels and the record's values, on A4, fonts embedded."""
    out = tmp_path / f"{form}.pdf"
    code = print_form(people_db, DOCTOR, form, out, records[form], language="zh")
    text = _text(out)
    for expected in EXPECTED[form]:
        assert expected in text, (form, expected)
    assert code is not None and code in text
    reader = PdfReader(out)
    assert all(round(float(p.mediabox.width), 2) == A4[0] for p in reader.pages)
    assert all(round(float(p.mediabox.height), 2) == A4[1] for p in reader.pages)
    fonts = _fonts_embedded(out)
    assert fonts and all(f.endswith(":True") for f in fonts), fonts


@pytest.mark.parametrize("form", FORMS)
def test_blank_form_in_english(form: str, people_db: Database, tmp_path: Path) -> None:
    """A blank English form has English labels, no Chinese and no record code, but for an
    emergency form, which carries the code of the report it will become."""
    out = tmp_path / f"{form}.pdf"
    code = print_form(people_db, DOCTOR, form, out, blank=True, language="en")
    text = _text(out)
    if form == "emergency":
        assert code is not None and code.startswith("E-") and code in text
    else:
        assert code is None
    assert "Community" in text or "Code" in text or "Course" in text
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("Chaoyang", ""))
    assert all(f.endswith(":True") for f in _fonts_embedded(out))


def test_qr_code_carries_the_record_code(people_db: Database, records: dict[str, str]) -> None:
    """The QR code on a session's forms encodes its short code, which finds it again."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    code = short_code("S", records["plan"])
    assert code.startswith("S-") and len(code) == 10
    assert QrCodeWidget(code).value == code
    found = resolve_code(people_db, code.lower())
    assert found is not None and found.key == records["plan"]
    assert resolve_code(people_db, "P-C1").key == "C1"  # type: ignore[union-attr]
    assert resolve_code(people_db, "S-00000000") is None
    assert resolve_code(people_db, "nonsense") is None


def test_qr_image_decodes(people_db: Database, records: dict[str, str], tmp_path: Path) -> None:
    """Rendered to an image, the QR code in the corner decodes to the printed code."""
    zbar = pytest.importorskip("zxingcpp")
    from PIL import Image

    out = tmp_path / "plan.pdf"
    code = print_form(people_db, DOCTOR, "plan", out, records["plan"])
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    [png] = tmp_path.glob("page*.png")
    decoded = [r.text for r in zbar.read_barcodes(Image.open(png))]
    assert code in decoded


def test_long_text_flows_onto_more_pages(people_db: Database, tmp_path: Path) -> None:
    """5,000 characters of notes are never cut: the last words reach a later page."""
    plan = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    sid = sessions.plan_session(people_db, DOCTOR, plan)
    notes = "记录很长的活动备注。" * 500 + "最后一句话END"
    sessions.log_session(
        people_db,
        DOCTOR,
        sid,
        sessions.SessionReport(time(9), time(10, 30), peers_present=("P1", "P2"), notes=notes),
    )
    out = tmp_path / "process.pdf"
    print_form(people_db, DOCTOR, "process", out, sid)
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    assert "最后一句话END" in reader.pages[-1].extract_text()


def test_output_is_reproducible(
    people_db: Database, records: dict[str, str], tmp_path: Path
) -> None:
    """The same record prints to the same bytes (reference-file tests rely on it)."""
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    print_form(people_db, DOCTOR, "plan", first, records["plan"])
    print_form(people_db, DOCTOR, "plan", second, records["plan"])
    assert first.read_bytes() == second.read_bytes()


def test_print_command(
    people_db: Database,
    records: dict[str, str],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """print --list names every form; a filled and a blank form are written; errors are one line."""
    db = str(db_path)
    assert main(["--db", db, "print", "--list"]) == 0
    listed = capsys.readouterr().out
    assert all(form in listed for form in FORMS)
    out = tmp_path / "p.pdf"
    code = short_code("S", records["plan"])
    assert main(["--db", db, "print", "plan", "--id", code, "--out", str(out)]) == 0
    assert code in capsys.readouterr().out and out.exists()
    assert main(["--db", db, "print", "screening", "--blank", "--role", "peer", "--lang", "en",
                 "--out", str(tmp_path / "s.pdf")]) == 0  # fmt: skip
    assert "PSP score" in _text(tmp_path / "s.pdf")
    for bad in (["print", "plan", "--out", str(out)], ["print", "poster", "--blank", "--out",
                str(out)], ["print", "emergency", "--id", "nope", "--out", str(out)]):  # fmt: skip
        capsys.readouterr()
        assert main(["--db", db, *bad]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error:") and "Traceback" not in err
