"""Every form, blank and filled, in Chinese and English, with long text, checked from the
PDF itself as a clinic would hold it: signature blocks whole and labelled, nothing beyond
the margins, no text on other text or on a rule, "page x of y" on every page, no page
holding only a table's header or only a signature block, and the blank plan, process and
emergency forms on one page each."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from app import codes
from printouts import exchange_sheets, forms
from printouts.page import BOTTOM_MM, top_margin_mm
from printouts.person_record import person_record_form
from printouts.recovery_sheet import write_recovery_sheet
from printouts.render import write_pdf
from printouts.spec import FormSpec, Text
from printouts.survey_texts import SURVEY_TEXTS

MM = 72 / 25.4
EDGE_MM = 6
"""Nothing is drawn nearer the paper's edge than this: printers do not reach it."""
CAPTIONS = (Text("签名", "Signature"), Text("姓名（正楷）", "Printed name"), Text("日期", "Date"))
LONG = "服务对象积极参与，分享了使用微信与家人视频通话的经验，" * 14
LONG_EN = "Everyone took part and shared how they call their family by video. " * 10
SITE = "Chaoyang peer support 朝阳同伴支持"
CONSUMERS = [(f"C{n}", f"服务对象{n}") for n in range(1, 19)]


def _session(long: str) -> dict[str, str]:
    return {
        "community": "团结湖 Tuanjiehu",
        "date": "2016-01-05",
        "planned_time": "09:00–10:30",
        "venue": "other",
        "venue_detail": "社区活动室二楼",
        "topic": "social_skills",
        "formats": "role_play,other",
        "format_other": "看视频后讨论",
        "theme": "使用微信",
        "aim": long[:120],
        "lead_peer": "P1 张同伴",
        "assisting_peers": "P2 李同伴",
        "warm_up": long[:200],
        "main_activity": long,
        "closing": long[:150],
        "materials": "手机、投影仪",
        "actual_start": "09:05",
        "actual_end": "10:20",
        "peers_present": "P1 张同伴, P2 李同伴",
        "staff_present": "D1 李医生",
        "consumers_present": "12",
        "present": ",".join(f"C{n}" for n in range(1, 13)),
        "feedback": long,
        "notes": long,
    }


