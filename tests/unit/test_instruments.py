"""Instrument files, scoring by hand-computed examples, and every way a file or answer can be wrong."""

from __future__ import annotations

import copy
import json
import tomllib
from datetime import UTC, datetime, timedelta
from fractions import Fraction

import pytest

from hearten.content.instruments import (
    MAX_FILE_BYTES,
    instruments_dir,
    load_instrument_file,
    load_instruments,
    parse_instrument_text,
)
from hearten.domain.instruments import (
    Instrument,
    InstrumentError,
    answers_from_list,
    assessment_json,
    attach_item_text,
    band_for,
    display_score,
    is_due,
    new_assessment,
    parse_answer_list,
    parse_instrument,
    score,
)
from hearten.domain.records import InvalidInput, NewAssessment

SCS_26_KEY = {
    "self_kindness": [5, 12, 19, 23, 26],
    "self_judgment": [1, 8, 11, 16, 21],
    "common_humanity": [3, 7, 10, 15],
    "isolation": [4, 13, 18, 25],
    "mindfulness": [9, 14, 17, 22],
    "over_identification": [2, 6, 20, 24],
}
SCS_SF_12_KEY = {
    "self_kindness": [2, 6],
    "self_judgment": [11, 12],
    "common_humanity": [5, 10],
    "isolation": [4, 8],
    "mindfulness": [3, 7],
    "over_identification": [1, 9],
}
NEGATIVE = {"self_judgment", "isolation", "over_identification"}


@pytest.fixture(scope="module")
def shipped() -> dict[str, Instrument]:
    return load_instruments()


def with_text(key: Instrument) -> Instrument:
    return attach_item_text(key, [f"Statement number {n}" for n in range(1, len(key.items) + 1)])


def minimal(**changes) -> dict:
    """A small valid instrument as plain data, with top-level changes applied."""
    data = {
        "id": "tiny",
        "title": "Tiny",
        "version": "1",
        "instructions": "Answer each.",
        "provenance": "Test data; not a validated instrument.",
        "retake_days": 7,
        "scale": {"min": 1, "max": 5},
        "subscales": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
        "items": [
            {"id": "q1", "text": "One", "subscale": "a"},
            {"id": "q2", "text": "Two", "subscale": "a", "reversed": True},
            {"id": "q3", "text": "Three", "subscale": "b"},
        ],
        "bands": [{"name": "lower", "min": 1, "max": 3}, {"name": "upper", "min": 3, "max": 5}],
    }
    data.update(changes)
    return data


# --- what ships --------------------------------------------------------------------------


def test_shipped_instruments_load(shipped):
    assert set(shipped) == {"self-compassion-checkin", "wellbeing-weekly", "scs-26", "scs-sf-12"}
    for instrument in shipped.values():
        assert instrument.provenance and instrument.retake_days >= 1


@pytest.mark.parametrize(("instrument_id", "key"), [("scs-26", SCS_26_KEY), ("scs-sf-12", SCS_SF_12_KEY)])
def test_keys_match_the_published_keys(shipped, instrument_id, key):
    instrument = shipped[instrument_id]
    assert instrument.requires_item_text
    assert [i.id for i in instrument.items] == [str(n) for n in range(1, len(instrument.items) + 1)]
    found = {s.id: [int(i.id) for i in instrument.subscale_items(s.id)] for s in instrument.subscales}
    assert found == key
    for item in instrument.items:
        assert item.reversed == (item.subscale in NEGATIVE)
    assert instrument.scoring.subscale == "mean" and instrument.scoring.total == "mean_of_subscales"


@pytest.mark.parametrize("name", ["scs-26.toml", "scs-sf-12.toml"])
def test_keys_carry_no_item_wording(name):
    raw = tomllib.loads((instruments_dir() / name).read_text(encoding="utf-8"))
    assert all("text" not in item for item in raw["items"])


def test_short_form_advises_reading_the_total(shipped):
    short = shipped["scs-sf-12"]
    assert short.show_subscales is False
    assert any("total" in note and "subscales" in note for note in short.notes)
    assert "Raes" in short.provenance and "Neff" in shipped["scs-26"].provenance


