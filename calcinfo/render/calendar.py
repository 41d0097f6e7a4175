"""Follow-up reminders as an iCalendar file, made with the maintained `icalendar` library."""

from __future__ import annotations

import datetime as dt
import hashlib

from calcinfo import __version__
from calcinfo.knowledge import strip_markers
from calcinfo.knowledge.engine import Explanation

BOOK_AHEAD = dt.timedelta(weeks=3)
"""How long before a check-up's usual date the calendar reminds her to book it."""


def to_ics(explanation: Explanation, made: dt.datetime | None = None) -> bytes:
    """One all-day event per dated reminder. Raises ValueError when there is none."""
    from icalendar import Alarm, Calendar, Event

    dated = [r for r in explanation.reminders if r.due]
    if not dated:
        raise ValueError("no dated reminders")
    stamp = made or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//calcinfo//calcinfo {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for reminder in dated:
        assert reminder.due is not None
        event = Event()
        key = f"{reminder.title}|{reminder.due.isoformat()}".encode()
        event.add("uid", hashlib.sha256(key).hexdigest()[:32] + "@calcinfo")
        event.add("dtstamp", stamp)
        event.add("summary", f"calcinfo: {reminder.title}")
        event.add("dtstart", reminder.due)
        event.add("dtend", reminder.due + dt.timedelta(days=1))
        event.add("description", strip_markers(reminder.text) + " " + explanation.notice)
        event.add("transp", "TRANSPARENT")
        # A check-up must be booked: a reminder a few weeks ahead, and one the day before.
        what = reminder.title.lower()
        for before, text in (
            (BOOK_AHEAD, f"Book your {what} for around {reminder.due:%d %B %Y}."),
            (dt.timedelta(days=1), f"Your {what} is due about now."),
        ):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", -before)
            alarm.add("description", f"calcinfo: {text}")
            event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
