"""Hypothesis: a mutated export is refused with a clear line and nothing changes, or it imports and every page still works.

For each format hearten imports (its own JSON export, jrnl's JSON and text, Daylio's CSV),
thousands of mutations of a real export are imported into one home. A refusal must be one
plain line and leave the database as it was; an import that succeeds must leave every list
command exiting 0, the home screen rendering, and every page and list API answering 200.
Deterministic (derandomize, no example database). MUTATIONS cases per format keep CI to
about ten seconds a format; HEARTEN_MUTATIONS=3000 runs a deeper search.
"""

from __future__ import annotations

import copy
import json
import os
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, event, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from hearten import services
from hearten.cli import cli
from hearten.config import load_settings
from hearten.domain.records import InvalidInput
from hearten.services import assessments, practice_sessions
from hearten.store import open_store

MUTATIONS = int(os.environ.get("HEARTEN_MUTATIONS", "400"))  # per format; HEARTEN_MUTATIONS=3000 for a deep run
CASES = hsettings(
    max_examples=MUTATIONS,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
)
LIST_COMMANDS = [
    [],
    ["journal", "list"],
    ["journal", "list", "--json"],
    ["checkin", "list"],
    ["checkin", "list", "--json"],
    ["practice", "history"],
    ["practice", "history", "--json"],
    ["assess", "list"],
    ["assess", "list", "--json"],
    ["assess", "responses"],
    ["export", "--out", "{tmp}/check.json"],
]
PAGES = [
    "/",
    "/journal",
    "/insights",
    "/assessments",
    "/practices/history",
    "/api/sessions",
    "/api/entries",
    "/api/checkins",
    "/settings",
]
WHEN = datetime(2026, 3, 10, 20, 15, tzinfo=timezone(timedelta(hours=1)))


# ---------------------------------------------------------------- one home for every case


class Home:
    """A hearten home with a web app and a CLI over it, reset to a small baseline after each import."""

    def __init__(self, folder):
        self.folder = folder
        self.env = {"HEARTEN_HOME": str(folder / "home")}
        self.settings = load_settings(environ=self.env)
        self.store = open_store(self.settings)
        from hearten.web.app import create_app

        self.app = create_app(self.settings, clock=lambda: WHEN + timedelta(days=1))
        from tests.web.conftest import signed_in

        self.client = signed_in(self.app)
        self.runner = CliRunner()
        self.swept: set = set()
        self.reset()

    def reset(self):
        self.store.wipe()
        services.add_entry(self.store, text="Already here before the import.", mood=6, at=WHEN - timedelta(days=3))
        self.before = self.snapshot()

    def snapshot(self) -> dict:
        document = services.export_document(self.store)
        document.pop("exported_at")
        return document

    def close(self):
        self.app.state.hearten.close()
        self.store.close()

    def import_(self, data: bytes, source: str):
        try:
            return services.import_bytes(self.store, data=data, name="mutated", source=source)
        except InvalidInput as refused:
            message = str(refused)
            assert message and "\n" not in message and len(message) < 2000, message
            assert message.startswith("mutated"), message  # names the file, then the record and field
            assert self.snapshot() == self.before, "a refused import changed the database"
            event("refused")
            return None

    def everything_works(self):
        for args in LIST_COMMANDS:
            args = [a.replace("{tmp}", str(self.folder)) for a in args]
            result = self.runner.invoke(cli, ["--home", self.env["HEARTEN_HOME"], *args], catch_exceptions=True)
            assert result.exit_code == 0, (args, result.output, result.exception)
        for instrument in {a.instrument_id for a in self.store.list_assessments()}:
            result = self.runner.invoke(cli, ["--home", self.env["HEARTEN_HOME"], "assess", "history", instrument])
            assert result.exit_code == 0, (instrument, result.output, result.exception)
        for path in PAGES + [f"/assessments/{i}" for i in {a.instrument_id for a in self.store.list_assessments()}]:
            response = self.client.get(path)
            assert response.status_code == 200, (path, response.status_code, response.text[:500])


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    made = Home(tmp_path_factory.mktemp("aftermath"))
    yield made
    made.close()