def test_checkin_shape(shipped):
    checkin = shipped["self-compassion-checkin"]
    assert len(checkin.items) == 12
    assert "not the validated Self-Compassion" in checkin.provenance.replace("\n", " ")
    per_facet = {s.id: len(checkin.subscale_items(s.id)) for s in checkin.subscales}
    assert per_facet == dict.fromkeys(SCS_26_KEY, 2)
    assert {i.subscale for i in checkin.items if i.reversed} == NEGATIVE
    assert [(b.name, b.min, b.max) for b in checkin.bands] == [
        ("low", 1.0, 2.5),
        ("moderate", 2.5, 3.5),
        ("high", 3.5, 5.0),
    ]
    assert {g.id: g.subscales for g in checkin.groups} == {
        "self_kindness": ["self_kindness", "self_judgment"],
        "common_humanity": ["common_humanity", "isolation"],
        "mindfulness": ["mindfulness", "over_identification"],
    }


def test_wellbeing_is_never_summed(shipped):
    weekly = shipped["wellbeing-weekly"]
    assert weekly.scoring.total == "none" and weekly.bands == [] and weekly.retake_days == 7
    assert [i.subscale for i in weekly.items] == [s.id for s in weekly.subscales]
    assert len(weekly.items) == 8 and (weekly.scale.min, weekly.scale.max) == (0, 10)
    scored = score(weekly, answers_from_list(weekly, [3, 6, 7, 2, 8, 5, 4, 9]))
    assert scored.subscales["anxiety"] == 3.0 and scored.subscales["motivation_to_grow"] == 9.0
    assert scored.total is None and scored.band is None


def test_wellbeing_skipped_line_is_left_blank(shipped):
    weekly = shipped["wellbeing-weekly"]
    scored = score(weekly, answers_from_list(weekly, [3, None, 7, 2, 8, 5, 4, 9]))
    assert "low_mood" not in scored.subscales and len(scored.subscales) == 7
    assert any("Low mood" in note for note in scored.notes)


# --- hand-computed scores ----------------------------------------------------------------

# SCS-26, item 1..26. Raw means: sk 4.0, sj 4.8, ch 3.5, is 2.0, mi 2.75, oi 4.0.
SCS_26_ANSWERS = [5, 4, 3, 2, 4, 4, 4, 5, 3, 3, 4, 4, 2, 3, 4, 5, 3, 3, 3, 5, 5, 2, 5, 3, 1, 4]


def test_scs_26_by_hand(shipped):
    scs = with_text(shipped["scs-26"])
    scored = score(scs, answers_from_list(scs, SCS_26_ANSWERS))
    # Reversed as 6 - x: sj (1,1,2,1,1) = 1.2, is (4,4,3,5) = 4.0, oi (2,2,1,3) = 2.0.
    assert scored.subscales == {
        "self_kindness": 4.0,
        "self_judgment": 1.2,
        "common_humanity": 3.5,
        "isolation": 4.0,
        "mindfulness": 2.75,
        "over_identification": 2.0,
    }
    # (4 + 6/5 + 7/2 + 4 + 11/4 + 2) / 6 = 349/120
    assert scored.total == float(Fraction(349, 120))
    assert scored.band == "moderate"
    assert display_score(scored.total) == "2.91"


def test_reversal_changes_the_ranking(shipped):
    scs = with_text(shipped["scs-26"])
    answers = answers_from_list(scs, SCS_26_ANSWERS)
    raw = {
        s.id: sum(answers[i.id] for i in scs.subscale_items(s.id)) / len(scs.subscale_items(s.id))
        for s in scs.subscales
    }
    scored = score(scs, answers).subscales
    assert max(raw, key=raw.get) == "self_judgment"  # 4.8 before reversal...
    assert min(scored, key=scored.get) == "self_judgment"  # ...1.2 after


# SCS-SF-12, item 1..12. Raw: oi (2,1), sk (3,4), mi (4,4), is (5,4), ch (2,3), sj (1,2).
SCS_SF_ANSWERS = [2, 3, 4, 5, 2, 4, 4, 4, 1, 3, 1, 2]


