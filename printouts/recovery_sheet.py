"""The recovery sheet: the recovery key of an encrypted site database, printed once.

A pure writer: it takes the key and the site's name and writes an A4 PDF to a path or a
stream, Chinese with English beneath (or English only), the key in large type.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from printouts.render import (
    MONO,
    Renderer,
    _register_font,
    build,
    doc_template,
    label_markup,
)
from printouts.spec import Field, FormSpec, Section, Text

T = Text
TITLE = T("数据库恢复密钥", "Database recovery key")
NOTES = (
    (
        T("这是什么", "What this is"),
        T(
            "本站的数据库已加密。每个账户的密码都能打开它；"
            "如果密码全都忘了（例如唯一的社区医生忘记了密码），"
            "这张纸上的恢复密钥可以打开数据库，并为账户设置新密码。",
            "This site's database is encrypted. Each account's password opens it; "
            "if every password is forgotten (say the only community doctor forgets "
            "theirs), the recovery key on this sheet opens the database and lets a new "
            "password be set for an account.",
        ),
    ),
    (
        T("如何使用", "How to use it"),
        T(
            "在登录窗口点“使用恢复密钥”，输入恢复密钥（大小写和横线都可以忽略）、用户名和新密码。",
            "In the sign-in window choose \u201cUse the recovery key\u201d and type "
            "the recovery key (capitals and dashes do not matter), the user name and "
            "a new password.",
        ),
    ),
    (
        T("妥善保管", "Keep it safe"),
        T(
            "把本页锁在安全的地方，不要和电脑放在一起，不要拍照或发到聊天群。"
            "任何人拿到本页和数据库文件，"
            "都能读取全部记录。",
            "Lock this sheet away, not with the computer; do not photograph it or send "
            "it in a chat. Anyone with this sheet and the database file can read every record.",
        ),
    ),
    (
        T("密钥文件", "The key file"),
        T(
            "数据库旁边的密钥文件（{keys}）保存着打开数据库所需的密钥，请和数据库一起备份。"
            "密钥文件和本页都丢失时，数据将无法恢复。",
            "The key file beside the database ({keys}) holds what opens the database: back it up "
            "with the database. If both the key file and this sheet are lost, the data is lost.",
        ),
    ),
    (
        T("更换", "Replacing it"),
        T(
            "社区医生可以生成新的恢复密钥并打印新的一页；之后本页对数据库不再有效，"
            "但仍能打开更换之前做的备份。",
            "A community doctor can make a new recovery key and print a new sheet; this sheet then "
            "no longer opens the database, but still opens backups made before the change.",
        ),
    ),
)


def recovery_sheet_spec(site_code: str, site_name: str, keys_file: str, made: date) -> FormSpec:
    """The sheet's text around the key: site, date and what to do with it."""
    details = Section(None, (
        Field(T("站点", "Site"), f"{site_name} ({site_code})"),
        Field(T("生成日期", "Made on"), made.isoformat()),
    ))  # fmt: skip
    notes = tuple(Section(title, note=T(text.zh.format(keys=keys_file),
                                        text.en.format(keys=keys_file)))
                  for title, text in NOTES)  # fmt: skip
    return FormSpec(TITLE, site_name, (details, *notes), number="X03 v2")


def write_recovery_sheet(
    recovery_key: str,
    site_code: str,
    site_name: str,
    keys_file: str,
    made: date,
    language: str,
    out: str | Path | IO[bytes],
) -> None:
    """Writes the recovery sheet as an A4 PDF; the key in large monospaced type, in groups,
    in a ruled box."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    spec = recovery_sheet_spec(site_code, site_name, keys_file, made)
    renderer = Renderer(spec, language)
    story = renderer.flowables()
    _register_font(mono=True)
    big = ParagraphStyle("key", fontName=MONO, fontSize=20, leading=30, alignment=1)
    groups = recovery_key.split("-")
    lines = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    heading = renderer.paragraph(label_markup(T("恢复密钥", "Recovery key"), language, 12),
                                 renderer.heading)  # fmt: skip
    box = Table([[renderer.paragraph("<br/>".join(escape(line) for line in lines), big)]],
                colWidths=[renderer.width])  # fmt: skip
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                             ("TOPPADDING", (0, 0), (-1, -1), 10),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))  # fmt: skip
    story[2:2] = [heading, box, Spacer(1, 3 * mm)]
    target = str(out) if isinstance(out, Path) else out
    build(spec, language, doc_template(spec, language, target), story)
