"""/insights (effects first), /calendar, /experiment and /report in the web app."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader

from hearten.domain.records import NewCheckin, NewEntry, NewSession
from tests.web.conftest import post_form


def fill(app, clock, days=60):
    store = app.state.hearten.store
    today = clock.moment.replace(hour=12)
    checkins, sessions = [], []
    for back in range(days):
        at = today - timedelta(days=back)
        practised = (back // 3) % 2 == 0
        checkins.append(
            NewCheckin(
                at=at,
                mood=4 + 2 * practised + back % 2,
                distress=5 - back % 3,
                sleep_hours=6 + back % 4,
                note="walked by the river" if back == 1 else None,
            )
        )
        if practised:
            sessions.append(
                (
                    NewSession(
                        practice_id="mindful-breathing",
                        started_at=at - timedelta(hours=1),
                        ended_at=at - timedelta(minutes=50),
                        planned_seconds=600,
                        actual_seconds=600,
                        completed=True,
                        distress_before=6,
                        distress_after=4,
                    ),
                    [],
                )
            )
    store.import_records(
        checkins=checkins,
        sessions=sessions,
        entries=[NewEntry(text="A <quiet> day at home", created_at=today - timedelta(days=1), mood=5)],
    )
    app.state.hearten.note_write()


def test_insights_shows_effects_before_the_charts(app, client, clock):
    fill(app, clock)
    text = client.get("/insights").text
    assert "What went with practising" in text and "Mindful breathing" in text
    assert text.index("What went with practising") < text.index('class="charts"')
    assert "95% interval" in text and "days with" in text and "caused" not in text.replace("not that one caused", "")


def test_calendar_month_year_and_day(app, client, clock):
    fill(app, clock)
    month = client.get("/calendar").text
    assert "March 2026" in month and 'aria-label="12 Mar: mood' in month and 'aria-current="date"' in month
    assert client.get("/calendar?month=2026-02").status_code == 200
    year = client.get("/calendar?year=2026").text
    assert "a year in pixels" in year
    # A link for each day with a mood (fill() gives 60 days of check-ins), and each month's name: no tabbing
    # through 365 squares.
    assert year.count('href="/calendar/2026-') == 60 and year.count('href="/calendar?month=2026-') == 12
    assert year.count('class="mood-none"') == 365 - 60
    day = client.get("/calendar/2026-03-11").text
    assert "walked by the river" in day and "A &lt;quiet&gt; day at home" in day and "Mindful breathing" in day
    assert client.get("/calendar/2026-13-40").status_code == 404
    assert client.get("/calendar?month=nonsense").status_code == 404


def test_experiment_start_show_and_stop(client):
    page = client.get("/experiment").text
    assert "Start an experiment" in page
    response = post_form(
        client, "/experiment/start", {"practice": "loving-kindness", "question": "Does it lift my mood?", "weeks": "6"}
    )
    assert response.status_code == 303
    page = client.get("/experiment").text
    assert "Does it lift my mood?" in page and "13 Mar" in page and "What it cannot mean" in page
    assert page.count("<tr") >= 7
    assert post_form(client, "/experiment/start", {"practice": "rain", "question": "x"}).status_code == 400
    assert post_form(client, "/experiment/stop", {}).status_code == 303
    assert "Start an experiment" in client.get("/experiment").text


def test_report_pdf_and_html_downloads(app, client, clock):
    fill(app, clock)
    assert "Include my journal" in client.get("/report").text
    response = client.get("/report/download?period=week&format=pdf")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    import io

    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "your week" in text and "quiet" not in text
    page = client.get("/report/download?period=month&format=html&journal=yes").text
    assert "A &lt;quiet&gt; day at home" in page
    assert client.get("/report/download?format=docx").status_code == 400


def test_home_shows_todays_part_of_the_experiment(client, clock):
    post_form(
        client, "/experiment/start", {"practice": "rain", "question": "Does RAIN calm my evenings?", "weeks": "6"}
    )
    assert "It starts on 13 Mar" in client.get("/").text
    clock.moment += timedelta(days=1)
    home = client.get("/").text
    assert "Does RAIN calm my evenings?" in home and ("practice day" in home or "rest day" in home)


def test_rises_in_distress_show_from_the_first_sessions_as_in_the_cli(client):
    from tests.web.conftest import A_SESSION, api_headers

    rising = {**A_SESSION, "distress_before": 2, "distress_after": 5}
    for _ in range(2):
        assert client.post("/api/sessions", headers=api_headers(client), json=rising).status_code == 201
    page = " ".join(client.get("/insights").text.split())
    assert "Distress before and after" in page and "It rose by 3 or more in 2 of 2." in page
    assert "Nothing to show yet" not in page


def test_no_practice_is_said_as_none_not_as_under_a_minute(client):
    page = " ".join(client.get("/insights").text.split())
    assert "No practice over the last" in page and "Under a minute" not in page


def test_a_difference_that_may_be_chance_says_so_as_in_the_cli(app, client, clock):
    from hearten import messages
    from hearten.services import insights as insights_service

    fill(app, clock)
    found = insights_service.insights_json(app.state.hearten.store, moment=clock.moment)
    unclear = [e for e in found["effects"] if not e["clear"]]
    unlinked = [a for a in found["associations"] if not a["clear"]]
    assert unclear and unlinked, "the filled days should give some figures that may be chance"
    text = client.get("/insights").text
    assert text.count(messages.INSIGHTS_UNCLEAR) == len(unclear)
    assert text.count('class="effect clear"') == len(found["effects"]) - len(unclear)
    assert text.count("no clear link") == len(unlinked)
    assert ": (r " not in text  # never a bare colon where the words belong


def test_the_calendars_first_and_last_days_open(client):
    """The calendar runs to 9999-12-31: its last month, year and day open like any other."""
    for path in ("/calendar?month=9999-12", "/calendar?year=9999", "/calendar/9999-12-31", "/calendar/0001-01-01"):
        assert client.get(path).status_code == 200, path


def test_the_report_form_chooses_what_goes_in(app, client, clock):
    fill(app, clock)
    form = client.get("/report").text
    assert form.count('name="part"') == 4 and 'name="chosen" value="parts"' in form
    ticked = client.get("/report/download?format=html&chosen=parts&part=days&part=questionnaires").text
    assert "How the days went" in ticked and "Mindful breathing" not in ticked
    # A link without the form's marker has every part, as before.
    assert "Mindful breathing" in client.get("/report/download?format=html").text
