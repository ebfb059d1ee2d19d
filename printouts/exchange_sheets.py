"""Paper for the hand-over of bundles: a site's key fingerprint and an import receipt.

The fingerprint sheet travels with the site's first bundle (or is read out over the
phone), so the project manager confirms the key against paper, not against the file it
came with. The receipt is what the project manager gives back: which bundles arrived.
"""

from __future__ import annotations

from collections.abc import Sequence

from printouts.spec import Field, FormSpec, Grid, Section, Text

T = Text


def site_key_sheet(
    site: str, site_code: str, fingerprint: str, state: str, at_project: bool
) -> FormSpec:
    """The fingerprint of a site's signing key, printed at the site or at the project."""
    if at_project:
        note = T(
            "这是项目管理员收到的该站点数据包所用密钥的指纹。请与站点打印的指纹单逐字核对，"
            "完全一致后才能确认该站点。",
            "This is the fingerprint of the key that signed the bundles received from this "
            "site. Compare it, character by character, with the sheet the site printed; "
            "confirm the site only if they are the same.",
        )
    else:
        note = T(
            "请把这张指纹单随第一个数据包一起交给项目管理员，或电话读给项目管理员。"
            "项目管理员核对一致后才会接收本站点的数据包。",
            "Hand this sheet to the project manager with the first bundle, or read the "
            "fingerprint to them by phone. The project manager accepts this site's bundles "
            "only once the fingerprint they see matches this sheet.",
        )
    fields = (
        Field(T("站点编号", "Site code"), site_code),
        Field(T("密钥指纹", "Key fingerprint"), fingerprint, mono=True),
        Field(T("状态", "State"), state),
    )
    return FormSpec(
        T("站点密钥指纹", "Site key fingerprint"),
        site,
        (Section(None, fields=fields), Section(None, note=note)),
        signatures=(
            T("站点社区医生", "Site's community doctor"),
            T("项目管理员", "Project manager"),
        ),
        number="X01 v2",
    )


def grouped(key: str, size: int = 4) -> str:
    """A key or digest in groups of four, read out one group at a time."""
    plain = key.replace("-", "").replace(" ", "")
    return " ".join(plain[i : i + size] for i in range(0, len(plain), size))


RECEIPT_HEADERS = (
    T("序号", "Bundle"),
    T("导入时间", "Imported at"),
    T("记录数", "Records"),
    T("摘要", "Digest"),
)


def receipt_sheet(
    site: str, site_code: str, rows: Sequence[Sequence[str]], missing: Sequence[str],
    audit_flags: Sequence[str] = (),
) -> FormSpec:  # fmt: skip
    """Every bundle the project manager has imported from a site, the ones not arrived, and
    whether the site's audit log went backwards or was rewritten between its bundles."""
    sections = [
        Section(None, fields=(Field(T("站点", "Site"), site_code),)),
        Section(
            T("已导入的数据包", "Bundles imported"),
            grid=Grid(
                RECEIPT_HEADERS,
                tuple((*r[:3], grouped(r[3]), *r[4:]) for r in rows),
                font_size=9,
                widths=(20, 44, 24, 92),
                mono_columns=(3,),
            ),
        )
        if rows
        else Section(T("已导入的数据包", "Bundles imported"), note=T("无", "None")),
    ]
    if missing:
        sections.append(
            Section(
                T("尚未收到的数据包", "Bundles not yet arrived"),
                fields=tuple(Field(T("缺少", "Missing"), line) for line in missing),
            )
        )
    if audit_flags:
        sections.append(
            Section(
                T("审计日志警告", "Audit log warnings"),
                fields=tuple(Field(T("请核查", "To check"), line) for line in audit_flags),
            )
        )
    return FormSpec(
        T("数据包导入回执", "Bundle import receipt"),
        site,
        tuple(sections),
        signatures=(T("项目管理员", "Project manager"),),
        number="X02 v2",
    )