def test_scs_sf_12_by_hand(shipped):
    short = with_text(shipped["scs-sf-12"])
    answers = answers_from_list(short, SCS_SF_ANSWERS)
    scored = score(short, answers)
    assert scored.subscales == {
        "self_kindness": 3.5,
        "self_judgment": 4.5,
        "common_humanity": 2.5,
        "isolation": 1.5,
        "mindfulness": 4.0,
        "over_identification": 4.5,
    }
    assert scored.total == float(Fraction(41, 12))
    assert scored.band == "moderate"
    assert any("advise" in note for note in scored.notes)
    # Raw isolation (4.5) tops the raw means; reversed it is the lowest.
    assert min(scored.subscales, key=scored.subscales.get) == "isolation"


def test_checkin_by_hand_with_components(shipped):
    checkin = shipped["self-compassion-checkin"]
    # kind-1 judge-1 common-1 alone-1 aware-1 swept-1 kind-2 judge-2 common-2 alone-2 aware-2 swept-2
    scored = score(checkin, answers_from_list(checkin, [4, 2, 3, 4, 5, 1, 5, 3, 2, 4, 4, 2]))
    assert scored.subscales == {
        "self_kindness": 4.5,
        "self_judgment": 3.5,
        "common_humanity": 2.5,
        "isolation": 2.0,
        "mindfulness": 4.5,
        "over_identification": 4.5,
    }
    assert scored.components == {"self_kindness": 4.0, "common_humanity": 2.25, "mindfulness": 4.5}
    assert scored.total == float(Fraction(43, 12))
    assert scored.band == "high"


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (1.0, "low"),
        (2.4999, "low"),
        (2.5, "moderate"),
        (3.4999, "moderate"),
        (3.5, "high"),
        (5.0, "high"),
        (0.99, None),
        (5.01, None),
    ],
)
def test_band_boundaries(shipped, total, band):
    assert band_for(shipped["self-compassion-checkin"], total) == band


def test_total_exactly_on_a_boundary(shipped):
    checkin = shipped["self-compassion-checkin"]
    # Positive items 3, negative items 4 (reversed to 2): facets 3,2,3,2,3,2 -> 2.5 exactly.
    answers = {i.id: 4 if i.reversed else 3 for i in checkin.items}
    scored = score(checkin, answers)
    assert scored.total == 2.5 and scored.band == "moderate"


def test_exact_arithmetic_thirds():
    instrument = parse_instrument(
        minimal(
            subscales=[{"id": "a", "title": "A"}],
            items=[{"id": f"q{n}", "text": "x", "subscale": "a"} for n in range(3)],
            bands=[],
        )
    )
    scored = score(instrument, {"q0": 1, "q1": 1, "q2": 2})
    assert scored.subscales["a"] == float(Fraction(4, 3))
    assert display_score(scored.subscales["a"]) == "1.33"
    assert display_score(3.125) == "3.13" and display_score(None) == "-"
    assert display_score(9.0) == "9" and display_score(2.999) == "3" and display_score(2.5) == "2.50"
    assert display_score(-0.001) == "0"  # never "-0"


# --- missing answers ---------------------------------------------------------------------


def test_checkin_prorates_a_facet_from_one_answer(shipped):
    checkin = shipped["self-compassion-checkin"]
    answers = answers_from_list(checkin, [4, None, 3, 4, 5, 1, 5, 3, 2, 4, 4, 2])
    scored = score(checkin, answers)
    assert scored.subscales["self_judgment"] == 3.0  # only judge-2 (3 -> 3)
    assert scored.total is not None
    assert any("skipped" in note for note in scored.notes)


def test_checkin_facet_with_no_answers_leaves_total_out(shipped):
    checkin = shipped["self-compassion-checkin"]
    scored = score(checkin, answers_from_list(checkin, [4, None, 3, 4, 5, 1, 5, None, 2, 4, 4, 2]))
    assert "self_judgment" not in scored.subscales and "self_kindness" not in scored.components
    assert scored.total is None and scored.band is None
    assert any("Total" in note for note in scored.notes)


def _five_items(policy: dict, *, subscale: str = "mean", total: str = "sum") -> Instrument:
    return parse_instrument(
        minimal(
            subscales=[{"id": "a", "title": "A"}],
            items=[{"id": f"q{n}", "text": "x", "subscale": "a"} for n in range(5)],
            missing=policy,
            scoring={"subscale": subscale, "total": total},
            bands=[],
        )
    )


