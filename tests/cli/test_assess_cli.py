"""`hearten assess` through the installed script, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from tests.support.cli import run_hearten, run_json

CHECKIN = "self-compassion-checkin"
# Item order: kind-1 judge-1 common-1 alone-1 aware-1 swept-1 kind-2 judge-2 common-2 alone-2 aware-2 swept-2
CHECKIN_ANSWERS = "4,2,3,4,5,1,5,3,2,4,4,2"
PLACEHOLDERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

MY_INSTRUMENT = """\
format = 1
id = "{id}"
title = "My little check-in"
version = "{version}"
retake_days = 7
provenance = "Written for this test; not a validated instrument."
instructions = "How true was each line this week?"

[scale]
min = 1
max = 5
labels = {{ "1" = "Not at all", "2" = "A little", "3" = "Somewhat", "4" = "Mostly", "5" = "Completely" }}

[scoring]
subscale = "mean"
total = "mean_of_items"

[missing]
policy = "all_required"

[[subscales]]
id = "ease"
title = "Ease"

[[bands]]
name = "lower"
min = 1.0
max = 3.0

[[bands]]
name = "higher"
min = 3.0
max = 5.0

[[items]]
id = "a"
subscale = "ease"
text = "I was gentle with myself."

[[items]]
id = "b"
subscale = "ease"
reversed = {reversed}
text = "I was hard on myself."
"""


def write_instrument(path, *, id="my-checkin", version="1", reversed="true"):
    path.write_text(MY_INSTRUMENT.format(id=id, version=version, reversed=reversed), encoding="utf-8")
    return path


def placeholder_file(tmp_path, lines=None, name="scs-sf.txt"):
    lines = [f"Item {word} placeholder" for word in PLACEHOLDERS] if lines is None else lines
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fail_clearly(args, env, words, code=1):
    result = run_hearten(args, env)
    assert result.returncode == code, result.out
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("hearten: "), result.err
    assert words.lower() in lines[0].lower(), result.err
    return lines[0]


# -- list ------------------------------------------------------------------------------
def test_list_shows_every_shipped_instrument_and_whether_it_is_due(home_env):
    listed = {i["id"]: i for i in run_json(["assess", "list", "--json"], home_env)}
    assert set(listed) >= {CHECKIN, "wellbeing-weekly", "scs-26", "scs-sf-12"}
    assert listed[CHECKIN]["items"] == 12 and listed[CHECKIN]["due"] is True
    assert listed[CHECKIN]["last_taken_at"] is None
    assert listed["scs-26"]["needs_item_text"] is True and listed["scs-26"]["due"] is False
    run_hearten(["assess", "take", CHECKIN, "--answers", CHECKIN_ANSWERS], home_env, check=True)
    listed = {i["id"]: i for i in run_json(["assess", "list", "--json"], home_env)}
    assert listed[CHECKIN]["due"] is False and listed[CHECKIN]["last_taken_at"]
    assert listed["wellbeing-weekly"]["due"] is True
    plain = run_hearten(["assess", "list"], home_env, check=True).out
    assert "Self-compassion reflection" in plain and "attach scs-26" in plain


# -- take ------------------------------------------------------------------------------
def test_take_with_answers_prints_the_stored_result(home_env):
    saved = run_json(["assess", "take", CHECKIN, "--answers", CHECKIN_ANSWERS, "--json"], home_env)
    # The contract's fields are all there; fields may be added (here "components"), never renamed.
    assert set(saved) >= {"id", "instrument", "taken_at", "answers", "subscales", "total", "band"}
    assert isinstance(saved["id"], int) and saved["instrument"] == CHECKIN
    assert saved["answers"]["kind-1"] == 4 and saved["answers"]["swept-2"] == 2 and len(saved["answers"]) == 12
    # By hand: kindness (4+5)/2; judgment reversed (4+3)/2; humanity (3+2)/2; isolation reversed (2+2)/2;
    # mindfulness (5+4)/2; over-identification reversed (5+4)/2; total = 21.5 / 6.
    assert saved["subscales"] == {
        "self_kindness": 4.5,
        "self_judgment": 3.5,
        "common_humanity": 2.5,
        "isolation": 2.0,
        "mindfulness": 4.5,
        "over_identification": 4.5,
    }
    assert saved["total"] == pytest.approx(21.5 / 6) and saved["band"] == "high"
    history = run_json(["assess", "history", CHECKIN, "--json"], home_env)
    assert [p["id"] for p in history["points"]] == [saved["id"]]
    assert history["points"][0]["version"] == "2"


@pytest.mark.parametrize(
    "answers,subscales,total,band",
    [
        # The same answer everywhere is always 3.0, because three facets are reversed.
        ("5,5,5,5,5,5,5,5,5,5,5,5", {"self_kindness": 5.0, "self_judgment": 1.0}, 3.0, "moderate"),
        # Kind on every forward item, gentle on every reversed one: the top of the scale.
        ("5,1,5,1,5,1,5,1,5,1,5,1", {"self_kindness": 5.0, "self_judgment": 5.0, "isolation": 5.0}, 5.0, "high"),
        # Harsh everywhere: the bottom of the scale.
        ("1,5,1,5,1,5,1,5,1,5,1,5", {"common_humanity": 1.0, "over_identification": 1.0}, 1.0, "low"),
        # kind-1 skipped: self-kindness is kind-2 alone (prorated); judgment (6-2 + 6-4)/2 = 3;
        # every other facet 2; total (3+3+2+2+2+2)/6 = 14/6.
        (",2,2,4,2,4,3,4,2,4,2,4", {"self_kindness": 3.0, "self_judgment": 3.0, "common_humanity": 2.0}, 14 / 6, "low"),
        # Exactly 2.5 belongs to the moderate band: (2+3+2+3+2+3)/6.
        ("2,3,2,3,2,3,2,3,2,3,2,3", {"self_kindness": 2.0, "self_judgment": 3.0}, 2.5, "moderate"),
    ],
)
def test_checkin_scores_match_hand_computed_values(home_env, answers, subscales, total, band):
    saved = run_json(["assess", "take", CHECKIN, "--answers", answers, "--json"], home_env)
    assert {k: saved["subscales"][k] for k in subscales} == subscales
    assert saved["total"] == pytest.approx(total) and saved["band"] == band


def test_take_asks_one_question_at_a_time_with_back_and_skip(home_env):
    # q1 = 4; q2: "b" goes back, q1 = 5; q2 = 2; q3 skipped with Enter; q4 "x" is refused then 4;
    # q5 skipped with "s"; the rest answered.
    typed = "4\nb\n5\n2\n\nx\n4\ns\n1\n5\n3\n2\n4\n4\n2\n"
    result = run_hearten(["assess", "take", CHECKIN], home_env, input=typed, check=True)
    assert "1 = Hardly ever" in result.out and "5 = Nearly always" in result.out
    assert "1/12." in result.out and "12/12." in result.out
    assert "whole number from 1 to 5" in result.out
    saved = run_json(["assess", "history", CHECKIN, "--json"], home_env)["points"][0]
    assert saved["subscales"]["self_kindness"] == 5.0  # (5 + 5) / 2: the back step replaced the 4
    answers = run_json(["assess", "responses"], home_env)["entry"][0]["resource"]["item"]
    given = {i["linkId"]: int(i["answer"][0]["valueCoding"]["code"]) for i in answers}
    assert given == {
        "kind-1": 5,
        "judge-1": 2,
        "alone-1": 4,
        "swept-1": 1,
        "kind-2": 5,
        "judge-2": 3,
        "common-2": 2,
        "alone-2": 4,
        "aware-2": 4,
        "swept-2": 2,
    }


def test_take_interrupted_stores_nothing(home_env):
    result = run_hearten(["assess", "take", CHECKIN], home_env, input="4\n3\n")
    assert result.returncode != 0
    assert run_json(["assess", "history", CHECKIN, "--json"], home_env)["points"] == []


def test_plain_result_is_warm_and_not_a_diagnosis(home_env):
    out = run_hearten(["assess", "take", CHECKIN, "--answers", CHECKIN_ANSWERS], home_env, check=True).out
    assert "Self-kindness" in out and "4.50" in out
    assert "Overall: 3.58" in out and "higher range" in out
    assert "not a diagnosis" in out


def test_weekly_wellbeing_shows_separate_lines_and_never_a_sum(home_env):
    out = run_hearten(["assess", "take", "wellbeing-weekly", "--answers", "3,4,,5,6,7,8,9"], home_env, check=True).out
    assert "not added up" in out and "Anxiety" in out and "Motivation to grow" in out
    assert "Overall" not in out and "42" not in out
    saved = run_json(["assess", "take", "wellbeing-weekly", "--answers", "3,4,,5,6,7,8,9", "--json"], home_env)
    assert saved["total"] is None and saved["band"] is None and "rumination" not in saved["subscales"]


# -- attach ----------------------------------------------------------------------------
def test_attach_short_form_text_and_take_it(home_env, tmp_path):
    fail_clearly(["assess", "take", "scs-sf-12", "--answers", "3,3,3,3,3,3,3,3,3,3,3,3"], home_env, "attach")
    out = run_hearten(["assess", "attach", "scs-sf-12", str(placeholder_file(tmp_path))], home_env, check=True).out
    assert "hearten assess take scs-sf-12" in out
    again = run_hearten(["assess", "attach", "scs-sf-12", str(placeholder_file(tmp_path))], home_env, check=True).out
    assert "nothing changed" in again
    listed = {i["id"]: i for i in run_json(["assess", "list", "--json"], home_env)}
    assert listed["scs-sf-12"]["needs_item_text"] is False and listed["scs-sf-12"]["due"] is True

    typed = "\n".join(["4"] * 12) + "\n"
    result = run_hearten(["assess", "take", "scs-sf-12"], home_env, input=typed, check=True)
    assert "Item one placeholder" in result.out and "Item twelve placeholder" in result.out
    assert "not shown on their own" in result.out and "Overall: 3" in result.out
    assert "Self-kindness " not in result.out  # the two-item parts are not listed

    # Items 1, 4, 8, 9, 11, 12 are reversed: answering 5 to the others and 1 to those is the top.
    saved = run_json(["assess", "take", "scs-sf-12", "--answers", "1,5,5,1,5,5,5,1,1,5,1,1", "--json"], home_env)
    assert saved["total"] == 5.0 and saved["band"] == "high" and saved["instrument"] == "scs-sf-12"
    exported = json.loads(run_hearten(["assess", "export", "scs-sf-12"], home_env, check=True).out)
    assert exported["item"][0]["text"] == "Item one placeholder"

    other = placeholder_file(tmp_path, [f"Other wording {w}" for w in PLACEHOLDERS], name="other.txt")
    fail_clearly(["assess", "attach", "scs-sf-12", str(other)], home_env, "--id")
    run_hearten(["assess", "attach", "scs-sf-12", str(other), "--id", "my-scs-sf"], home_env, check=True)
    mine = run_json(["assess", "take", "my-scs-sf", "--answers", "3,3,3,3,3,3,3,3,3,3,3,3", "--json"], home_env)
    assert mine["instrument"] == "my-scs-sf" and mine["total"] == 3.0


@pytest.mark.parametrize(
    "lines,words",
    [
        ([f"Item {w} placeholder" for w in PLACEHOLDERS[:11]], "12 lines"),
        ([f"Item {w} placeholder" for w in PLACEHOLDERS] + ["Item thirteen"], "got 13"),
        (
            [f"Item {w} placeholder" for w in PLACEHOLDERS[:5]] + ["   "] + [f"Item {w}" for w in PLACEHOLDERS[6:]],
            "line 6 is empty",
        ),
    ],
)
def test_attach_with_the_wrong_lines_is_refused_and_stores_nothing(home_env, tmp_path, lines, words):
    fail_clearly(["assess", "attach", "scs-sf-12", str(placeholder_file(tmp_path, lines))], home_env, words)
    listed = {i["id"]: i for i in run_json(["assess", "list", "--json"], home_env)}
    assert listed["scs-sf-12"]["needs_item_text"] is True


def test_attach_refuses_what_is_not_a_key_or_a_shipped_id(home_env, tmp_path):
    fail_clearly(["assess", "attach", CHECKIN, str(placeholder_file(tmp_path))], home_env, "not a scoring key")
    fail_clearly(
        ["assess", "attach", "scs-sf-12", str(placeholder_file(tmp_path)), "--id", CHECKIN],
        home_env,
        "comes with hearten",
    )
    fail_clearly(["assess", "attach", "scs-sf-12", str(tmp_path / "missing.txt")], home_env, "no such file")


# -- import and export -----------------------------------------------------------------
def test_import_export_round_trip_through_fhir(home_env, tmp_path):
    from fhir.resources.R4B.questionnaire import Questionnaire

    source = write_instrument(tmp_path / "my-checkin.toml")
    assert "Imported My little check-in" in run_hearten(["assess", "import", str(source)], home_env, check=True).out
    assert "nothing changed" in run_hearten(["assess", "import", str(source)], home_env, check=True).out
    out = tmp_path / "my-checkin.fhir.json"
    run_hearten(["assess", "export", "my-checkin", "--format", "fhir", "--out", str(out)], home_env, check=True)
    questionnaire = json.loads(out.read_text(encoding="utf-8"))
    Questionnaire.model_validate(questionnaire)
    assert questionnaire["id"] == "my-checkin" and questionnaire["version"] == "1"
    assert [i["text"] for i in questionnaire["item"]] == ["I was gentle with myself.", "I was hard on myself."]
    # The exported Questionnaire is the same instrument: importing it changes nothing.
    assert "nothing changed" in run_hearten(["assess", "import", str(out)], home_env, check=True).out
    stdout = run_hearten(["assess", "export", "my-checkin", "--format", "fhir"], home_env, check=True).out
    assert json.loads(stdout) == questionnaire

    ours = tmp_path / "ours.json"
    run_hearten(["assess", "export", "my-checkin", "--format", "json", "--out", str(ours)], home_env, check=True)
    assert json.loads(ours.read_text())["id"] == "my-checkin"
    assert "nothing changed" in run_hearten(["assess", "import", str(ours)], home_env, check=True).out

    saved = run_json(["assess", "take", "my-checkin", "--answers", "4,2", "--json"], home_env)
    assert saved["total"] == 4.0 and saved["band"] == "higher"  # (4 + (6 - 2)) / 2


def test_a_questionnaire_exported_elsewhere_can_be_imported(home_env, tmp_path):
    from hearten.content.instruments import load_instrument_file
    from hearten.domain.fhir import instrument_to_questionnaire

    made = load_instrument_file(write_instrument(tmp_path / "x.toml", id="from-a-clinician"))
    path = tmp_path / "q.json"
    path.write_text(json.dumps(instrument_to_questionnaire(made)), encoding="utf-8")
    run_hearten(["assess", "import", str(path)], home_env, check=True)
    assert "from-a-clinician" in {i["id"] for i in run_json(["assess", "list", "--json"], home_env)}


def test_a_changed_definition_under_the_same_version_is_refused(home_env, tmp_path):
    run_hearten(["assess", "import", str(write_instrument(tmp_path / "a.toml"))], home_env, check=True)
    changed = write_instrument(tmp_path / "b.toml", reversed="false")
    fail_clearly(["assess", "import", str(changed)], home_env, "different definition")
    exported = json.loads(run_hearten(["assess", "export", "my-checkin", "--format", "json"], home_env, check=True).out)
    assert exported["items"][1]["reversed"] is True


def test_an_instrument_cannot_take_the_id_of_a_shipped_one(home_env, tmp_path):
    fail_clearly(
        ["assess", "import", str(write_instrument(tmp_path / "a.toml", id=CHECKIN))], home_env, "comes with hearten"
    )


def test_a_new_version_keeps_old_results_with_their_version(home_env, tmp_path):
    run_hearten(["assess", "import", str(write_instrument(tmp_path / "v1.toml"))], home_env, check=True)
    first = run_json(["assess", "take", "my-checkin", "--answers", "4,2", "--json"], home_env)
    run_hearten(
        ["assess", "import", str(write_instrument(tmp_path / "v2.toml", version="2", reversed="false"))],
        home_env,
        check=True,
    )
    second = run_json(["assess", "take", "my-checkin", "--answers", "4,2", "--json"], home_env)
    assert (first["total"], second["total"]) == (4.0, 3.0)  # v2 no longer reverses item b
    history = run_json(["assess", "history", "my-checkin", "--json"], home_env)
    assert [(p["version"], p["total"]) for p in history["points"]] == [("1", 4.0), ("2", 3.0)]
    assert history["version"] == "2"
    bundle = run_json(["assess", "responses"], home_env)
    canonicals = [e["resource"]["questionnaire"] for e in bundle["entry"]]
    assert [c.rsplit("|", 1)[1] for c in canonicals] == ["1", "2"]
    # Re-importing the old version changes nothing; the newer version stays current.
    assert "nothing changed" in run_hearten(["assess", "import", str(tmp_path / "v1.toml")], home_env, check=True).out
    assert run_json(["assess", "take", "my-checkin", "--answers", "4,2", "--json"], home_env)["total"] == 3.0


def test_a_shipped_instrument_is_kept_in_the_version_used(home_env):
    run_hearten(["assess", "take", CHECKIN, "--answers", CHECKIN_ANSWERS], home_env, check=True)
    bundle = run_json(["assess", "responses"], home_env)
    assert bundle["entry"][0]["resource"]["questionnaire"].endswith(f"/{CHECKIN}|2")


# -- responses -------------------------------------------------------------------------
def test_responses_bundle_is_valid_fhir(home_env, tmp_path):
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    run_hearten(["assess", "take", CHECKIN, "--answers", CHECKIN_ANSWERS], home_env, check=True)
    run_hearten(["assess", "take", "wellbeing-weekly", "--answers", "3,4,,5,6,7,8,9"], home_env, check=True)
    out = tmp_path / "responses.json"
    result = run_hearten(["assess", "responses", "--format", "fhir", "--out", str(out)], home_env, check=True)
    assert "2 results" in result.err
    bundle = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    assert bundle["type"] == "collection" and len(bundle["entry"]) == 2
    for entry in bundle["entry"]:
        QuestionnaireResponse.model_validate(entry["resource"])
    weekly = bundle["entry"][1]["resource"]
    assert [i["linkId"] for i in weekly["item"]].count("rumination") == 0  # skipped items are left out


def test_responses_with_nothing_taken_is_an_empty_bundle(home_env):
    assert run_json(["assess", "responses"], home_env) == {"resourceType": "Bundle", "type": "collection", "entry": []}


# -- history and charts ----------------------------------------------------------------
def test_history_json_sparkline_and_charts(home_env, tmp_path):
    empty = run_hearten(["assess", "history", CHECKIN], home_env, check=True).out
    assert "No results" in empty
    for answers in (CHECKIN_ANSWERS, "2,4,2,4,2,4,2,4,2,4,2,4", "5,1,5,1,5,1,5,1,5,1,5,1"):
        run_hearten(["assess", "take", CHECKIN, "--answers", answers], home_env, check=True)
    history = run_json(["assess", "history", CHECKIN, "--json"], home_env)
    assert history["instrument"] == CHECKIN and history["scale"] == {"min": 1, "max": 5}
    assert [b["name"] for b in history["bands"]] == ["low", "moderate", "high"]
    assert [p["band"] for p in history["points"]] == ["high", "low", "high"]
    assert set(history["points"][0]) == {"id", "taken_at", "version", "total", "band", "subscales"}
    plain = run_hearten(["assess", "history", CHECKIN], home_env, check=True).out
    assert "latest 5" in plain and any(ch in plain for ch in "▁▂▃▄▅▆▇█")

    png = tmp_path / "history.png"
    run_hearten(["assess", "history", CHECKIN, "--chart", str(png)], home_env, check=True)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / "history.svg"
    run_hearten(["assess", "history", CHECKIN, "--chart", str(svg)], home_env, check=True)
    root = ET.fromstring(svg.read_text(encoding="utf-8"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.findall("{http://www.w3.org/2000/svg}circle")) == 3


def test_weekly_history_charts_every_line_or_the_one_chosen(home_env, tmp_path):
    run_hearten(["assess", "take", "wellbeing-weekly", "--answers", "3,4,,5,6,7,8,9"], home_env, check=True)
    run_hearten(["assess", "take", "wellbeing-weekly", "--answers", "5,2,3,5,7,7,6,9"], home_env, check=True)
    plain = run_hearten(["assess", "history", "wellbeing-weekly"], home_env, check=True).out
    assert "Anxiety" in plain and "Motivation to grow" in plain
    titles = [s["title"] for s in run_json(["assess", "history", "wellbeing-weekly", "--json"], home_env)["subscales"]]
    assert len(titles) == 8

    svg = tmp_path / "w.svg"
    drawn = run_hearten(["assess", "history", "wellbeing-weekly", "--chart", str(svg)], home_env, check=True)
    assert f"Drew the chart to {svg}" in drawn.err
    root = ET.parse(svg).getroot()
    legend = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if t.get("class") == "legend"]
    assert legend == titles  # one line each, named in the legend
    assert len(root.findall(".//{http://www.w3.org/2000/svg}polyline")) == 8
    assert len(root.findall(".//{http://www.w3.org/2000/svg}circle")) == 15  # one rating was skipped

    png = tmp_path / "w.png"
    run_hearten(["assess", "history", "wellbeing-weekly", "--chart", str(png)], home_env, check=True)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    one = tmp_path / "anxiety.svg"
    run_hearten(
        ["assess", "history", "wellbeing-weekly", "--chart", str(one), "--subscale", "anxiety"],
        home_env,
        check=True,
    )
    root = ET.parse(one).getroot()
    assert root.find("{http://www.w3.org/2000/svg}title").text == "Weekly wellbeing ratings: Anxiety"
    assert len(root.findall(".//{http://www.w3.org/2000/svg}polyline")) == 1


@pytest.mark.parametrize("name", ["e.png", "e.svg"])
def test_a_chart_of_no_results_is_not_drawn(home_env, tmp_path, name):
    """Nothing to draw is said plainly and leaves no empty chart behind, like any chart that cannot be drawn."""
    chart = tmp_path / name
    line = fail_clearly(["assess", "history", CHECKIN, "--chart", str(chart)], home_env, "no chart to draw")
    assert "No results for" in line and f"hearten assess take {CHECKIN}" in line
    assert not chart.exists()
    assert "No results" in run_hearten(["assess", "history", CHECKIN], home_env, check=True).out  # still exit 0


# -- bad input -------------------------------------------------------------------------
HOSTILE_FILES = {
    "not-toml.toml": ("this is = = not toml", "not valid TOML"),
    "wrong-type.toml": (MY_INSTRUMENT.format(id="x", version="1", reversed='"yes"'), "not a valid instrument"),
    "control.toml": (
        MY_INSTRUMENT.format(id="x", version="1", reversed="true").replace("gentle", "gen\\u0007tle"),
        "control character",
    ),
    "deep.json": ("[" * 5000 + "]" * 5000, "nested"),
    "nan.json": ('{"format": 1, "id": "x", "retake_days": NaN}', "NaN"),
    "no-scoring.json": (json.dumps({"resourceType": "Questionnaire", "status": "active", "item": []}), "scoring"),
    "patient.json": (json.dumps({"resourceType": "Patient"}), "not a Questionnaire"),
    "huge.toml": ("# " + "x" * 1_100_000, "larger than"),
    "binary.toml": (b"\xff\xfe\x00bad", "UTF-8"),
}


@pytest.mark.parametrize(
    "args,words,code",
    [
        (["assess", "take", CHECKIN, "--answers", "4,2,3,4,5,1,5,3,2,4,4,9"], "from 1 to 5", 1),
        (["assess", "take", CHECKIN, "--answers", "4,2,3,4,5,1,5,3,2,4,4,0"], "from 1 to 5", 1),
        (["assess", "take", CHECKIN, "--answers", "4,2,3"], "12 items; got 3", 1),
        (["assess", "take", CHECKIN, "--answers", "4,2,3,4,5,1,5,3,2,4,4,2,1"], "got 13", 1),
        (["assess", "take", CHECKIN, "--answers", "4,2,three,4,5,1,5,3,2,4,4,2"], "not a whole number", 1),
        (["assess", "take", CHECKIN, "--answers", "4.5,2,3,4,5,1,5,3,2,4,4,2"], "not a whole number", 1),
        (["assess", "take", CHECKIN, "--answers", ",,,,,,,,,,,"], "too few answers", 1),
        (["assess", "take", "no-such-thing", "--answers", "1"], "no instrument", 1),
        (["assess", "history", "no-such-thing", "--json"], "no instrument", 1),
        (["assess", "export", "no-such-thing"], "no instrument", 1),
        (["assess", "export", CHECKIN, "--format", "xml"], "xml", 2),  # click refuses it before hearten runs
        (["assess", "history", CHECKIN, "--chart", "chart.gif"], ".png or .svg", 1),
        (["assess", "import", "/no/such/file.toml"], "no such file", 1),
        (["assess", "import", "/"], "directory", 2),  # click refuses it before hearten runs
    ],
)
def test_bad_input_is_one_clear_line_and_stores_nothing(home_env, args, words, code):
    run_hearten(["assess", "take", CHECKIN, "--answers", CHECKIN_ANSWERS], home_env, check=True)
    before = run_json(["assess", "history", CHECKIN, "--json"], home_env)
    listed = run_json(["assess", "list", "--json"], home_env)
    fail_clearly(args, home_env, words, code)
    assert run_json(["assess", "history", CHECKIN, "--json"], home_env) == before
    assert run_json(["assess", "list", "--json"], home_env) == listed


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_malformed_or_hostile_instrument_files_are_refused(home_env, tmp_path, name):
    content, words = HOSTILE_FILES[name]
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    listed = run_json(["assess", "list", "--json"], home_env)
    line = fail_clearly(["assess", "import", str(path)], home_env, words)
    assert "Traceback" not in line
    assert run_json(["assess", "list", "--json"], home_env) == listed
    assert run_json(["assess", "history", CHECKIN, "--json"], home_env)["points"] == []


def test_take_json_also_carries_the_three_component_scores(home_env):
    result = run_json(
        ["assess", "take", "self-compassion-checkin", "--answers", "5,1,1,5,5,1,5,1,1,5,5,1", "--json"], home_env
    )
    assert result["components"] == {"self_kindness": 5.0, "common_humanity": 1.0, "mindfulness": 5.0}
    assert {"id", "instrument", "taken_at", "answers", "subscales", "total", "band"} <= set(result)


def test_results_taken_before_the_rename_still_show_and_import(home_env, tmp_path):
    """Version 2 of hearten's own questionnaire only renamed it: a version 1 result, as an older hearten
    exported it, imports beside it and keeps its history."""
    from hearten.services.assessments import shipped_instruments

    current = shipped_instruments()[CHECKIN]
    old = current.model_dump(mode="json") | {"version": "1", "title": "Self-compassion check-in"}
    run_hearten(["assess", "take", CHECKIN, "--answers", CHECKIN_ANSWERS], home_env, check=True)
    run_hearten(["export", "--format", "json", "--out", str(tmp_path / "now.json")], home_env, check=True)
    exported = json.loads((tmp_path / "now.json").read_text())
    assert exported["instruments"][0]["version"] == "2"
    result = exported["assessments"][0] | {
        "uid": "older-result",
        "instrument_version": "1",
        "taken_at": "2025-01-05T09:00:00+00:00",
    }
    document = exported | {
        "instruments": [{"id": CHECKIN, "version": "1", "definition": old}],
        "assessments": [result],
        "entries": [],
        "checkins": [],
        "sessions": [],
        "reframes": [],
    }
    path = tmp_path / "older.json"
    path.write_text(json.dumps(document))
    done = run_hearten(["import", str(path)], home_env)
    assert done.returncode == 0, done.err
    history = run_json(["assess", "history", CHECKIN, "--json"], home_env)
    assert sorted(p["version"] for p in history["points"]) == ["1", "2"]


def test_a_very_hard_week_shows_kind_words_and_the_lines_and_an_easier_one_does_not(home_env):
    hard = run_hearten(["assess", "take", "wellbeing-weekly", "--answers", "10,10,10,10,0,0,0,0"], home_env, check=True)
    assert "That sounds like a hard week to have come through." in hard.out
    assert "call your local emergency number now" in hard.out and "findahelpline.com" in hard.out
    assert "hearten practice run grounding" in hard.out
    easier = run_hearten(["assess", "take", "wellbeing-weekly", "--answers", "3,4,,5,6,7,8,9"], home_env, check=True)
    assert "hard week" not in easier.out and "findahelpline.com" not in easier.out
    # --json: the decision beside the result, as `hearten checkin --json` gives it, and the help on stderr.
    as_json = run_hearten(
        ["assess", "take", "wellbeing-weekly", "--answers", "9,3,3,3,5,5,5,5", "--json"], home_env, check=True
    )
    import json

    assert json.loads(as_json.out)["safety"]["reason"] == "assessment_hard" and "hard week" in as_json.err


def test_home_gives_each_due_check_in_its_own_command(home_env):
    out = run_hearten(["home"], home_env, check=True).out
    assert "these short check-ins are ready:" in out
    assert f"Self-compassion reflection (hearten assess take {CHECKIN})" in out
    assert "Weekly wellbeing ratings (hearten assess take wellbeing-weekly)" in out
    run_hearten(["assess", "take", CHECKIN, "--answers", CHECKIN_ANSWERS], home_env, check=True)
    out = run_hearten(["home"], home_env, check=True).out
    assert "a short check-in is ready: Weekly wellbeing ratings (hearten assess take wellbeing-weekly)" in out
    assert f"assess take {CHECKIN}" not in out
