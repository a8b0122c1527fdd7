"""What the crisis case files share: the pair of tests over crisis lines and their look-alikes,
cases named by pattern, and the check that a file's sentences are not among the second opinion's
training lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import pytest

from hearten.domain.language import analyze, has_crisis

TRAINING = Path(__file__).resolve().parents[2] / "scripts" / "data"

# A case is a sentence, or (kind, sentence) where a file groups its sentences by kind.
Case = str | tuple[str, str]


def _never(text: str) -> bool:
    return False


def by_kind(kinds: dict[str, tuple[list[str], list[str]]]) -> tuple[list, list]:
    """{kind: (positives, look-alikes)} as two lists of (kind, sentence), positives first."""
    positives = [(kind, text) for kind, (found, _) in kinds.items() for text in found]
    look_alikes = [(kind, text) for kind, (_, not_found) in kinds.items() for text in not_found]
    return positives, look_alikes


def _marks(text: str, not_yet: Callable[[str], bool]) -> list:
    return [pytest.mark.xfail(reason="not yet read rightly", strict=False)] if not_yet(text) else []


def cases(sentences: Iterable[Case], not_yet: Callable[[str], bool] = _never) -> list:
    """One parametrised case per sentence. A plain sentence keeps pytest's own id (the sentence); a
    kind's sentence is named "kind-opening". A sentence `not_yet` picks is expected to fail, not strictly."""
    made = []
    for case in sentences:
        kind, text = case if isinstance(case, tuple) else (None, case)
        made.append(pytest.param(text, marks=_marks(text, not_yet), id=None if kind is None else f"{kind}-{text[:40]}"))
    return made


def kind_pairs(sentences: Iterable[tuple[str, str]], not_yet: Callable[[str], bool] = _never) -> list:
    """One case per (kind, sentence), as two parameters, so pytest names it as it names any pair."""
    return [pytest.param(kind, text, marks=_marks(text, not_yet)) for kind, text in sentences]


def _read_as_crisis(text: str) -> None:
    assert analyze(text).crisis, text
    assert has_crisis(text), text


def _read_as_not_crisis(text: str) -> None:
    assert not analyze(text).crisis, text
    assert not has_crisis(text), text


def crisis_tests(
    positives: Iterable[Case],
    look_alikes: Iterable[Case],
    not_yet: Callable[[str], bool] = _never,
    pair_ids: bool = False,
):
    """The two tests every crisis case file has: each positive is read as crisis, each look-alike is not,
    by analyze() and by has_crisis() alike. Assign them to the file's own test names to collect them.
    With `pair_ids`, (kind, sentence) cases are two parameters (kind_pairs), so each keeps the id a
    file that parametrised its own pairs gave it: the whole sentence, or pytest's stand-in for a long one."""
    if pair_ids:

        @pytest.mark.parametrize(("kind", "text"), kind_pairs(positives, not_yet))
        def positive_pair_is_crisis(kind, text):
            _read_as_crisis(text)

        @pytest.mark.parametrize(("kind", "text"), kind_pairs(look_alikes, not_yet))
        def look_alike_pair_is_not(kind, text):
            _read_as_not_crisis(text)

        return positive_pair_is_crisis, look_alike_pair_is_not

    @pytest.mark.parametrize("text", cases(positives, not_yet))
    def positive_is_crisis(text):
        _read_as_crisis(text)

    @pytest.mark.parametrize("text", cases(look_alikes, not_yet))
    def look_alike_is_not(text):
        _read_as_not_crisis(text)

    return positive_is_crisis, look_alike_is_not


def crisis_cases(positives: list[str], look_alikes: list[str], pattern: str) -> list:
    """One parametrised case per sentence, named by pattern and the sentence's opening, with whether
    it should be read as crisis."""
    return [
        pytest.param(text, crisis, id=f"{pattern}-{'crisis' if crisis else 'look-alike'}-{text[:40]}")
        for crisis, texts in ((True, positives), (False, look_alikes))
        for text in texts
    ]


def pattern_test(*groups: tuple[list[str], list[str], str]):
    """One parametrised test over several patterns' (positives, look-alikes, pattern) groups: each
    sentence is read as crisis or not, by analyze() and by has_crisis() alike. Assign it to the
    file's own test name to collect it."""
    made = [case for positives, look_alikes, name in groups for case in crisis_cases(positives, look_alikes, name)]

    @pytest.mark.parametrize(("text", "crisis"), made)
    def reads_each_pattern(text, crisis):
        assert analyze(text).crisis is crisis, text
        assert has_crisis(text) is crisis, text

    return reads_each_pattern


@lru_cache(maxsize=1)
def training_lines() -> frozenset[str]:
    """Every sentence the second opinion is trained on: the "+ " and "- " lines of the training files."""
    found: set[str] = set()
    for path in TRAINING.glob("crisis_train_*.txt"):
        lines = path.read_text(encoding="utf-8").splitlines()
        found |= {line[2:].strip() for line in lines if line[:2] in ("+ ", "- ")}
    return frozenset(found)


def assert_not_training_lines(sentences: Iterable[str]) -> None:
    """A test sentence that is also a training line would test the model on what it has learnt by heart."""
    trained = training_lines() & set(sentences)
    assert not trained, sorted(trained)


def assert_new_cases(positives: list[str], look_alikes: list[str], least: int) -> None:
    """A round's own cases: enough of each, none twice, and none a training line."""
    assert len(positives) >= least and len(look_alikes) >= least
    assert len(set(positives)) == len(positives) and len(set(look_alikes)) == len(look_alikes)
    assert_not_training_lines(positives + look_alikes)
