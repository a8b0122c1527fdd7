"""Your data in real Chromium, at 1280x800 and 390x844: change and delete an entry and a check-in with a
confirmation, a form sent with a problem comes back with the values and the reason, and long words and
pasted links wrap instead of widening the page. Screenshots go to test-artifacts/screenshots."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SHOTS, TOKEN, no_axe_violations, serving, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
LONG_WORD = "Aaaaaah" + "h" * 300
LONG_LINK = (
    "https://example.org/" + "/".join(["a-very-long-path-segment-pasted-from-somewhere"] * 8) + "?q=" + "x" * 120
)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A server over a home with an entry holding one very long word and a pasted link, and two check-ins."""
    from datetime import timedelta

    from hearten.config import load_settings
    from hearten.domain.records import NewCheckin, NewEntry, now
    from hearten.store import open_store
    from hearten.web.app import create_app

    settings = load_settings(environ={"HEARTEN_HOME": str(tmp_path_factory.mktemp("your-data-home"))})
    store = open_store(settings)
    moment = now()
    store.import_records(
        entries=[
            NewEntry(
                text=f"{LONG_WORD} and a link {LONG_LINK}",
                mood=4,
                tags=("long", "link"),
                created_at=moment - timedelta(hours=2),
            )
        ],
        checkins=[
            NewCheckin(
                at=moment - timedelta(hours=3),
                mood=3,
                note=f"Slept badly {LONG_WORD}",
                activities=("walk", LONG_WORD[:60]),
            ),
            NewCheckin(at=moment - timedelta(hours=1), distress=2, sleep_hours=7.5, note="A calm hour"),
        ],
    )
    store.close()
    with serving(create_app(settings, token=TOKEN)) as address:
        yield address


def opened(browser, base, size, path):
    context = signed_in_context(browser, viewport=SIZES[size], base_url=base)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path)
    return context, page, errors


def shot(page, name, size):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"your-data-{name}-{size}.png", full_page=True)


