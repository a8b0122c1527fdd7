"""Every page of the local web app, in one list: the app, the navigation and the page-walking tests read it.

Adding a page: write its route in a `routes_*.py` module (listed in ROUTE_MODULES once), then add a
`Page` here. The navigation shows the pages that have a `nav` label, in this order; the tests open
every page's `example` path (with a little data entered first), check it answers, run axe on it and
take screenshots at desktop and phone width.
"""

from __future__ import annotations

from typing import NamedTuple

# Route modules under hearten.web, included into the app in this order.
ROUTE_MODULES = (
    "routes_home",
    "routes_checkin",
    "routes_journal",
    "routes_practices",
    "routes_learn",
    "routes_assessments",
    "routes_insights",
    "routes_help",
    "routes_settings",
    "routes_reminders",
    "routes_api",
    "routes_calendar",
    "routes_experiment",
    "routes_report",
)


class Page(NamedTuple):
    name: str  # short and unique: screenshot file names and test ids
    example: str  # a path that shows this page once the tests' sample data is in
    nav: str | None = None  # its label in the navigation bar, if it has one
    one_record: bool = False  # shows one stored record, so `example` answers 404 until there is one


PAGES = (
    Page("home", "/", "Home"),
    Page("checkin", "/checkin", "Check in"),
    Page("journal", "/journal", "Journal"),
    Page("journal-new", "/journal/new"),
    Page("entry", "/journal/1", one_record=True),
    Page("entry-edit", "/journal/1/edit", one_record=True),
    Page("entry-delete", "/journal/1/delete", one_record=True),
    Page("checkins", "/checkins"),
    Page("checkin-edit", "/checkins/1/edit", one_record=True),
    Page("checkin-delete", "/checkins/1/delete", one_record=True),
    Page("practices", "/practices", "Practices"),
    Page("player", "/practices/self-talk-30-30"),
    Page("grounding", "/practices/grounding"),
    Page("practice-history", "/practices/history"),
    Page("session", "/practices/sessions/1", one_record=True),
    Page("session-delete", "/practices/sessions/1/delete", one_record=True),
    Page("learn", "/learn", "Learn"),
    Page("assessments", "/assessments", "Assessments"),
    Page("assessment-take", "/assessments/self-compassion-checkin/take"),
    Page("assessment-attach", "/assessments/scs-26/attach"),
    Page("assessment-history", "/assessments/self-compassion-checkin"),
    Page("assessment-delete", "/assessments/results/1/delete", one_record=True),
    Page("insights", "/insights", "Insights"),
    Page("calendar", "/calendar"),
    Page("calendar-day", "/calendar/2026-11-04"),
    Page("experiment", "/experiment"),
    Page("report", "/report"),
    Page("help", "/help"),
    Page("help-after-practice", "/help?from=practice"),
    Page("settings", "/settings", "Settings"),
)

# GET routes that are not pages: files to download, and a page shown only while hearten is locked.
NOT_PAGES = ("/report/download", "/settings/export", "/unlock")

NAV = tuple((page.example, page.nav) for page in PAGES if page.nav)
