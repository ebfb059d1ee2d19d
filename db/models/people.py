"""Participants and staff: who they are, their roles over time, screening and consent.

Names and contact details live in ``contact`` alone, so that everything else can travel
in a bundle without identifying anyone.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Travelling


class Person(Travelling, Base):
    """A peer, consumer or caregiver, known by a code; demographics only, no name."""

    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("owner_site", "code"),)

    code: Mapped[str] = mapped_column(String(32))
    community_id: Mapped[str] = mapped_column(ForeignKey("community.id"), index=True)
    sex: Mapped[str | None] = mapped_column(String(16))
    birth_date: Mapped[date | None] = mapped_column(Date)
    education: Mapped[str | None] = mapped_column(String(32))
    marital_status: Mapped[str | None] = mapped_column(String(16))
    working: Mapped[bool | None] = mapped_column(Boolean)
    diagnosis: Mapped[str | None] = mapped_column(String(32))
    # Set when consent is withdrawn: details were erased and only the retention rules' fields kept.
    consent_withdrawn_on: Mapped[date | None] = mapped_column(Date)
    former_codes: Mapped[str | None] = mapped_column(Text)
    """Codes the person had before a correction, as a JSON list, oldest first."""

    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="person", order_by="Enrolment.enrolled_on"
    )


class Contact(Travelling, Base):
    """Name and contact details of a person; stays at the site."""

    __tablename__ = "contact"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    emergency_contact: Mapped[str] = mapped_column(Text, default="")


class Enrolment(Travelling, Base):
    """A period in which a person holds a role (peer, consumer, caregiver) in a community."""

    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("person_id", "role", "enrolled_on"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("community.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    enrolled_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="enrolments")


class StatusChange(Travelling, Base):
    """A change of an enrolment's status: active, on leave or quit, with the reason."""

    __tablename__ = "status_change"

    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolment.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    effective_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")

    enrolment: Mapped[Enrolment] = relationship()


class CaregiverLink(Travelling, Base):
    """A caregiver and the person they care for."""

    __tablename__ = "caregiver_link"
    __table_args__ = (UniqueConstraint("caregiver_id", "cared_for_id"),)

    caregiver_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    cared_for_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    relationship_to: Mapped[str] = mapped_column(String(64), default="")


class Screening(Travelling, Base):
    """Screening against the inclusion criteria of a role, before enrolment.

    ``criteria`` maps each criterion code of the role to met (true) or not met (false).
    """

    __tablename__ = "screening"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    screened_on: Mapped[date] = mapped_column(Date)
    assessor_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    criteria: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    psp_score: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Migration 0014: the rest of the protocol's screening sheet; None: not recorded (a
    # screening made before, or a bundle from a site not upgraded yet).
    referral: Mapped[str | None] = mapped_column(String(32))
    """How the person came (a REFERRALS code)."""
    referral_other: Mapped[str | None] = mapped_column(Text, default="")
    psychiatrist_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    """The team psychiatrist who assessed the person."""
    psychiatrist_assessment: Mapped[str | None] = mapped_column(Text, default="")
    evidence: Mapped[dict[str, str] | None] = mapped_column(JSON, default=dict)
    """Each criterion's source of evidence (an EVIDENCE_SOURCES code), by criterion code."""
    compassionate: Mapped[bool | None] = mapped_column(Boolean)
    """Peers: compassionate and willing to help."""
    practical_skills: Mapped[bool | None] = mapped_column(Boolean)
    """Peers: has practical skills."""
    diagnosis_found: Mapped[str | None] = mapped_column(String(32))
    """The diagnosis the screening found (a DIAGNOSES code)."""
    decision: Mapped[str | None] = mapped_column(String(16))
    """Eligible or not (an ELIGIBILITY code), with who decided and when."""
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    decided_on: Mapped[date | None] = mapped_column(Date)
    follow_up_contact: Mapped[bool | None] = mapped_column(Boolean)
    """Caregivers: willing to be contacted for follow-up."""
    cared_for_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    """Caregivers: the person they care for."""


class Consent(Travelling, Base):
    """A signed informed consent or service and group activity agreement."""

    __tablename__ = "consent"
    __table_args__ = (UniqueConstraint("person_id", "kind", "signed_on"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    signed_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


class StaffMember(Travelling, Base):
    """A professional supporting the service: community doctor, psychiatrist and so on."""

    __tablename__ = "staff_member"
    __table_args__ = (UniqueConstraint("owner_site", "code"),)

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    profession: Mapped[str] = mapped_column(String(32))
    community_id: Mapped[str | None] = mapped_column(ForeignKey("community.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
