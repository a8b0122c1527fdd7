"""The Assessments page and adding your own copy of a questionnaire's questions, in real Chromium
at 1280x800 and 390x844: padded cards, web links instead of a command, a form that keeps what you pasted."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SHOTS, no_axe_violations, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def page(browser, server):
    """A page that may log the browser's own line for a 400 answer (the form shown again), and nothing else."""
    context = signed_in_context(browser, base_url=server)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield opened
    context.close()
    assert not [e for e in errors if "status of 400" not in e], errors


@pytest.mark.parametrize("width", WIDTHS)
def test_cards_are_padded_and_point_at_the_web(page, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto("/assessments")
    paddings = page.eval_on_selector_all(
        ".instrument-list > li.card", "els => els.map(e => parseFloat(getComputedStyle(e).paddingLeft))"
    )
    assert paddings and min(paddings) >= 12
    assert "hearten assess" not in page.inner_text("main")
    assert page.inner_text("main").count("Add your copy of the questions") == 2
    assert "Self-compassion reflection" in page.inner_text("main")
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    assert no_axe_violations(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"assessments-{width}.png", full_page=True)
    page.click("a[href='/assessments/scs-sf-12/attach']")
    page.fill("#questions", "1. only one question")
    page.click("text=Add the questions")
    assert "one on each line; there is 1 line here" in page.inner_text("#questions-problem")
    assert page.input_value("#questions") == "1. only one question"  # nothing lost
    assert page.get_attribute("#questions", "aria-invalid") == "true"
    assert no_axe_violations(page)
    page.screenshot(path=SHOTS / f"assessment-attach-problem-{width}.png", full_page=True)
