"""A realistic, deterministic demo project: four communities over three years.

Everything goes through the services, so the demo obeys the same rules as real data.
The calendar below is written for 2015-09-01 to 2018-08-31 and moved, in whole weeks, so
that the project ends on the day asked (today by default): Today, Exchange and the report
show it at once. The sessions of the last few days are waiting to be logged and the next two
weeks are planned. All chance comes from one seeded generator, so the same seed and end day
always give the same project.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from app import codes
from app.demo_content import (
    CONTINUING_TOPICS,
    EVENTS,
    FEEDBACK,
    GIVEN,
    NOTES,
    SUPERVISION_TOPICS,
    SURNAMES,
    THEMES,
    TRAINING_WORKSHOPS,
)
from app.errors import UserError
from app.i18n import translate
from app.permissions import SYSTEM
from app.services import (
    accounts,
    emergencies,
    lookup,
    people,
    screening,
    sessions,
    site,
    supervision,
    surveys,
    training,
)
from db.database import Database

END = date(2018, 8, 31)
"""The last day of the calendar as written; the project is moved to end on the day asked."""
SURVEY_DAY = date(2018, 6, 30)
WAITING_DAYS = 3
"""Sessions held in the last few days are not logged yet, as at a real site."""
PLANNED_AHEAD = timedelta(days=14)
BEIJING = timedelta(hours=8)
COMMUNITIES = [
    ("TJH", "团结湖", "Tuanjiehu", date(2015, 9, 1)),
    ("MZD", "麦子店", "Maizidian", date(2016, 3, 1)),
    ("XHY", "香河园", "Xiangheyuan", date(2016, 9, 1)),
    ("JS", "劲松", "Jinsong", date(2017, 3, 1)),
]
FORMAT_CODES = codes.FORMATS.code_names()


@dataclass
class Member:
    """Bookkeeping of one demo person: roles over time and leave, to pick who can attend."""

    code: str
    community: str
    roles: list[tuple[str, date, date | None]] = field(default_factory=list)
    leave: list[tuple[date, date]] = field(default_factory=list)

    def available(self, role: str, on: date) -> bool:
        """Enrolled in the role on the day and not on leave."""
        enrolled = any(r == role and s <= on and (e is None or on < e) for r, s, e in self.roles)
        return enrolled and not any(s <= on < e for s, e in self.leave)


@dataclass(frozen=True)
class DemoSummary:
    """How much the demo created."""

    communities: int
    peers: int
    consumers: int
    caregivers: int
    sessions_held: int
    sessions_cancelled: int
    attendances: int
    emergency_events: int
    supervisions: int
    training_sessions: int
    survey_answers: int

    def __str__(self) -> str:
        return "\n".join(
            [
                translate("demo", "Demo project created:"),
                translate("demo", "  communities: {n}").format(n=self.communities),
                translate("demo", "  peers: {n}, consumers: {m}, caregivers: {k}").format(
                    n=self.peers, m=self.consumers, k=self.caregivers
                ),
                translate("demo", "  sessions held: {n}, cancelled: {m}").format(
                    n=self.sessions_held, m=self.sessions_cancelled
                ),
                translate("demo", "  consumers attending: {n}").format(n=self.attendances),
                translate("demo", "  emergency events: {n}").format(n=self.emergency_events),
                translate("demo", "  supervisions: {n}, training sessions: {m}").format(
                    n=self.supervisions, m=self.training_sessions
                ),
                translate("demo", "  survey answers: {n}").format(n=self.survey_answers),
            ]
        )


class DemoBuilder:
    """Builds the demo project step by step with one random generator."""

    def __init__(self, db: Database, seed: int, end: date | None = None) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.today = end or date.today()
        self.offset = timedelta(weeks=(self.today - END).days // 7)  # weekdays stay as written
        self.end = self.at(END)
        self.members: dict[str, Member] = {}
        self.held: list[tuple[str, str, date, tuple[str, ...]]] = []
        self.counts: dict[str, int] = dict.fromkeys(
            ("held", "cancelled", "attendances", "events", "supervisions", "training", "answers"), 0
        )

    def at(self, day: date) -> date:
        """A day of the calendar as written, moved to the project's period."""
        return day + self.offset

    # People -----------------------------------------------------------------------------

    def add_staff(self) -> None:
        for community, zh, _en, _start in COMMUNITIES:
            accounts.add_staff(self.db, SYSTEM, f"{community}-D", f"{zh}社区{self._name()[0]}医生",
                               "community_doctor")  # fmt: skip
        accounts.add_staff(self.db, SYSTEM, "PSY1", "赵医生", "psychiatrist")
        accounts.add_staff(self.db, SYSTEM, "CP1", "孙心理师", "clinical_psychologist")
        accounts.add_staff(self.db, SYSTEM, "SW1", "周社工", "social_worker")

    def add_people(self, community: str, start: date) -> None:
        rng = self.rng
        for n in range(rng.randint(4, 6)):
            joined = start if n < 3 else start + timedelta(days=rng.randint(30, 200))
            self._person(f"{community}-P{n + 1:02d}", community, "peer", joined)
        consumers = []
        for n in range(rng.randint(12, 20)):
            joined = start + timedelta(days=rng.randint(0, 300))
            consumers.append(
                self._person(f"{community}-C{n + 1:02d}", community, "consumer", joined)
            )
        for n, cared_for in enumerate(consumers[:4]):
            code = f"{community}-G{n + 1:02d}"
            joined = cared_for.roles[0][1]
            self._person(code, community, "caregiver", joined)
            with self.db.transaction() as session:
                people.link_caregiver(
                    session,
                    lookup.person(session, code),
                    lookup.person(session, cared_for.code),
                    self.rng.choice(["母亲", "父亲", "配偶", "子女"]),
                )

    def _person(self, code: str, community: str, role: str, joined: date) -> Member:
        rng = self.rng
        age = rng.randint(22, 58) if role != "caregiver" else rng.randint(40, 70)
        birth = date(joined.year - age, rng.randint(1, 12), rng.randint(1, 28))
        data = people.PersonData(
            code=code,
            community=community,
            sex=rng.choice(["male", "female"]),
            birth_date=birth,
            education=rng.choice(codes.EDUCATION.code_names()[:5]),
            marital_status=rng.choice(["single", "single", "married", "divorced", "widowed"]),
            working=rng.random() < (0.45 if role == "peer" else 0.2),
            diagnosis=None
            if role == "caregiver"
            else rng.choice(["schizophrenia", "schizophrenia", "bipolar"]),
        )
        contact = people.ContactData(
            self._name(), f"1{rng.randint(3, 8)}{rng.randint(0, 10**9 - 1):09d}"
        )
        people.add_person(self.db, SYSTEM, data, role, joined, contact)
        if role != "caregiver":
            self._screen(code, role, joined)
        member = Member(code, community, [(role, joined, None)])
        self.members[code] = member
        return member

    def _screen(self, code: str, role: str, joined: date) -> None:
        criteria = dict.fromkeys(codes.SCREENING_CRITERIA[role].code_names(), True)
        psp = self.rng.randint(51, 80) if role == "peer" else None
        community = self.members[code].community if code in self.members else code.split("-")[0]
        screening.record_screening(
            self.db, SYSTEM,
            screening.ScreeningData(code, role, joined - timedelta(days=7), criteria,
                                    f"{community}-D", psp),
            confirmed=True,
        )  # fmt: skip
        for kind in codes.CONSENT_KINDS.code_names():
            screening.record_consent(self.db, SYSTEM, code, kind, joined - timedelta(days=1))

    def _name(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def status_changes(self) -> None:
        """Peers on leave and back, one peer who quit, one consumer who became a peer."""
        at = self.at
        self._leave("TJH-P02", "peer", at(date(2016, 5, 1)), at(date(2016, 8, 1)), "住院治疗")
        self._leave("MZD-P03", "peer", at(date(2017, 9, 1)), at(date(2017, 11, 15)),
                    "照顾生病的家人")  # fmt: skip
        self._leave("TJH-C05", "consumer", at(date(2017, 1, 10)), at(date(2017, 4, 1)),
                    "回老家探亲")  # fmt: skip
        quitter = self.members["XHY-P01"]
        people.change_status(self.db, SYSTEM, quitter.code, "peer", "quit", at(date(2017, 12, 1)),
                             "搬到其他城区居住")  # fmt: skip
        quitter.roles[0] = ("peer", quitter.roles[0][1], at(date(2017, 12, 1)))
        becoming = self.members["TJH-C03"]
        day = max(at(date(2017, 3, 1)), becoming.roles[0][1] + timedelta(days=30))
        people.change_status(
            self.db, SYSTEM, becoming.code, "consumer", "quit", day, "转为同伴支持者"
        )
        people.enrol(self.db, SYSTEM, becoming.code, "peer", day)
        self._screen(becoming.code, "peer", day)
        becoming.roles = [("consumer", becoming.roles[0][1], day), ("peer", day, None)]

    def _leave(self, code: str, role: str, start: date, back: date, reason: str) -> None:
        people.change_status(self.db, SYSTEM, code, role, "on_leave", start, reason)
        people.change_status(self.db, SYSTEM, code, role, "active", back)
        self.members[code].leave.append((start, back))

    def available(self, community: str, role: str, on: date) -> list[str]:
        """Codes of people in the community who can take part in the role on the day."""
        return sorted(
            m.code for m in self.members.values()
            if m.community == community and m.available(role, on)
        )  # fmt: skip

    # Sessions ---------------------------------------------------------------------------

    def session_days(self, community: str, start: date) -> list[date]:
        """Monthly at first, then every two weeks, then weekly; twice weekly at Tuanjiehu."""
        days, day = [], start + timedelta(days=7)
        while day <= self.today + PLANNED_AHEAD:
            days.append(day)
            months = (day - start).days / 30.4
            if months < 6:
                step = 28
            elif months < 18:
                step = 14
            elif community == "TJH" and day >= self.at(date(2017, 9, 1)):
                step = 3 if day.weekday() < 2 else 4
            else:
                step = 7
            day += timedelta(days=step)
        return days

    def add_sessions(self, community: str, start: date) -> None:
        rng = self.rng
        topics: list[str] = []
        with self.db.transaction() as session:
            for index, day in enumerate(self.session_days(community, start)):
                peers = self.available(community, "peer", day)
                if len(peers) < 2:
                    continue
                if not topics:
                    topics = codes.TOPICS.code_names()
                    rng.shuffle(topics)
                topic = topics.pop()
                theme, aim = rng.choice(THEMES[topic])
                begin = time(9, 0) if rng.random() < 0.6 else time(14, 0)
                length = rng.choice([60, 75, 90, 90, 120])
                end = (datetime.combine(day, begin) + timedelta(minutes=length)).time()
                chosen = rng.sample(peers, 3 if len(peers) > 4 and rng.random() < 0.3 else 2)
                formats = [FORMAT_CODES[index % len(FORMAT_CODES)]]
                if rng.random() < 0.4:
                    formats.append(rng.choice(FORMAT_CODES[:5]))
                formats = list(dict.fromkeys(formats))
                plan = sessions.SessionPlan(
                    community=community, session_date=day, planned_start=begin,
                    planned_end=end, venue=rng.choice(["rehabilitation_center",
                    "rehabilitation_center", "health_center", "outdoors"]),
                    topic=topic, lead_peer=chosen[0], assisting_peers=tuple(chosen[1:]),
                    formats=tuple(formats), format_other="手工制作" if "other" in formats else "",
                    theme=theme, aim=aim, warm_up="简单拉伸，互相问候",
                    main_activity=f"{theme}：{aim}", closing="每人说一句今天的收获",
                    materials="签到表、白板、笔",
                )  # fmt: skip
                sid = sessions.plan_in(session, plan, confirmed=True)
                if day > self.today - timedelta(days=WAITING_DAYS):
                    continue  # held in the last few days or still to come: not logged yet
                if rng.random() < 0.04:
                    reason = rng.choice(["venue_unavailable", "weather", "holiday",
                                         "peer_unavailable", "too_few_participants"])  # fmt: skip
                    sessions.cancel_in(session, sid, reason)
                    self.counts["cancelled"] += 1
                    continue
                self._log(session, sid, community, day, begin, end, chosen)

    def _log(self, session, sid, community, day, begin, end, chosen) -> None:  # type: ignore[no-untyped-def]
        rng = self.rng
        consumers = self.available(community, "consumer", day)
        present = tuple(c for c in consumers if rng.random() < 0.75)
        absent = tuple(c for c in consumers if c not in present)
        late = timedelta(minutes=rng.randint(0, 10))
        report = sessions.SessionReport(
            actual_start=(datetime.combine(day, begin) + late).time(),
            actual_end=end,
            consumers_present=present,
            consumers_absent=absent,
            peers_present=tuple(chosen),
            staff_present=(f"{community}-D",) if rng.random() < 0.3 else (),
            feedback=rng.choice(FEEDBACK),
            notes=rng.choice(NOTES),
        )
        sessions.log_in(session, sid, report, confirmed=True)
        self.counts["held"] += 1
        self.counts["attendances"] += len(present)
        self.held.append((sid, community, day, present))

    # Safety, supervision, training, surveys ----------------------------------------------

    def add_emergencies(self) -> None:
        candidates = [h for h in self.held if h[3]]
        step = max(1, len(candidates) // len(EVENTS))
        for n, (kind, what, action) in enumerate(EVENTS):
            sid, community, day, present = candidates[(n * step + step // 2) % len(candidates)]
            when = datetime.combine(day, time(10, 15), tzinfo=UTC) - BEIJING
            eid = emergencies.report_event(
                self.db, SYSTEM,
                emergencies.EventReport(
                    community=community, occurred_at=when, kind=kind, description=what,
                    action_taken=action, people=(present[0],), place="社区康复站",
                    session_id=sid, reported_by=f"{community}-P01", reported_to=f"{community}-D",
                ),
            )  # fmt: skip
            self.counts["events"] += 1
            if n == len(EVENTS) - 1:
                continue  # the last one waits for the doctor, as a real site's list would
            emergencies.acknowledge(
                self.db, SYSTEM, eid, f"{community}-D", at=when + timedelta(hours=2)
            )
            closing = n < len(EVENTS) - 2
            emergencies.follow_up(self.db, SYSTEM, eid, "电话随访，情况稳定。", close=closing,
                                  at=when + timedelta(days=1))  # fmt: skip

    def add_supervision(self, community: str, start: date) -> None:
        rng = self.rng
        plans: list[tuple[date, str, str | None]] = []
        day = start + timedelta(days=42)
        while day <= self.end:
            plans.append((day, "group", None))
            day += timedelta(days=42)
        day = start + timedelta(days=60)
        while day <= self.end:
            plans.append((day, "online", None))
            day += timedelta(days=90)
        held_here = [h for h in self.held if h[1] == community]
        plans += [(h[2], "session", h[0]) for h in held_here[::10]]
        plans += [(h[2] + timedelta(days=1), "as_needed", None) for h in held_here[5::60]]
        for day, kind, sid in sorted(plans, key=lambda p: (p[0], p[1])):
            supervision.record_supervision(
                self.db, SYSTEM,
                supervision.SupervisionData(
                    community=community, held_on=day, kind=kind,
                    supervisors=(supervision.Supervisor(rng.choice([f"{community}-D", "CP1"])),),
                    peers=tuple(self.available(community, "peer", day)),
                    topics=rng.choice(SUPERVISION_TOPICS), session_id=sid,
                ),
            )  # fmt: skip
            self.counts["supervisions"] += 1

    def add_training(self, community: str, start: date) -> None:
        rng = self.rng
        first = start - timedelta(days=21)
        course = training.add_course(self.db, SYSTEM, "pre_service", "同伴支持者岗前培训", first,
                                     first + timedelta(days=4), community)  # fmt: skip
        trainees = [m.code for m in self.members.values()
                    if m.community == community and m.roles[0][0] == "peer"]  # fmt: skip
        for n, topic in enumerate(TRAINING_WORKSHOPS):
            attended = tuple(c for c in trainees if rng.random() < 0.9)
            absent = tuple(c for c in trainees if c not in attended)
            training.add_training_session(self.db, SYSTEM, course,
                                          first + timedelta(days=min(n, 4)),
                                          topic, attended, absent, "孙心理师")  # fmt: skip
            self.counts["training"] += 1
        year = start + timedelta(days=365)
        while year <= self.end:
            course = training.add_course(self.db, SYSTEM, "continuing", "同伴支持者继续培训", year,
                                         community=community)  # fmt: skip
            for n, topic in enumerate(rng.sample(CONTINUING_TOPICS, 2)):
                day = year + timedelta(days=7 * n)
                training.add_training_session(
                    self.db,
                    SYSTEM,
                    course,
                    day,
                    topic,
                    tuple(self.available(community, "peer", day)),
                )
                self.counts["training"] += 1
            year += timedelta(days=365)

    def add_surveys(self) -> None:
        rng = self.rng
        answers = []
        for member in sorted(self.members.values(), key=lambda m: m.code):
            for instrument in codes.INSTRUMENTS:
                role = codes.INSTRUMENT_ROLES[instrument]
                # The demo's caregivers care for consumers: theirs is "continue to participate".
                items = codes.items_for(instrument, "consumer" if role == "caregiver" else None)
                if role == "caregiver":
                    enrolled = any(r == "caregiver" for r, _, _ in member.roles)
                else:
                    enrolled = member.available(role, self.at(SURVEY_DAY))
                if not enrolled:
                    continue
                for item in items:
                    roll = rng.random()
                    answer = "yes" if roll < 0.8 else "no" if roll < 0.92 else "not_assessed"
                    reason = (
                        rng.choice(["住院", "外出未归", "拒绝回答"])
                        if answer == "not_assessed"
                        else ""
                    )
                    answers.append(surveys.Answer(member.code, instrument, item, answer,
                                                  self.at(SURVEY_DAY), reason))  # fmt: skip
        self.counts["answers"] = surveys.record_answers(self.db, SYSTEM, answers)

    def summary(self) -> DemoSummary:
        roles = [m.roles for m in self.members.values()]
        return DemoSummary(
            communities=len(COMMUNITIES),
            peers=sum(any(r == "peer" for r, _, _ in rs) for rs in roles),
            consumers=sum(any(r == "consumer" for r, _, _ in rs) for rs in roles),
            caregivers=sum(any(r == "caregiver" for r, _, _ in rs) for rs in roles),
            sessions_held=self.counts["held"],
            sessions_cancelled=self.counts["cancelled"],
            attendances=self.counts["attendances"],
            emergency_events=self.counts["events"],
            supervisions=self.counts["supervisions"],
            training_sessions=self.counts["training"],
            survey_answers=self.counts["answers"],
        )


def make_demo(db: Database, seed: int = 2015, end: date | None = None) -> DemoSummary:
    """Fills an empty site with the demo project ending on the day given (today by default);
    refuses a database that holds people."""
    if db.installation() is None:
        site.init_site(db, "DEMO", "Chaoyang peer support demo")
    if people.list_people(db):
        raise UserError(
            translate(
                "demo", "This database already holds people; the demo only fills an empty site."
            )
        )
    with db.all_or_nothing():  # a demo stopped part way leaves no half-filled site
        return _fill(db, seed, end)


def _fill(db: Database, seed: int, end: date | None) -> DemoSummary:
    builder = DemoBuilder(db, seed, end)
    for code, zh, en, start in COMMUNITIES:
        site.add_community(db, SYSTEM, code, en, zh, builder.at(start))
    builder.add_staff()
    for code, _zh, _en, start in COMMUNITIES:
        builder.add_people(code, builder.at(start))
    builder.status_changes()
    for code, _zh, _en, start in COMMUNITIES:
        builder.add_sessions(code, builder.at(start))
    builder.add_emergencies()
    for code, _zh, _en, start in COMMUNITIES:
        builder.add_supervision(code, builder.at(start))
        builder.add_training(code, builder.at(start))
    builder.add_surveys()
    return builder.summary()