def shape(node):
    """What kind of data a home holds, coarsely: key names, types, and rough sizes and signs of values.

    Two imports that leave the same shape behind are swept once: sweeping every page after
    every import would take minutes, and a value of the same type, sign and size has, so
    far, always failed or passed the same way.
    """
    if isinstance(node, dict):
        return tuple(sorted((k, shape(v)) for k, v in node.items() if k not in ("uid", "entry_uid", "session_uid")))
    if isinstance(node, list):
        return ("list", tuple(sorted(set(map(shape, node)), key=repr)))
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, (int, float)):
        size = abs(node)
        return (
            type(node).__name__,
            node < 0,
            next(i for i, top in enumerate((0, 1, 10, 100, 1e4, 1e9, float("inf"))) if size <= top),
        )
    text = str(node)
    year = text[:4] if text[:4].isdigit() and text[4:5] == "-" else None
    return ("str", min(len(text), 101) // 10, text.isascii(), "\n" in text, text[:1] in "=+-@", year)


def check(home: Home, data: bytes, source: str) -> None:
    result = home.import_(data, source)
    if result is None:
        return  # refused, and checked to have changed nothing
    try:
        event("imported" if any(result["added"].values()) else "nothing new")
        seen = shape(home.snapshot())
        if seen not in home.swept:
            home.swept.add(seen)
            event("swept every page and command")
            home.everything_works()
    finally:
        home.reset()


# ---------------------------------------------------------------- the exports to mutate


def hearten_export(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("source")
    store = open_store(load_settings(environ={"HEARTEN_HOME": str(folder / "home")}))
    try:
        entry = services.add_entry(
            store,
            text="I was so hard on myself today.\nThen I wrote it down.",
            mood=3,
            tags=("work", "evening"),
            at=WHEN,
        )
        services.add_reframe(
            store,
            entry_id=entry,
            original="I was so hard on myself today.",
            reframe="It was a hard day, and I noticed it.",
        )
        services.add_checkin(
            store, mood=4, distress=6, sleep_hours=6.5, active_minutes=20, social=3, food=5, note="tired", at=WHEN
        )
        practice_sessions.run_scripted(
            store,
            practice_id="self-talk-30-30",
            fast=True,
            answers={"distress_before": 6, "mood": 5, "regret-choice": "The email I sent", "words": "You meant well."},
        )
        practice_sessions.run_scripted(
            store,
            practice_id="self-care-check",
            fast=True,
            answers={"sleep": 4, "activity": 7, "joy": "music", "plan": "an early night"},
        )
        practice_sessions.run_scripted(store, practice_id="grounding", fast=True, answers={"check": "About the same"})
        for instrument_id in ("self-compassion-checkin", "wellbeing-weekly"):
            instrument = assessments.get_instrument(store, instrument_id=instrument_id)
            assessments.take(
                store, instrument_id=instrument_id, answers=[instrument.scale.min + 1] * len(instrument.items), at=WHEN
            )
        return services.export_document(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> dict:
    return hearten_export(tmp_path_factory)


# ---------------------------------------------------------------- mutations

NASTY = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        -1,
        1,
        11,
        2**63,
        -(2**63),
        10**30,
        1e308,
        -1e308,
        1e-300,
        0.5,
        3.5,
        "",
        " ",
        "3.5",
        "7",
        "yes",
        "true",
        "null",
        "\ud800",
        "a\udfffb",
        "\x00",
        "line\nbreak",
        "\u2028",
        "0001-01-01T00:00:00+00:00",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59+00:00",
        "9999-12-31T23:59:59-14:00",
        "1899-12-31T23:59:59+00:00",
        "2026-13-01T00:00:00+00:00",
        "2026-03-10T20:15:00",
        "2026-03-10",
        {},
        [],
        {"a": 1},
        [1, 2],
        {"x": {"y": []}},
        [None],
        "x" * 300,
        "<script>alert(1)</script>",
        "=SUM(A1)",
        "reversed",
        "mean",
        "none",
        "prorate",
        "free",
        "imported",
    ]
)
VALUES = (
    NASTY
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.recursive(
        st.none() | st.booleans() | st.integers(-3, 12) | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
        max_leaves=6,
    )
)


def paths(node, here=()):
    """Every place in a document a value sits, containers included."""
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*here, index))


