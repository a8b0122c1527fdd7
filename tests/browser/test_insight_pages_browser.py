"""The insights, calendar, experiment and report pages in real Chromium: axe-clean, no sideways scroll,
chart text at least 12 px at phone width (Home's chart too), and a screenshot of each at desktop and phone width."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.browser.conftest import DESKTOP, SHOTS, TOKEN, no_axe_violations, serving, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

PHONE_390 = {"width": 390, "height": 844}
PAGES = {
    "insights": "/insights",
    "calendar": "/calendar",
    "calendar-year": "/calendar?year={year}",
    "calendar-day": "/calendar/{yesterday}",
    "experiment": "/experiment",
    "report": "/report",
}

# The smallest chart text as shown (its font size times how much its chart is scaled), over the charts on view.
SMALLEST_CHART_TEXT = """() => Math.min(Infinity, ...[...document.querySelectorAll('svg.hearten-chart text')]
    .filter(t => t.getBoundingClientRect().height > 0).map(t => parseFloat(getComputedStyle(t).fontSize)
    * t.closest('svg').getBoundingClientRect().width / t.closest('svg').viewBox.baseVal.width))"""


@pytest.fixture(scope="module")
def filled_server(tmp_path_factory):
    """A server over a home with 90 days of check-ins, practice, a note, an entry and a running experiment."""
    from hearten.config import load_settings
    from hearten.domain.records import NewCheckin, NewEntry, NewSession, now
    from hearten.services import experiments
    from hearten.store import open_store
    from hearten.web.app import create_app

    settings = load_settings(environ={"HEARTEN_HOME": str(tmp_path_factory.mktemp("insights-home"))})
    store = open_store(settings)
    today = now().replace(hour=12, minute=0, second=0, microsecond=0)
    checkins, sessions = [], []
    for back in range(90):
        if back % 11 == 5:
            continue  # a few days without a check-in: gaps the charts must show
        at = today - timedelta(days=back)
        practised = (back // 3) % 2 == 0
        checkins.append(
            NewCheckin(
                at=at,
                mood=3 + 2 * practised + back % 3,
                distress=6 - back % 4,
                sleep_hours=6 + back % 3,
                social=4 + back % 5,
                note="a slow walk by the river" if back == 1 else None,
            )
        )
        if practised:
            sessions.append(
                (
                    NewSession(
                        practice_id="mindful-breathing",
                        started_at=at - timedelta(hours=2),
                        ended_at=at - timedelta(hours=1, minutes=50),
                        planned_seconds=600,
                        actual_seconds=600,
                        completed=True,
                        distress_before=6,
                        distress_after=4 + back % 2,
                    ),
                    [],
                )
            )
    store.import_records(
        checkins=checkins,
        sessions=sessions,
        entries=[NewEntry(text="Tired, but kinder to myself today.", created_at=today - timedelta(days=1))],
    )
    experiments.start(
        store,
        practice_id="loving-kindness",
        question="Does loving-kindness lift my evening mood?",
        moment=today - timedelta(days=3),
    )
    store.close()
    app = create_app(settings, token=TOKEN)
    with serving(app) as address:
        yield address, today


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_axe_clean_readable_and_a_screenshot(browser, filled_server, name, scheme):
    base, today = filled_server
    path = PAGES[name].format(year=today.year, yesterday=(today - timedelta(days=1)).date().isoformat())
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE_390)):
        context = signed_in_context(browser, viewport=viewport, base_url=base, color_scheme=scheme)
        page = context.new_page()
        page.goto(path)
        page.emulate_media(color_scheme=scheme)
        page.screenshot(path=SHOTS / f"{name}-{size}-{scheme}.png", full_page=True)
        no_axe_violations(page)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways at {size} width ({overflow}px)"
        smallest = page.evaluate(SMALLEST_CHART_TEXT)
        assert smallest >= 12, f"{name} has chart text of {smallest:.1f} px at {size} width"
        context.close()


def test_insights_page_says_what_went_with_practising(browser, filled_server):
    base, _ = filled_server
    context = signed_in_context(browser, viewport=PHONE_390, base_url=base)
    page = context.new_page()
    page.goto("/insights")
    text = page.inner_text("main")
    assert text.index("What went with practising") < text.index("Mood")
    assert "Mindful breathing" in text and "95% interval" in text
    assert page.locator("svg.hearten-chart polyline").count() > 4  # lines broken at the missing days
    page.goto("/")
    assert "Does loving-kindness lift my evening mood?" in page.inner_text("main")
    context.close()


def test_home_chart_text_is_at_least_12_px_at_phone_width(browser, filled_server):
    base, _ = filled_server
    for viewport in (PHONE_390, DESKTOP):
        context = signed_in_context(browser, viewport=viewport, base_url=base)
        page = context.new_page()
        page.goto("/")
        charts = page.locator("svg.hearten-chart", has_text="Practice minutes, the last 7 days")
        assert sum(charts.nth(n).is_visible() for n in range(charts.count())) == 1  # one of its two sizes shows
        smallest = page.evaluate(SMALLEST_CHART_TEXT)
        assert 12 <= smallest < float("inf"), f"Home's chart has text of {smallest:.1f} px at {viewport['width']} px"
        context.close()