def _filled(language: str) -> dict[str, FormSpec]:
    long = LONG if language == "zh" else LONG_EN
    session = _session(long)
    code = "S-1A2B3C4D"
    criteria = dict.fromkeys(codes.SCREENING_CRITERIA["peer"].code_names(), True)
    criteria["stable"] = False
    answers = {
        ("consumer_satisfaction", "satisfied_with_peers"): ("yes", ""),
        ("consumer_continuation", "want_to_continue"): ("not_assessed", "住院中"),
    }
    peers = [(f"P{n}", f"同伴{n}", "✓" if n % 3 else "—") for n in range(1, 25)]
    emergency = {
        "community": "团结湖 Tuanjiehu",
        "when": "2016-01-05 10:00",
        "place": "活动室",
        "session": code,
        "kind": "other",
        "kind_other": "跌倒",
        "people": "C1 王小明",
        "description": long,
        "action_taken": long[:300],
        "reported_by": "P1 张同伴",
        "reported_to": "D1 李医生",
        "acknowledged": "D1 李医生 2016-01-05 11:00",
        "follow_up": long[:300],
        "closed_at": "2016-01-20",
    }
    screening = {
        "person": "P1",
        "name": "张同伴",
        "screened_on": "2015-08-20",
        "assessor": "D1 李医生",
        "psp_score": "62",
        "notes": long[:200],
        "informed_consent": "2015-08-25",
        "service_agreement": "2015-08-25",
        "referral": "other",
        "referral_other": long[:60],
        "evidence": "adherence=medical_record,insight=psychiatrist_interview",
        "compassionate": "yes",
        "practical_skills": "no",
        "diagnosis_found": "schizophrenia",
        "psychiatrist": "Y1 杨医生",
        "psychiatrist_assessment": long[:300],
        "decision": "eligible",
        "decided_by": "Y1 杨医生",
        "decided_on": "2015-08-24",
    }
    caregiver = {
        "person": "G1", "name": "王母亲", "screened_on": "2015-08-20", "assessor": "D1 李医生",
        "cared_for": "C1 王小明", "follow_up_contact": "yes", "notes": long[:200],
        "informed_consent": "2015-08-25",
    }  # fmt: skip
    needs = {
        "person": "C1", "name": "王小明", "date": "2015-08-22", "interviewer": "D1 李医生",
        "hopes": long[:300], "preferred_times": long[:80], "preferred_activities": long[:300],
        "concerns": long,
    }  # fmt: skip
    rows = [
        ("1", "2016-01-05 10:00", "1,204", "0123456789abcdef"),
        ("3", "2016-03-05 10:00", "88", "fedcba9876543210"),
    ]
    return {
        "plan": forms.plan_form(SITE, session, code, language),
        "process": forms.process_form(SITE, session, code, language),
        "attendance": forms.attendance_form(
            SITE, session, CONSUMERS, ["P1 张同伴", "P2 李同伴"], code, language
        ),
        "emergency": forms.emergency_form(SITE, emergency, "E-1A2B3C4D", language),
        "screening": forms.screening_form(SITE, "peer", screening, criteria, "P-P1", language),
        "screening-caregiver": forms.screening_form(
            SITE, "caregiver", caregiver, None, "P-G1", language
        ),
        "needs": forms.needs_form(SITE, "consumer", needs, "P-C1"),
        "survey": forms.survey_form(
            SITE,
            "consumer",
            {"person": "C1", "date": "2016-06-01"},
            answers,
            SURVEY_TEXTS,
            "P-C1",
            language,
        ),
        "supervision": forms.supervision_form(
            SITE,
            {
                "community": "团结湖 Tuanjiehu",
                "date": "2016-02-01",
                "kind": "group",
                "supervisor": "D1 李医生 (社区医生 Community doctor), "
                "Y1 杨医生 (精神科医生 Psychiatrist)",
                "attendees": "P1 张同伴, P2 李同伴",
                "topics": long,
                "notes": long[:300],
            },
            "V-1A2B3C4D",
            language,
        ),
        "training": forms.training_form(
            SITE,
            {
                "course": "岗前培训",
                "date": "2015-08-01",
                "topic": "保密与边界",
                "trainer": "D1 李医生",
            },
            peers,
            "T-1A2B3C4D",
            language,
        ),
        "person-record": person_record_form(
            SITE,
            {"code": "C1", "name": "王小明", "address": long[:80]},
            {"sessions": [("2016-01-05", "团结湖", "社交技能", "使用微信")] * 40},
            "P-C1",
        ),
        "site-key": exchange_sheets.site_key_sheet(
            SITE, "CY01 朝阳", "0D0O-8B8B-1I1L-5S5S-2Z2Z", "本站点的密钥 this site's key", False
        ),
        "receipt": exchange_sheets.receipt_sheet(
            SITE, "CY01 朝阳", rows, ["朝阳：第 2 个数据包未收到（共 3 个）"]
        ),
    }


def _blank(language: str) -> dict[str, FormSpec]:
    return {
        "plan": forms.plan_form(SITE, None, None, language),
        "process": forms.process_form(SITE, None, None, language),
        "attendance": forms.attendance_form(SITE, None, [], [], None, language),
        "emergency": forms.emergency_form(SITE, None, None, language),
        "screening-peer": forms.screening_form(SITE, "peer", None, None, None, language),
        "screening-consumer": forms.screening_form(SITE, "consumer", None, None, None, language),
        "screening-caregiver": forms.screening_form(SITE, "caregiver", None, None, None, language),
        "needs-peer": forms.needs_form(SITE, "peer", None, None),
        "needs-caregiver": forms.needs_form(SITE, "caregiver", None, None),
        "survey-peer": forms.survey_form(SITE, "peer", None, {}, SURVEY_TEXTS, None, language),
        "survey-caregiver": forms.survey_form(
            SITE, "caregiver", None, {}, SURVEY_TEXTS, None, language
        ),
        "supervision": forms.supervision_form(SITE, None, None, language),
        "training": forms.training_form(SITE, None, [], None, language),
    }


