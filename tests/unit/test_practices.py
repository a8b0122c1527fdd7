"""Practice, learn-card and resource files: a broken file fails with its name and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearten.content.loaders import ContentError, load_learn_cards, load_practice, load_practices, load_resources
from hearten.domain.content_schema import Practice, render_text

GOOD = """
id = "tiny"
title = "Tiny"
summary = "A tiny practice."
components = ["mindfulness"]
credit = "Someone"
source = "Somewhere in the article."
minutes = 1

[[steps]]
id = "sit"
kind = "timed"
text = "Sit for a moment."
seconds = 10
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def broken(tmp_path: Path, text: str, name: str = "tiny.toml") -> ContentError:
    write(tmp_path, name, text)
    with pytest.raises(ContentError) as caught:
        load_practices(tmp_path)
    return caught.value


def test_a_good_file_loads(tmp_path):
    write(tmp_path, "tiny.toml", GOOD)
    practice = load_practices(tmp_path)["tiny"]
    assert practice.planned_seconds == 10 and practice.steps[0].kind == "timed"


def test_a_step_missing_a_field_names_the_file_and_the_step(tmp_path):
    error = broken(tmp_path, GOOD.replace("seconds = 10\n", ""))
    assert error.file.name == "tiny.toml"
    assert error.field == "steps[0] 'sit'.seconds"
    assert "tiny.toml" in str(error) and "seconds" in str(error) and "missing" in str(error)


def test_a_typo_in_a_field_name_is_caught(tmp_path):
    error = broken(tmp_path, GOOD.replace("seconds = 10", "secnds = 10"))
    assert error.field == "steps[0] 'sit'.secnds" and "typo" in error.message


def test_an_unknown_step_kind_is_named(tmp_path):
    error = broken(tmp_path, GOOD.replace('kind = "timed"', 'kind = "dance"'))
    assert error.field == "steps[0] 'sit'.kind" and "instruction" in error.message


def test_an_unknown_component_is_named(tmp_path):
    error = broken(tmp_path, GOOD.replace('["mindfulness"]', '["bravery"]'))
    assert error.field == "components[0]"


def test_a_multi_line_summary_is_refused(tmp_path):
    error = broken(tmp_path, GOOD.replace('"A tiny practice."', '"""Two\nlines"""'))
    assert error.field == "summary"


def test_bad_toml_names_the_file(tmp_path):
    error = broken(tmp_path, GOOD + "\nthis is not toml\n")
    assert error.file.name == "tiny.toml" and "TOML" in error.message


def test_the_id_must_match_the_file_name(tmp_path):
    error = broken(tmp_path, GOOD, name="other.toml")
    assert error.field == "id" and "other" in error.message


def test_repeated_step_ids_and_forward_references_are_refused(tmp_path):
    twice = GOOD + '\n[[steps]]\nid = "sit"\nkind = "instruction"\ntext = "Again."\n'
    assert "twice" in broken(tmp_path, twice).message
    forward = GOOD.replace("Sit for a moment.", "You said {answer:later}") + (
        '\n[[steps]]\nid = "later"\nkind = "prompt"\ntext = "Later?"\n'
    )
    assert "earlier step" in broken(tmp_path, forward).message


def test_choice_and_rating_rules(tmp_path):
    choice = GOOD + '\n[[steps]]\nid = "pick"\nkind = "choice"\ntext = "Pick"\noptions = ["one"]\n'
    assert broken(tmp_path, choice).field == "steps[1] 'pick'.options"
    rating = (
        GOOD
        + '\n[[steps]]\nid = "rate"\nkind = "rating"\ntext = "Rate"\nlow = 5\nhigh = 5\nlow_label = "a"\nhigh_label = "b"\n'
    )
    assert "low must be below high" in broken(tmp_path, rating).message


def test_an_unknown_practice_is_a_clear_error():
    with pytest.raises(ContentError, match="no practice called 'nope'"):
        load_practice("nope")
    with pytest.raises(ContentError):
        load_practice("../resources")


def test_own_phrases_through_the_loader():
    practice = load_practice("loving-kindness", phrases=["May you rest."])
    assert practice.phrases == ["May you rest."]
    with pytest.raises(ContentError) as caught:
        load_practice("loving-kindness", phrases=["ok", "two\nlines"])
    assert caught.value.field == "phrases"
    with pytest.raises(ContentError):
        load_practice("rain", phrases=["May you rest."])  # RAIN has no phrases to replace