def test_prorate_at_exactly_the_threshold():
    instrument = _five_items({"policy": "prorate", "min_share": 0.8}, subscale="sum")
    scored = score(instrument, {"q0": 1, "q1": 2, "q2": 3, "q3": 4, "q4": None})
    assert scored.subscales["a"] == 12.5  # mean 2.5 of four answers, times five items
    assert scored.total == 12.5


def test_prorate_below_the_threshold():
    instrument = _five_items({"policy": "prorate", "min_share": 0.8})
    with pytest.raises(InstrumentError, match="too few answers"):
        score(instrument, {"q0": 1, "q1": 2, "q2": 3, "q3": None, "q4": None})


def test_mean_of_items_total():
    instrument = _five_items({"policy": "all_required"}, total="mean_of_items")
    assert score(instrument, {"q0": 1, "q1": 2, "q2": 3, "q3": 4, "q4": 4}).total == 2.8


def test_all_required_names_the_missing_items(shipped):
    scs = with_text(shipped["scs-26"])
    values = list(SCS_26_ANSWERS)
    values[6] = None
    with pytest.raises(InstrumentError, match="not answered: 7"):
        score(scs, answers_from_list(scs, values))


# --- bad answers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind-1": 6}, "from 1 to 5"),
        ({"kind-1": 0}, "from 1 to 5"),
        ({"kind-1": True}, "whole number"),
        ({"kind-1": "3"}, "whole number"),
        ({"kind-1": 2.5}, "whole number"),
        ({"nope": 3}, "no item 'nope'"),
    ],
)
def test_bad_answers(shipped, change, message):
    checkin = shipped["self-compassion-checkin"]
    answers = {i.id: 3 for i in checkin.items} | change
    with pytest.raises(InstrumentError, match=message):
        score(checkin, answers)


def test_absent_item_is_an_error_not_a_skip(shipped):
    checkin = shipped["self-compassion-checkin"]
    answers = {i.id: 3 for i in checkin.items[:-1]}
    with pytest.raises(InstrumentError, match="got 11 answers"):
        score(checkin, answers)


def test_answers_from_list_wrong_count(shipped):
    with pytest.raises(InstrumentError, match="has 12 items; got 3"):
        answers_from_list(shipped["self-compassion-checkin"], [1, 2, 3])


def test_answers_must_be_a_mapping(shipped):
    with pytest.raises(InstrumentError):
        score(shipped["self-compassion-checkin"], [3] * 12)


def test_key_cannot_be_answered_without_text(shipped):
    with pytest.raises(InstrumentError, match="item text"):
        score(shipped["scs-26"], dict.fromkeys(shipped["scs-26"].item_ids(), 3))


def test_instrument_error_is_invalid_input():
    assert issubclass(InstrumentError, InvalidInput)


def test_parse_answer_list():
    assert parse_answer_list("3, 4,,2,-") == [3, 4, None, 2, None]
    with pytest.raises(InstrumentError, match="answer 2"):
        parse_answer_list("3,x")


# --- attaching item text -----------------------------------------------------------------


def test_attach_item_text(shipped):
    key = shipped["scs-sf-12"]
    lines = [f"{n}. Statement {n}" for n in range(1, 13)]
    attached = attach_item_text(key, lines, "my-scs-sf")
    assert attached.id == "my-scs-sf" and not attached.requires_item_text
    assert attached.items[0].text == "Statement 1"  # matching numbering dropped
    assert [(i.id, i.subscale, i.reversed) for i in attached.items] == [
        (i.id, i.subscale, i.reversed) for i in key.items
    ]
    assert attach_item_text(key, lines, None).id == "scs-sf-12"


def test_attach_keeps_numbers_that_are_part_of_the_text(shipped):
    lines = [f"Statement {n}" for n in range(1, 13)]
    lines[0] = "3. a number that does not match the position"
    assert attach_item_text(shipped["scs-sf-12"], lines).items[0].text == lines[0]


