"""Keeping parts of a form together across page breaks, as a designed paper form does.

ReportLab's ``KeepTogether`` moves a whole group to the next page when it does not fit,
which sends a long table away from its heading and leaves the page above half empty.
These two flowables instead break inside the long part and keep only what must stay:

- ``WithNext``: a heading (or note) is never the last thing on a page: it goes where the
  first rows of what follows go.
- ``EndsWith``: a signature block is never split and never stands alone on a page: the end
  of the content before it always shares its page.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.flowables import Flowable

BIG = 0xFFFFFF


def _height(flowables: list[Any], width: float, height: float) -> float:
    """How tall the flowables stand one under another, spaces between them included (the
    first one's space above too: the frame keeps it unless at the top of a page)."""
    total = 0.0
    for item in flowables:
        before = item.getSpaceBefore()
        _, h = item.wrap(width, max(height - total - before, 1))
        total += before + h + item.getSpaceAfter()
    return total


def expand(flowables: list[Any]) -> list[Any]:
    """The flowables with each ``WithNext`` opened: its lead marked to go with what follows."""
    opened: list[Any] = []
    for item in flowables:
        if isinstance(item, WithNext):
            for lead in item.lead:
                lead.with_next = True
            opened += [*item.lead, item.body]
        else:
            opened.append(item)
    return opened


def flow(flowables: list[Any], width: float, height: float) -> tuple[list[Any], list[Any]]:
    """The flowables split where ``height`` runs out: (what fits, what is left); a lead
    marked to go with what follows is never the last of what fits."""
    head, tail = _flow(flowables, width, height)
    while head and tail and getattr(head[-1], "with_next", False):
        tail.insert(0, head.pop())
    return head, tail


def _flow(flowables: list[Any], width: float, height: float) -> tuple[list[Any], list[Any]]:
    head: list[Any] = []
    used = 0.0
    for number, item in enumerate(flowables):
        before = item.getSpaceBefore()
        _, h = item.wrap(width, max(height - used - before, 0))
        if used + before + h <= height:
            head.append(item)
            used += before + h + item.getSpaceAfter()
            continue
        room = height - used - before
        parts = item.split(width, room) if room > 0 else []
        if parts:
            head.append(parts[0])
            return head, [*parts[1:], *flowables[number + 1 :]]
        return head, list(flowables[number:])
    return head, []


class _Forced(Flowable):  # type: ignore[misc]
    """Always asks the frame to split it, so ``split`` decides where the parts go."""

    def __init__(self) -> None:
        super().__init__()
        self.hAlign = "CENTER"

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return width, BIG


class WithNext(_Forced):
    """Lead flowables placed only on a page that also holds the start of the body."""

    def __init__(self, lead: list[Any], body: Any) -> None:
        super().__init__()
        self.lead, self.body = lead, body

    def split(self, width: float, height: float) -> list[Any]:
        every = [*self.lead, self.body]
        if _height(every, width, height) <= height:
            return every
        room = height - _height(self.lead, width, height) - self.body.getSpaceBefore()
        parts = self.body.split(width, room) if room > 0 else []
        if not parts:
            return []  # not one row fits here: all of it starts on the next page
        return [*self.lead, *parts]


class EndsWith(_Forced):
    """Content followed by an unbreakable block that always shares a page with its end."""

    def __init__(self, content: list[Any], block: Any) -> None:
        super().__init__()
        self.content, self.block = expand(content), block

    def split(self, width: float, height: float) -> list[Any]:
        every = [*self.content, self.block]
        if _height(every, width, height) <= height:
            return every
        content = _height(self.content, width, height)
        block = _height([self.block], width, height)
        # where to break: as low as the page allows; else just above the content's last
        # row, so it goes along with the block; else lower, for a row too tall to leave
        # only a sliver (tables refuse to split a row into a very small part)
        for cut in (height, min(content - 1, height), height - block, height / 2):
            head, tail = flow(self.content, width, cut) if cut > 0 else ([], [])
            if head and tail:
                return [*head, EndsWith(tail, self.block)]
        return []
