"""The entry page's highlights: one calm mark per noticed stretch, each linked to its explanation,
and a legend that says what the two styles mean."""

from __future__ import annotations

import re

from hearten.domain.language import analyze
from hearten.web.highlight import Run, noticed, segments
from tests.web.conftest import post_form

NAMES = {
    "labeling": {"name": "Labelling"},
    "overgeneralizing": {"name": "Overgeneralising"},
    "all_or_nothing": {"name": "All-or-nothing thinking"},
}


def _analysis(text: str, spans: list[tuple[int, int, str]], *, self_critical: bool, traps: list[str]) -> dict:
    """One sentence covering the text, with made-up detector spans (as the analyzer's to_dict() gives them)."""
    return {
        "sentences": [
            {
                "text": text,
                "start": 0,
                "end": len(text),
                "self_critical": self_critical,
                "score": 0.85 if self_critical else 0.0,
                "crisis": False,
                "crisis_by": None,
                "traps": [{"id": t, "score": 0.8, "spans": []} for t in traps],
                "spans": spans,
            }
        ],
        "traps": traps,
        "self_critical": self_critical,
        "score": 0.85 if self_critical else 0.0,
        "crisis": False,
    }


def _marks(runs: list[Run]) -> list[Run]:
    return [r for r in runs if r.kind]


def test_overlapping_spans_become_one_mark_named_for_every_pattern():
    text = "Today I am such an idiot and I always ruin things."
    a, b = text.index("I am"), text.index("idiot") + len("idiot")
    c, d = text.index("such"), text.index("ruin things") + len("ruin things")
    spans = [(a, b, "self_criticism"), (a, b, "trap:labeling"), (c, d, "trap:overgeneralizing")]
    runs = segments(text, _analysis(text, spans, self_critical=True, traps=["labeling", "overgeneralizing"]), NAMES)
    assert "".join(r.text for r in runs) == text
    (mark,) = _marks(runs)
    assert mark.text == text[a:d]
    assert mark.kind == "harsh"  # harsh self-talk wins over a trap inside the same mark
    assert mark.label == "Harsh self-talk; Labelling; Overgeneralising"
    assert mark.href == "#noticed-self_criticism"


def test_touching_spans_merge_and_separate_ones_stay_apart():
    text = "Everything is ruined, nothing works, and then tea."
    first = (0, text.index(","), "trap:all_or_nothing")
    touching = (text.index(","), text.index(" and"), "trap:overgeneralizing")
    runs = segments(
        text,
        _analysis(text, [first, touching], self_critical=False, traps=["all_or_nothing", "overgeneralizing"]),
        NAMES,
    )
    (mark,) = _marks(runs)
    assert mark.text == text[: text.index(" and")] and mark.kind == "trap"
    assert mark.href == "#noticed-all_or_nothing"
    apart = (text.index("tea"), text.index("tea") + 3, "trap:overgeneralizing")
    runs = segments(
        text, _analysis(text, [first, apart], self_critical=False, traps=["all_or_nothing", "overgeneralizing"]), NAMES
    )
    assert [m.text for m in _marks(runs)] == [text[: text.index(",")], "tea"]
    assert "".join(r.text for r in runs) == text


def test_only_what_the_page_explains_is_marked():
    # A painful feeling on its own is not listed under "What hearten noticed", so it is not marked.
    text = "I am so tired today."
    analysis = analyze(text).to_dict()
    assert analysis["traps"] == ["negative_feeling"]
    assert _marks(segments(text, analysis, NAMES)) == [] and noticed(analysis, NAMES, {}) == []


def test_every_mark_points_at_a_listed_pattern():
    text = "I'm such a loser. Everyone will laugh at me tomorrow. I always mess things up."
    analysis = analyze(text).to_dict()
    listed = {f"#noticed-{n['id']}" for n in noticed(analysis, {}, {})}
    marks = _marks(segments(text, analysis, {}))
    assert marks and {m.href for m in marks} <= listed
    starts = [text.index(m.text) for m in marks]
    assert starts == sorted(starts)


def test_crisis_language_leaves_the_words_as_written():
    text = "I want to kill myself. I'm such an idiot."
    analysis = analyze(text).to_dict()
    assert segments(text, analysis, {}) == [Run(text)]


def test_entry_page_links_each_mark_and_explains_both_styles(client):
    text = "I am such an idiot. Everyone at work will think I'm useless."
    response = post_form(client, "/journal", {"text": text})
    page = client.get(response.headers["location"]).text
    hrefs = re.findall(r'<mark class="hl hl-(?:harsh|trap)"[^>]*><a class="hl-link" href="([^"]+)"', page)
    assert hrefs, page
    for href in hrefs:
        assert f'id="{href[1:]}"' in page  # the explanation it points at is on the page
    assert "What the highlights mean" in page
    assert "Harsh self-talk</strong>: words you aimed at yourself" in page
    assert "explained below)</span>" in page  # said in words, not by colour alone
    assert 'href="/learn#harsh-self-talk"' in page


def test_entry_without_highlights_has_no_legend(client):
    response = post_form(client, "/journal", {"text": "We had pasta and walked by the river."})
    page = client.get(response.headers["location"]).text
    assert "<mark" not in page and "What the highlights mean" not in page


def test_a_weak_match_in_another_sentence_is_not_marked_as_harsh():
    text = "I am such an idiot. I was a bit slow today."
    second = text.index("I was")
    analysis = _analysis(text, [(0, text.index("."), "self_criticism")], self_critical=True, traps=["labeling"])
    # A second sentence below the line: a self-criticism span, but not self-critical.
    analysis["sentences"].append(
        {
            "text": text[second:],
            "start": second,
            "end": len(text),
            "self_critical": False,
            "score": 0.3,
            "crisis": False,
            "crisis_by": None,
            "traps": [{"id": "labeling", "score": 0.7, "spans": []}],
            "spans": [(second, len(text) - 1, "self_criticism")],
        }
    )
    analysis["sentences"][0]["end"] = second
    marks = _marks(segments(text, analysis, NAMES))
    assert [m.text for m in marks] == ["I am such an idiot"]


def test_the_legend_explains_only_the_styles_on_the_page(client):
    response = post_form(client, "/journal", {"text": "My boss will think I'm lazy. Everyone is laughing at me."})
    page = client.get(response.headers["location"]).text
    assert 'class="hl hl-trap"' in page and 'class="hl hl-harsh"' not in page
    assert "A thinking trap</strong>" in page and "Harsh self-talk</strong>: words you aimed" not in page