@pytest.mark.parametrize("count", [11, 13, 0])
def test_attach_wrong_line_count(shipped, count):
    with pytest.raises(InstrumentError, match="needs 12 lines"):
        attach_item_text(shipped["scs-sf-12"], ["text"] * count)


@pytest.mark.parametrize("blank", ["", "   ", "5. "])
def test_attach_empty_line(shipped, blank):
    lines = ["text"] * 12
    lines[4] = blank
    with pytest.raises(InstrumentError, match="line 5 is empty"):
        attach_item_text(shipped["scs-sf-12"], lines)


def test_attach_to_an_instrument_with_text(shipped):
    with pytest.raises(InstrumentError, match="already has"):
        attach_item_text(shipped["self-compassion-checkin"], ["x"] * 12)


def test_attach_with_bad_new_id(shipped):
    with pytest.raises(InstrumentError, match="id"):
        attach_item_text(shipped["scs-sf-12"], ["x"] * 12, "../Evil")


# --- retake and storing ------------------------------------------------------------------


def test_is_due(shipped):
    checkin = shipped["self-compassion-checkin"]
    now = datetime(2025, 3, 15, 9, 0, tzinfo=UTC)
    assert is_due(checkin, None, now)
    assert not is_due(checkin, now - timedelta(days=13, hours=23), now)
    assert is_due(checkin, now - timedelta(days=14), now)
    assert not is_due(checkin, now + timedelta(days=1), now)  # a clock that jumped back


def test_new_assessment_and_json_shape(shipped):
    checkin = shipped["self-compassion-checkin"]
    answers = answers_from_list(checkin, [4, 2, 3, 4, 5, 1, 5, 3, 2, 4, 4, 2])
    taken = datetime(2025, 3, 15, 9, 0, tzinfo=UTC)
    made = new_assessment(checkin, answers, taken_at=taken)
    assert isinstance(made, NewAssessment)
    assert (made.instrument_id, made.instrument_version, made.taken_at) == ("self-compassion-checkin", "2", taken)
    assert made.total == float(Fraction(43, 12)) and made.band == "high"
    assert made.subscales == score(checkin, answers).subscales
    shown = assessment_json(made)
    assert set(shown) == {"id", "instrument", "taken_at", "answers", "subscales", "total", "band"}
    assert json.loads(json.dumps(shown))["taken_at"] == "2025-03-15T09:00:00+00:00"


# --- bad instrument files ----------------------------------------------------------------


def _mutate(path: str, value):
    data = minimal()
    target = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is _DELETE:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return data


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("title", 5, "title"),
        ("title", "", "title"),
        ("title", "bad\x00title", "control character"),
        ("id", "../etc", "id"),
        ("id", "Tiny", "id"),
        ("id", "has_underscore", "id"),
        ("retake_days", 0, "retake_days"),
        ("retake_days", "7", "retake_days"),
        ("scale.min", "1", "scale.min"),
        ("scale.max", 1, "above min"),
        ("scale.max", 1000, "at most"),
        ("scale.labels", {"9": "Nine"}, "label '9'"),
        ("items.0.reversed", "yes", "reversed"),
        ("items.0.subscale", "c", "unknown subscale 'c'"),
        ("items.1.id", "q1", "duplicate item id 'q1'"),
        ("items.0.text", _DELETE, "has no text"),
        ("items.0.colour", "red", "colour"),
        (
            "subscales",
            [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}, {"id": "c", "title": "C"}],
            "'c' has no items",
        ),
        ("subscales.1.id", "a", "duplicate subscale id"),
        ("bands.0.min", float("nan"), "finite"),
        ("bands.0.max", float("inf"), "finite"),
        ("bands.0.max", 2.5, "meet exactly"),
        ("bands.1.max", 3, "below max"),
        ("scoring", {"total": "product"}, "scoring.total"),
        ("missing", {"policy": "prorate"}, "min_share"),
        ("missing", {"policy": "prorate", "min_share": 1.5}, "min_share"),
        ("missing", {"policy": "all_required", "min_share": 0.5}, "only applies"),
        ("groups", [{"id": "g", "title": "G", "subscales": ["a", "zz"]}], "unknown subscale 'zz'"),
        ("format", 2, "format"),
        ("items", [], "items"),
        ("requires_item_text", True, "must not contain item text"),
        ("notes", ["fine", 3], "notes[1]"),
    ],
)
def test_bad_instrument(path, value, message):
    with pytest.raises(InstrumentError, match=message.replace("[", r"\[").replace("(", r"\(")):
        parse_instrument(_mutate(path, value), source="tiny.toml")


