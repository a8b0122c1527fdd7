"""Rendering pages: one Jinja2 environment with autoescaping on, and the context every page shares."""

from __future__ import annotations

from pathlib import Path

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from hearten import messages
from hearten.domain.records import one_line, preview
from hearten.domain.safety import FRESHNESS_IN_CRISIS_BOX
from hearten.web.pages import NAV

TEMPLATES = Path(__file__).parent / "templates"


class KeysFirstEnvironment(jinja2.Environment):
    """Jinja2, where a dict's key wins over dict's own methods: plain Jinja reads `row.clear` as the
    method clear (always true) even when the row has a "clear" key, and `view["items"]` with no such
    key as the method items. Here `row.clear` is the key when there is one (`values.get(...)` still
    calls the method), and `view["items"]` is only ever the key: undefined when missing. So a template
    iterating a dict of data whose keys could be anything says `|dictsort` rather than `.items()`."""

    def getattr(self, obj, attribute):
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        if isinstance(obj, dict):
            return obj[argument] if argument in obj else self.undefined(obj=obj, name=argument)
        return super().getitem(obj, argument)


env = KeysFirstEnvironment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every value is escaped unless a template says otherwise
    trim_blocks=True,
    lstrip_blocks=True,
    auto_reload=False,
)


def _date(moment, fmt: str = "%a %d %b %Y") -> str:
    """A moment as people write it: the day of the month without a leading zero ("7 Dec", not "07 Dec")."""
    if moment is None:
        return ""
    return moment.strftime(fmt.replace("%d", str(moment.day)) if "%m" not in fmt else fmt)


def _number(value, places: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


env.filters["date"] = _date
env.filters["number"] = _number
env.filters["minutes_said"] = messages.minutes_said
env.filters["one_line"] = one_line
env.filters["preview"] = preview


def _guessed_words(country) -> str:
    return messages.HELP_GUESSED.format(name=country.name, where=messages.HELP_GUESSED_WEB)


env.globals["guessed_words"] = _guessed_words
env.globals["practice_week"] = messages.practice_week
env.globals["freshness_in_crisis_box"] = FRESHNESS_IN_CRISIS_BOX
env.globals["messages"] = messages  # words the CLI says too, so both say them alike


def locale_of(request) -> str | None:
    """The browser's languages ("en-GB,en;q=0.9"), whose first region guesses the help lines' country
    while none is chosen; the header comes from the person's own browser and goes no further."""
    return request.headers.get("accept-language")


def state_of(request: Request):
    return request.app.state.hearten


def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    """A whole page; `context` adds to what every page gets (title, nav, token, settings)."""
    state = state_of(request)
    path = request.url.path
    section = (
        "/checkin" if path == "/checkins" or path.startswith("/checkins/") else path
    )  # the history belongs to Check in
    current = next(
        (href for href, _ in NAV[1:] if section == href or section.startswith(href + "/")), "/" if path == "/" else None
    )
    html = env.get_template(template).render(
        nav=NAV,
        current=current,
        csrf=getattr(request.state, "csrf_token", ""),  # none on a page the guard never saw (a missing static file)
        settings=state.settings,
        locked=state.locked,
        path=path,
        **context,
    )
    return HTMLResponse(html, status_code=status)


def confirm_delete(request: Request, *, noun: str, moment, quote, note: str, action: str, back: str) -> HTMLResponse:
    """The page that asks before something a person wrote is deleted: when, its first words, what goes with it."""
    article = "an" if noun[:1] in "aeiou" else "a"
    return page(
        request,
        "confirm_delete.html",
        title=f"Delete {article} {noun}",
        heading=f"Delete this {noun}?",
        question=f"Your {noun} of {moment:%A %d %B %Y, %H:%M}. Deleting it cannot be undone.",
        quote=quote,
        note=note,
        action=action,
        back=back,
    )


def error_page(request: Request, status: int, title: str, message: str, **context) -> HTMLResponse:
    """An error in words; `back` and `back_label` offer a way on besides the start."""
    return page(request, "error.html", status=status, title=title, message=message, **context)