def test_render_text_fills_phrases_and_earlier_answers():
    assert render_text("Wish:\n{phrases}", phrases=["May you be well."]) == "Wish:\n  May you be well."
    assert render_text("Dear {answer:name|you},", answers={"name": "Ana"}) == "Dear Ana,"
    assert render_text("Dear {answer:name|you},", answers={}) == "Dear you,"
    # An answer's own full stop does not double the template's punctuation; inside a sentence it stays.
    assert render_text("About {answer:c|it}?", answers={"c": "The exam next week."}) == "About The exam next week?"
    assert render_text("You said {answer:c|it} and more", answers={"c": "Hard."}) == "You said Hard. and more"


def test_the_step_union_picks_the_model_by_kind():
    practice = Practice.model_validate_json(
        '{"id":"x","title":"X","summary":"s","components":["self_kindness"],"credit":"c","source":"s","minutes":1,'
        '"steps":[{"id":"a","kind":"rating","text":"t","low_label":"l","high_label":"h"}]}'
    )
    assert type(practice.steps[0]).__name__ == "RatingStep" and practice.steps[0].high == 10


def test_broken_learn_card_and_resource_files_are_named(tmp_path):
    write(tmp_path, "card.toml", 'id = "card"\ntitle = "T"\nbody = "B"\ntry = "Not An Id"\n')
    with pytest.raises(ContentError) as caught:
        load_learn_cards(tmp_path)
    assert caught.value.field == "try" and caught.value.file.name == "card.toml"
    path = write(
        tmp_path,
        "resources.toml",
        '[[country]]\ncode = "ANY"\nname = "Anywhere"\n[[country.resources]]\nname = "X"\nkind = "crisis"\n'
        'phone = "1"\ntext = ""\nweb = ""\nhours = "always"\nsource = "s"\n',
    )
    with pytest.raises(ContentError) as caught:
        load_resources(path)
    assert caught.value.field == "country[0].resources[0] 'X'.last_verified"


SELF = """
id = "wish"
title = "Wish"
summary = "Kind wishes."
components = ["self_kindness"]
credit = "Someone"
source = "Somewhere in the article."
minutes = 1
phrases = ["May you be well."]
self_phrases = ["May I be well."]

[[steps]]
id = "me"
kind = "instruction"
text = "To yourself:\\n{self_phrases}"

[[steps]]
id = "them"
kind = "instruction"
text = "To them:\\n{phrases}"
"""


def test_wishes_to_yourself_are_said_in_the_first_person(tmp_path):
    write(tmp_path, "wish.toml", SELF)
    practice = load_practices(tmp_path)["wish"]
    me, them = practice.steps
    assert (
        render_text(me.text, phrases=practice.phrases, self_phrases=practice.self_phrases)
        == "To yourself:\n  May I be well."
    )
    assert (
        render_text(them.text, phrases=practice.phrases, self_phrases=practice.self_phrases)
        == "To them:\n  May you be well."
    )


def test_self_phrases_are_needed_where_a_step_uses_them(tmp_path):
    error = broken(tmp_path, SELF.replace('self_phrases = ["May I be well."]\n', ""), name="wish.toml")
    assert "self_phrases" in error.message and "'me'" in error.message


def test_own_wishes_replace_the_written_ones_for_yourself_too():
    written = load_practice("loving-kindness")
    own = written.with_phrases(["May you rest."])
    assert own.phrases == own.self_phrases == ["May you rest."]  # their own words, as they wrote them
    both = written.with_phrases(["May you rest."], self_phrases=["May I rest."])
    assert both.phrases == ["May you rest."] and both.self_phrases == ["May I rest."]
    with pytest.raises(ValueError):
        written.with_phrases(["May you rest."], self_phrases=["two\nlines"])
    mine = load_practice("loving-kindness", self_phrases=["May I rest."])  # only the wishes for yourself
    assert mine.self_phrases == ["May I rest."] and mine.phrases == written.phrases
    with pytest.raises(ContentError) as caught:
        load_practice("loving-kindness", self_phrases=[])
    assert caught.value.field == "self_phrases"


def test_durations_are_checked(tmp_path):
    adjustable = GOOD.replace("seconds = 10", "seconds = 10\nadjustable = true")
    ok = adjustable.replace("minutes = 1\n", "minutes = 1\ndurations = [3, 5, 10]\n")
    write(tmp_path, "tiny.toml", ok)
    practice = load_practices(tmp_path)["tiny"]
    assert practice.durations == [3, 5, 10] and practice.written_minutes == 10 / 60
    unsorted = adjustable.replace("minutes = 1\n", "minutes = 1\ndurations = [5, 3]\n")
    assert broken(tmp_path, unsorted).field == "durations"
    too_long = adjustable.replace("minutes = 1\n", "minutes = 1\ndurations = [300]\n")
    assert "240" in broken(tmp_path, too_long).message
    fixed = GOOD.replace("minutes = 1\n", "minutes = 1\ndurations = [3]\n")
    assert "adjustable" in broken(tmp_path, fixed).message