def samples() -> Iterator[tuple[str, FormSpec, str]]:
    """(name, spec, language) of every form, blank and filled, in both languages."""
    for language in ("zh", "en"):
        for name, spec in _filled(language).items():
            yield f"filled-{name}-{language}", spec, language
        for name, spec in _blank(language).items():
            yield f"blank-{name}-{language}", spec, language


SAMPLES = {name: (spec, language) for name, spec, language in samples()}


class Page:
    """One page's characters (box per character) and stroked line segments, in points."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        self.width, self.height = page.get_size()
        text = page.get_textpage()
        self.text = text.get_text_range()
        self.chars = []
        for index in range(text.count_chars()):
            char = chr(raw.FPDFText_GetUnicode(text, index))
            if char.strip():
                self.chars.append((char, *text.get_charbox(index)))
        self.segments = list(_segments(page))
        text.close()


def _segments(page: pdfium.PdfPage) -> Iterator[tuple[float, float, float, float]]:
    """Every stroked straight segment on the page (rules, cell borders, box sides)."""
    for obj in page.get_objects():
        if obj.type != raw.FPDF_PAGEOBJ_PATH:
            continue
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        raw.FPDFPath_GetDrawMode(obj, fill, stroke)
        if not stroke.value:
            continue
        red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
        raw.FPDFPageObj_GetStrokeColor(obj, red, green, blue, alpha)
        if min(red.value, green.value, blue.value) > 250:
            continue  # the white tick inside a filled box
        matrix = obj.get_matrix()
        last = None
        for number in range(raw.FPDFPath_CountSegments(obj)):
            segment = raw.FPDFPath_GetPathSegment(obj, number)
            x, y = ctypes.c_float(), ctypes.c_float()
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            point = matrix.on_point(x.value, y.value)
            if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_LINETO and last:
                yield (*last, *point)
            last = point


def _pages(path: Path) -> list[Page]:
    """Each page read, every PDFium object closed at once: left to the garbage collector,
    PDFium's objects are freed in any order at any moment, and a page freed after its
    document crashes the process."""
    document = pdfium.PdfDocument(path)
    try:
        pages = []
        for number in range(len(document)):
            page = document[number]
            pages.append(Page(page))
            page.close()
        return pages
    finally:
        document.close()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Page]]:
    """Every sample written to a PDF once and read back."""
    folder = tmp_path_factory.mktemp("layout")
    found = {}
    for name, (spec, language) in SAMPLES.items():
        write_pdf(spec, language, folder / f"{name}.pdf")
        found[name] = _pages(folder / f"{name}.pdf")
    for language in ("zh", "en"):
        out = folder / f"recovery-{language}.pdf"
        write_recovery_sheet(
            "ABCD-EFGH-" * 7 + "WXYZ", "CY01", SITE, "site.keys", date(2016, 1, 5), language, out
        )
        found[f"recovery-{language}"] = _pages(out)
    return found


def _shrunk(box: tuple[float, float, float, float], by: float) -> tuple[float, ...]:
    left, bottom, right, top = box
    dx, dy = (right - left) * by, (top - bottom) * by
    return left + dx, bottom + dy, right - dx, top - dy


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _outside(page: Page) -> list[object]:
    """Characters and rules nearer the paper's edge than EDGE_MM."""
    edge = EDGE_MM * MM
    found: list[object] = []
    for char, left, bottom, right, top in page.chars:
        if min(left, bottom) < edge or right > page.width - edge or top > page.height - edge:
            found.append(char)
    for x0, y0, x1, y1 in page.segments:
        for x, y in ((x0, y0), (x1, y1)):
            if not (edge <= x <= page.width - edge and edge <= y <= page.height - edge):
                found.append((x, y))
    return found


def _collisions(page: Page) -> list[object]:
    """Characters whose cores overlap another character's, or a rule or a box side."""
    found: list[object] = []
    cores = sorted((_shrunk(box, 0.2), char) for char, *box in page.chars)
    for i, (core, char) in enumerate(cores):
        for other, other_char in cores[i + 1 :]:
            if other[0] >= core[2]:
                break
            if _overlap(core, other):
                found.append((char, other_char))
    for core, char in cores:
        for x0, y0, x1, y1 in page.segments:
            line = (min(x0, x1) - 0.3, min(y0, y1) - 0.3, max(x0, x1) + 0.3, max(y0, y1) + 0.3)
            if _overlap(core, line):
                found.append((char, (x0, y0, x1, y1)))
    return found


