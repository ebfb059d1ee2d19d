"""The activity library: ready plans peers can start a session from, and a site's own."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

from sqlalchemy import select

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services.sessions import SessionPlan
from app.starter_library import STARTER_PLANS
from db.base import new_uuid
from db.database import Database
from db.models import ActivityTemplate

FIELDS = ("title", "aim", "warm_up", "main_activity", "closing", "materials")


@dataclass(frozen=True)
class Template:
    """A library plan in one language."""

    key: str
    topic: str
    formats: tuple[str, ...]
    minutes: int | None
    title: str
    aim: str
    warm_up: str
    main_activity: str
    closing: str
    materials: str
    starter: bool


def ensure_starter_library(db: Database) -> int:
    """Adds the starter plans a database does not have yet; returns how many were added."""
    with db.transaction() as session:
        have = set(session.scalars(select(ActivityTemplate.key)))
        added = 0
        for plan in STARTER_PLANS:
            if plan.key in have:
                continue
            row = ActivityTemplate(
                key=plan.key, topic=plan.topic, formats=list(plan.formats),
                minutes=plan.minutes, starter=True,
            )  # fmt: skip
            for name in FIELDS:
                zh, en = getattr(plan, name)
                setattr(row, f"{name}_zh", zh)
                setattr(row, f"{name}_en", en)
            session.add(row)
            added += 1
        return added


def list_templates(db: Database, language: str, topic: str | None = None) -> list[Template]:
    """Library plans in the language ("zh" or "en"), by topic order then title."""
    suffix = "zh" if language.startswith("zh") else "en"
    with db.reading() as session:
        stmt = select(ActivityTemplate).where(ActivityTemplate.deleted.is_(False))
        if topic:
            stmt = stmt.where(ActivityTemplate.topic == topic)
        rows = list(session.scalars(stmt))
    order = codes.TOPICS.code_names()
    templates = [_template(row, suffix) for row in rows]
    return sorted(templates, key=lambda t: (order.index(t.topic), t.title))


def add_template(
    db: Database, actor: Account, topic: str, formats: tuple[str, ...], texts: dict[str, str]
) -> str:
    """Saves a site's own plan; its texts serve both languages until someone translates them.

    Whoever plans sessions may keep a plan for next time, so this asks for planning.
    """
    access.require(db, actor, Capability.PLAN_SESSIONS)
    if topic not in codes.TOPICS:
        raise UserError(
            translate("library", "{value!r} is not a known topic category.").format(value=topic)
        )
    if not texts.get("title", "").strip():
        raise UserError(translate("library", "The activity needs a title."))
    key = f"site-{new_uuid()}"
    with db.transaction(actor.username) as session:
        row = ActivityTemplate(key=key, topic=topic, formats=list(formats), starter=False)
        for name in FIELDS:
            text = texts.get(name, "").strip()
            setattr(row, f"{name}_zh", text)
            setattr(row, f"{name}_en", text)
        session.add(row)
    return key


def plan_from(template: Template, base: SessionPlan) -> SessionPlan:
    """The base plan with the template's topic, formats, texts and (if known) length."""
    end = base.planned_end
    if template.minutes:
        minutes = base.planned_start.hour * 60 + base.planned_start.minute + template.minutes
        end = time(min(minutes // 60, 23), minutes % 60)
    return replace(
        base, planned_end=end, topic=template.topic, formats=template.formats,
        theme=template.title, aim=template.aim, warm_up=template.warm_up,
        main_activity=template.main_activity, closing=template.closing,
        materials=template.materials,
    )  # fmt: skip


def _template(row: ActivityTemplate, suffix: str) -> Template:
    texts = {name: getattr(row, f"{name}_{suffix}") for name in FIELDS}
    return Template(
        key=row.key, topic=row.topic, formats=tuple(row.formats), minutes=row.minutes,
        starter=row.starter, **texts,
    )  # fmt: skip


def blank_plan(community: str, day: date) -> SessionPlan:
    """An empty plan for a community and day, with the usual morning time."""
    return SessionPlan(community, day, time(9, 0), time(10, 30), "rehabilitation_center",
                       "daily_life_skills", None)  # fmt: skip
