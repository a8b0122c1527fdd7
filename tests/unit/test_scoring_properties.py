"""Hypothesis properties of scoring that hold for every instrument hearten ships."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hearten.content.instruments import load_instruments
from hearten.domain.instruments import Instrument, attach_item_text, parse_instrument, score

SHIPPED = load_instruments()


def answerable(instrument: Instrument) -> Instrument:
    if instrument.requires_item_text:
        return attach_item_text(instrument, [f"Statement {n}" for n in range(1, len(instrument.items) + 1)])
    return instrument


INSTRUMENTS = {name: answerable(i) for name, i in SHIPPED.items()}
NAMES = sorted(INSTRUMENTS)


def full_answers(instrument: Instrument):
    low, high = instrument.scale.min, instrument.scale.max
    return st.lists(st.integers(low, high), min_size=len(instrument.items), max_size=len(instrument.items)).map(
        lambda values: dict(zip(instrument.item_ids(), values))
    )


def flipped(instrument: Instrument, answers: dict) -> dict:
    edge = instrument.scale.min + instrument.scale.max
    return {k: None if v is None else edge - v for k, v in answers.items()}


def toggled(instrument: Instrument) -> Instrument:
    """The same instrument with every item's reversed flag turned over."""
    data = instrument.model_dump()
    for item in data["items"]:
        item["reversed"] = not item["reversed"]
    return parse_instrument(data)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_scores_stay_inside_the_scale(name, data):
    instrument = INSTRUMENTS[name]
    scored = score(instrument, data.draw(full_answers(instrument)))
    low, high = instrument.scale.min, instrument.scale.max
    for value in [*scored.subscales.values(), *scored.components.values()]:
        assert low <= value <= high
    assert len(scored.subscales) == len(instrument.subscales)
    if instrument.scoring.total == "none":
        assert scored.total is None
    else:
        assert low <= scored.total <= high
        assert scored.band is not None  # the shipped bands cover the whole scale


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_reversal_is_an_involution(name, data):
    instrument = INSTRUMENTS[name]
    answers = data.draw(full_answers(instrument))
    assert flipped(instrument, flipped(instrument, answers)) == answers
    assert toggled(toggled(instrument)) == instrument
    # Turning every answer over and every reversed flag over leaves each score where it was.
    assert score(toggled(instrument), flipped(instrument, answers)) == score(instrument, answers)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_constant_answers(name, data):
    instrument = INSTRUMENTS[name]
    low, high = instrument.scale.min, instrument.scale.max
    value = data.draw(st.integers(low, high))
    scored = score(instrument, dict.fromkeys(instrument.item_ids(), value))
    for sub in instrument.subscales:
        reversed_ = instrument.subscale_items(sub.id)[0].reversed
        assert scored.subscales[sub.id] == (low + high - value if reversed_ else value)
    if name == "wellbeing-weekly":
        assert scored.total is None
    else:
        # Three facets for, three against: the same answer everywhere always lands in the middle.
        assert scored.total == 3.0 and scored.band == "moderate"


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_prorated_scores_stay_inside_the_scale(data):
    instrument = INSTRUMENTS["self-compassion-checkin"]
    values = data.draw(st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=12, max_size=12))
    answers = dict(zip(instrument.item_ids(), values))
    if all(v is None for v in values):
        return
    try:
        scored = score(instrument, answers)
    except ValueError:
        # Only possible when no facet has any answer left.
        facets = {i.subscale for i in instrument.items if answers[i.id] is not None}
        assert not facets
        return
    for value in scored.subscales.values():
        assert 1 <= value <= 5
    assert (scored.total is None) == (len(scored.subscales) < 6)