@pytest.mark.parametrize("name", [*SAMPLES, "recovery-zh", "recovery-en"])
def test_page_numbers_and_margins(name: str, rendered: dict[str, list[Page]]) -> None:
    """Every page says "page x of y"; nothing is drawn within 6 mm of the paper's edge."""
    pages = rendered[name]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page.text, (name, number)
        if name.endswith("-zh"):
            assert f"第 {number} 页，共 {len(pages)} 页" in page.text, (name, number)
        assert _outside(page) == [], (name, number)


@pytest.mark.parametrize("name", [*SAMPLES, "recovery-zh", "recovery-en"])
def test_no_text_on_text_or_rules(name: str, rendered: dict[str, list[Page]]) -> None:
    """No character's core overlaps another character or crosses a rule or a box side."""
    for number, page in enumerate(rendered[name], start=1):
        assert _collisions(page) == [], (name, number)


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    """Overprinted text, text struck through by a rule and text in the paper's edge are
    each found (so the checks above can fail)."""
    from reportlab.pdfgen.canvas import Canvas

    from printouts.render import _register_font

    _register_font()
    out = tmp_path / "bad.pdf"
    canvas = Canvas(str(out))
    canvas.setFont("WQY", 10)
    canvas.drawString(100, 700, "服务对象 consumer")
    canvas.drawString(104, 702, "overprinted")
    canvas.line(90, 603, 300, 603)
    canvas.drawString(100, 600, "struck through")
    canvas.drawString(2, 400, "in the edge")
    canvas.save()
    [page] = _pages(out)
    collisions = _collisions(page)
    assert any(isinstance(c[1], str) for c in collisions)
    assert any(isinstance(c[1], tuple) for c in collisions)
    assert "i" in _outside(page)


def _words(text: Text, language: str) -> list[str]:
    return [text.en] if language == "en" else [text.zh, text.en]


@pytest.mark.parametrize("name", list(SAMPLES))
def test_signature_blocks_whole_and_not_alone(name: str, rendered: dict[str, list[Page]]) -> None:
    """Each role's signature, printed name and date are on one page, which also holds
    the end of the form's content; no page holds only a table's header."""
    spec, language = SAMPLES[name]
    pages = rendered[name]
    if spec.signatures:
        last = pages[-1]
        flat = last.text.replace("\r\n", "").replace("\n", "")
        for text in (*spec.signatures, *CAPTIONS):
            for word in _words(text, language):
                assert word in flat, (name, word)
        assert _body_text(last, spec, language, drop_signatures=True).strip(), name
    for number, page in enumerate(pages, start=1):
        assert _body_text(page, spec, language, drop_signatures=False, drop_headers=True), (
            name,
            number,
        )


def _body_text(
    page: Page, spec: FormSpec, language: str, drop_signatures: bool, drop_headers: bool = False
) -> str:
    """The text between the running header and the footer, less the signature block's
    or the tables' header labels; a page of blank rows counts its rows as content."""
    top, bottom = page.height - top_margin_mm(spec) * MM + 1, BOTTOM_MM * MM
    chars = [c for c, _, b, _, t in page.chars if b > bottom and t < top]
    text = "".join(chars)
    drop: list[Text] = []
    if drop_signatures:
        drop += [*spec.signatures, *CAPTIONS]
    if drop_headers:
        drop += [h for s in spec.sections if s.grid for h in s.grid.headers]
        rules = [s for s in page.segments if abs(s[1] - s[3]) < 0.1 and bottom < s[1] < top]
        if len(rules) > 6:  # blank rows to write in are content
            return text or "rows"
    for item in sorted(drop, key=lambda t: -len(t.en)):
        for word in _words(item, language):
            text = text.replace(word.replace(" ", ""), "")
    return text


@pytest.mark.parametrize("form", ["plan", "process", "emergency"])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_blank_paper_forms_fit_one_page(
    form: str, language: str, rendered: dict[str, list[Page]]
) -> None:
    """The blank plan, process and emergency forms each fit one A4 page."""
    assert len(rendered[f"blank-{form}-{language}"]) == 1