def sideways(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize(
    "path", ["/", "/journal", "/journal/1", "/journal/1/edit", "/checkins", "/checkins/1/edit", "/journal/1/delete"]
)
def test_long_words_and_links_wrap(browser, base, size, path):
    context, page, errors = opened(browser, base, size, path)
    assert sideways(page) <= 0, f"{path} is {page.evaluate('document.documentElement.scrollWidth')} px wide at {size}"
    name = path.strip("/").replace("/", "-") or "home"
    shot(page, f"wrap-{name}", size)
    if size == "desktop" or path in ("/checkins", "/journal/1/edit"):
        no_axe_violations(page)
    context.close()
    assert not errors


@pytest.mark.parametrize("size", list(SIZES))
def test_writing_changing_and_deleting_an_entry(browser, base, size):
    context, page, errors = opened(browser, base, size, "/journal/new")
    page.fill("#text", f"Written at {size} width. A small step today.")
    page.click("label[for=mood-6]")
    page.fill("#tags", f"steps {size}")
    page.click("text=Save entry")
    page.wait_for_url("**/journal/*")
    entry_url = page.url
    assert page.locator(".entry-meta").inner_text().startswith("Mood 6 of 10")
    page.click(".entry-meta a.tag >> text=#steps")
    page.wait_for_url("**/journal?tag=steps")
    assert "Written at" in page.locator(".entries").inner_text()
    page.goto(entry_url)
    page.click("text=Change")
    page.wait_for_url("**/edit")
    assert page.input_value("#text").startswith(f"Written at {size} width.")
    assert page.is_checked("#mood-6")
    page.fill("#text", f"Changed at {size} width, more gently.")
    page.click("label[for=mood-none]")
    page.click("text=Save the changes")
    page.wait_for_url("**changed=1")
    assert page.get_by_role("status").inner_text() == "Your changes are saved."
    assert "more gently" in page.locator(".entry-text").inner_text()
    assert "Mood" not in page.locator("article.entry").inner_text()
    shot(page, "entry-changed", size)
    page.click("text=Delete…")
    page.wait_for_url("**/delete")
    assert page.locator("h1").inner_text() == "Delete this entry?"
    shot(page, "entry-delete-confirm", size)
    no_axe_violations(page)
    page.click("text=Keep it")  # changing your mind keeps it
    page.wait_for_url(entry_url)
    page.click("text=Delete…")
    page.click("text=Delete it for good")
    page.wait_for_url("**/journal?deleted=1")
    assert "The entry is deleted." in page.get_by_role("status").inner_text()
    assert page.goto(entry_url).status == 404
    context.close()
    assert not errors


@pytest.mark.parametrize("size", list(SIZES))
def test_a_form_with_a_problem_comes_back_with_the_values(browser, base, size):
    context, page, errors = opened(browser, base, size, "/checkin")
    page.click("text=Save check-in")  # nothing in it
    assert page.locator("#form-problems").is_visible()
    assert "There is nothing in this check-in yet" in page.locator("#form-problems").inner_text()
    shot(page, "checkin-empty", size)
    # As an old browser would send it (no checks of its own): sleep out of range, the rest kept.
    page.click("label[for=distress-4]")
    page.click("summary")
    page.evaluate("document.getElementById('checkin-form').noValidate = true")
    page.fill("#sleep_hours", "30")
    page.fill("#note", f"keep these words {size}")
    page.click("text=Save check-in")
    assert page.locator("#sleep_hours-problem").text_content() == "Sleep must be from 0 to 24 hours, not 30."
    assert page.input_value("#sleep_hours") == "30" and page.input_value("#note") == f"keep these words {size}"
    assert page.is_checked("#distress-4")
    assert page.locator("#sleep_hours").get_attribute("aria-invalid") == "true"
    assert "kind-" not in page.content() and "sleep_hours must" not in page.content()
    shot(page, "checkin-problem", size)
    no_axe_violations(page)
    page.fill("#sleep_hours", "7")
    page.click("text=Save check-in")
    page.wait_for_url("**/checkin?saved=*")
    context.close()
    assert not errors


@pytest.mark.parametrize("size", list(SIZES))
def test_changing_and_deleting_a_check_in_from_the_history(browser, base, size):
    context, page, errors = opened(browser, base, size, "/checkin")
    page.click("label[for=mood-5]")
    page.fill("#note", f"to change at {size}")
    page.click("text=Save check-in")
    page.wait_for_url("**/checkin?saved=*")
    page.click("text=Your earlier check-ins")
    page.wait_for_url("**/checkins")
    card = page.locator("li.entry-card", has_text=f"to change at {size}")
    card.get_by_role("link", name="Change").click()
    page.wait_for_url("**/edit")
    assert page.is_checked("#mood-5")
    page.fill("#note", f"changed at {size}")
    page.click("label[for=mood-7]")
    page.click("text=Save the changes")
    page.wait_for_url("**/checkins?changed=*")
    card = page.locator("li.entry-card", has_text=f"changed at {size}")
    assert "mood 7 of 10" in card.inner_text()
    shot(page, "checkins-changed", size)
    card.get_by_role("link", name="Delete").click()
    page.wait_for_url("**/delete")
    page.click("text=Delete it for good")
    page.wait_for_url("**/checkins?deleted=1")
    assert page.locator("li.entry-card", has_text=f"changed at {size}").count() == 0
    context.close()
    assert not errors


def test_the_daylio_moods_field_shows_only_for_a_daylio_export(browser, base):
    context, page, errors = opened(browser, base, "desktop", "/settings#import")
    field = page.locator("#import-mood-map")
    assert not field.is_visible()
    page.select_option("#import-source", "daylio")
    assert field.is_visible()
    page.select_option("#import-source", "jrnl")
    assert not field.is_visible()
    context.close()
    assert not errors