def test_bands_without_a_total():
    with pytest.raises(InstrumentError, match="bands need a total"):
        parse_instrument(minimal(scoring={"total": "none"}))


def test_reversed_item_without_a_scale():
    data = minimal()
    del data["scale"]
    with pytest.raises(InstrumentError, match="reversed but there is no \\[scale\\]"):
        parse_instrument(data)


def test_too_many_items():
    data = minimal(
        items=[{"id": f"q{n}", "text": "x", "subscale": "a"} for n in range(201)], subscales=[{"id": "a", "title": "A"}]
    )
    with pytest.raises(InstrumentError, match="items"):
        parse_instrument(data)


def test_not_a_table():
    with pytest.raises(InstrumentError, match="expected a table"):
        parse_instrument([1, 2])


def test_many_problems_are_summarised():
    data = minimal(items=[{"id": f"Q{n}", "text": 5, "subscale": 1} for n in range(20)])
    with pytest.raises(InstrumentError, match="more"):
        parse_instrument(data)


# --- the loader --------------------------------------------------------------------------


def test_nan_in_toml(tmp_path):
    text = (
        (instruments_dir() / "self-compassion-checkin.toml")
        .read_text(encoding="utf-8")
        .replace("max = 2.5", "max = nan", 1)
    )
    path = tmp_path / "self-compassion-checkin.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InstrumentError, match="finite"):
        load_instrument_file(path)


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_text("# " + "x" * MAX_FILE_BYTES, encoding="utf-8")
    with pytest.raises(InstrumentError, match="larger than"):
        load_instrument_file(path)
    with pytest.raises(InstrumentError, match="larger than"):
        parse_instrument_text("#" * (MAX_FILE_BYTES + 1))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.toml", b"title = ", "not valid TOML"),
        ("bad.toml", b"\xff\xfe", "not UTF-8"),
        ("bad.json", b"{nope", "not valid JSON"),
        ("bad.json", b'{"resourceType": "Patient"}', "must be a FHIR Questionnaire"),
        ("bad.json", b'{"a": NaN}', "not valid JSON"),
        ("deep.toml", b"a = " + b"[" * 5000 + b"]" * 5000, "TOML"),
    ],
)
def test_malformed_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InstrumentError, match=message):
        load_instrument_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(InstrumentError, match="cannot read"):
        load_instrument_file(tmp_path / "absent.toml")


def test_folder_file_name_must_match_id(tmp_path):
    source = instruments_dir() / "wellbeing-weekly.toml"
    (tmp_path / "weekly.toml").write_bytes(source.read_bytes())
    with pytest.raises(InstrumentError, match="name the file wellbeing-weekly.toml"):
        load_instruments(tmp_path)


def test_folder_with_toml_and_json_of_the_same_id(tmp_path, shipped):
    from hearten.domain.fhir import instrument_to_questionnaire

    source = instruments_dir() / "wellbeing-weekly.toml"
    (tmp_path / "wellbeing-weekly.toml").write_bytes(source.read_bytes())
    questionnaire = instrument_to_questionnaire(shipped["wellbeing-weekly"])
    (tmp_path / "wellbeing-weekly.json").write_text(json.dumps(questionnaire), encoding="utf-8")
    with pytest.raises(InstrumentError, match="two files"):
        load_instruments(tmp_path)


def test_json_questionnaire_file_loads(tmp_path, shipped):
    from hearten.domain.fhir import instrument_to_questionnaire

    path = tmp_path / "exported.json"
    path.write_text(json.dumps(instrument_to_questionnaire(shipped["scs-26"])), encoding="utf-8")
    assert load_instrument_file(path) == shipped["scs-26"]


def test_instruments_are_frozen(shipped):
    instrument = shipped["self-compassion-checkin"]
    with pytest.raises(Exception):
        instrument.title = "changed"  # type: ignore[misc]
    assert copy.deepcopy(instrument) == instrument