def mutate(document, draw, *, protect=()):
    """One to three changes: a value replaced, a key removed or added, or a list item dropped or copied."""
    document = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        places = [p for p in paths(document) if p and p[0] not in protect]
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent = document
        for step in place[:-1]:
            parent = parent[step]
        last = place[-1]
        how = draw(st.sampled_from(["replace"] * 6 + ["remove", "add", "copy"]))
        if how == "replace":
            parent[last] = copy.deepcopy(draw(VALUES))  # sampled values are shared objects: never change them
        elif how == "remove":
            del parent[last]
        elif how == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "id", "uid", "answers", "text", "reversed"]))] = copy.deepcopy(
                draw(VALUES)
            )
        elif how == "copy" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
    return document


def encode(document) -> bytes:
    # ensure_ascii keeps a lone surrogate as a \ud800 escape: the JSON is valid, the text it holds is not
    return json.dumps(document, ensure_ascii=True).encode("ascii")


@hsettings(CASES)
@given(st.data())
def test_mutated_hearten_exports(home, export, data):
    mutated = mutate(export, data.draw, protect=("format", "version", "app_version", "exported_at"))
    check(home, encode(mutated), "hearten")


JRNL_EXPORT = {
    "tags": {"@work": 1},
    "entries": [
        {
            "title": "Hard day.",
            "body": "I kept replaying the meeting. @work",
            "date": "2026-03-09",
            "time": "21:14",
            "tags": ["@work"],
            "starred": False,
        },
        {"title": "Better.", "body": "", "date": "2026-03-10", "time": "07:02", "tags": [], "starred": True},
    ],
}


@hsettings(CASES)
@given(st.data())
def test_mutated_jrnl_json_exports(home, data):
    check(home, encode(mutate(JRNL_EXPORT, data.draw)), "jrnl")


JRNL_TEXT = """[2026-03-09 09:14:00 PM] Hard day.
I kept replaying the meeting. @work

[2026-03-10 07:02] Better. *
Slept well.
"""
DAYLIO_CSV = """full_date,date,weekday,time,mood,activities,note_title,note
2026-03-10,March 10,Tuesday,8:30 pm,good,friends | walk,A walk,"Went out.<br>Felt <b>lighter</b>."
2026-03-09,March 9,Monday,21:05,awful,work,,"Hard day"
2026-03-08,March 8,Sunday,10:00,meh,,,
"""
PIECES = st.sampled_from(
    [
        "[",
        "]",
        "[2026-03-11 10:00] ",
        "[9999-12-31 23:59] ",
        "[0001-01-01 00:00] ",
        "[2026-02-30 10:00] ",
        "\n",
        "\r\n",
        ",",
        '"',
        "|",
        "<br>",
        "@",
        "#",
        "*",
        "\ud800",
        "\x00",
        "\ufeff",
        "0",
        "99",
        "13:61",
        "pm",
        "rad",
        "awful",
        "unknown-mood",
        " ",
        "\t",
        "é",
        "💙",
        "x" * 70,
    ]
) | st.text(max_size=4)


def mutate_text(text: str, draw) -> bytes:
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 8)))
        text = text[:start] + draw(PIECES) + text[end:]
    # surrogatepass writes a lone surrogate as the bytes it would have been; importers must refuse them
    return text.encode("utf-8", "surrogatepass")


@hsettings(CASES)
@given(st.data())
def test_mutated_jrnl_journals(home, data):
    check(home, mutate_text(JRNL_TEXT, data.draw), "jrnl")


@hsettings(CASES)
@given(st.data())
def test_mutated_daylio_exports(home, data):
    check(home, mutate_text(DAYLIO_CSV, data.draw), "daylio")


def test_the_unmutated_exports_import_and_show(home, export):
    for data, source in (
        (encode(export), "hearten"),
        (encode(JRNL_EXPORT), "jrnl"),
        (JRNL_TEXT.encode(), "jrnl"),
        (DAYLIO_CSV.encode(), "daylio"),
    ):
        result = services.import_bytes(home.store, data=data, name="clean", source=source)
        assert any(result["added"].values())
        home.everything_works()
        home.reset()
