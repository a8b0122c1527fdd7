"""Split text into runs for highlighting what the language analyzer noticed (the page escapes each run),
and list what was noticed, each with its plain name, explanation and kind question."""

from __future__ import annotations

from typing import NamedTuple

from hearten.domain import safety

HARSH = "self_criticism"
HARSH_NAME = "Harsh self-talk"


class Run(NamedTuple):
    """A stretch of the entry: plain text (kind None), or one highlight.

    kind is "harsh" or "trap" (the class the page styles), label the plain words for what
    was noticed there ("Harsh self-talk; Labelling"), and href where that pattern is
    explained on the page ("#noticed-labeling").
    """

    text: str
    kind: str | None = None
    label: str = ""
    href: str = ""


def segments(text: str, analysis: dict, trap_names: dict) -> list[Run]:
    """Runs covering all of `text` in order, with one calm mark per stretch that was noticed.

    Only what the page goes on to explain is marked: the patterns noticed() lists (so a
    feeling on its own, or a sentence not offered for a kinder look, stays plain). Spans that
    overlap or touch become a single mark, harsh self-talk winning over a trap, and every
    pattern inside it named in its label. When crisis language makes help come first, the
    words are left exactly as written.
    """
    if safety.after_text(analysis).help_first:
        return [Run(text)]
    spans = []
    for sentence in _offered(analysis):
        # What noticed() lists for this sentence: weaker matches elsewhere stay plain.
        listed = set(safety.noticed_traps(sentence)) | ({HARSH} if sentence.get("self_critical") else set())
        for s, e, label in sentence.get("spans", ()):
            pattern = HARSH if label == HARSH else label[5:] if label.startswith("trap:") else None
            s, e = max(0, s), min(len(text), e)
            if pattern in listed and e > s:
                spans.append((s, e, pattern))
    if not spans:
        return [Run(text)]
    spans.sort()
    merged: list[list] = []  # [start, end, patterns]
    for s, e, pattern in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            merged[-1][2].add(pattern)
        else:
            merged.append([s, e, {pattern}])
    order = [HARSH, *analysis.get("traps", ())]
    rank = {p: i for i, p in enumerate(order)}
    runs, at = [], 0
    for s, e, patterns in merged:
        if s > at:
            runs.append(Run(text[at:s]))
        ids = sorted(patterns, key=lambda p: rank.get(p, len(order)))
        names = [HARSH_NAME if p == HARSH else trap_names.get(p, {}).get("name", p.replace("_", " ")) for p in ids]
        runs.append(Run(text[s:e], "harsh" if HARSH in patterns else "trap", "; ".join(names), f"#noticed-{ids[0]}"))
        at = e
    if at < len(text):
        runs.append(Run(text[at:]))
    return runs


def _offered(analysis: dict) -> list[dict]:
    return [s for s in analysis.get("sentences", ()) if safety.offers_reframe(s)]


def _any_harsh(analysis: dict) -> bool:
    return any(s.get("self_critical") for s in _offered(analysis))


def _offered_traps(analysis: dict) -> list[str]:
    """The traps noticed() lists, in the analysis's ranked order."""
    offered = {t for s in _offered(analysis) for t in safety.noticed_traps(s)}
    return [t for t in analysis.get("traps", ()) if t in offered]


def noticed(analysis: dict, trap_names: dict, kind_questions: dict) -> list[dict]:
    """The traps found, each with its plain name, a one-line explanation and a kind question.

    Only sentences domain.safety.offers_reframe() picks count (the CLI uses the same rule),
    and nothing at all when crisis language makes help come first and alone.
    """
    if safety.after_text(analysis).help_first:
        return []
    found = []
    if _any_harsh(analysis):
        found.append(
            {
                "id": HARSH,
                "name": HARSH_NAME,
                "explain": "Speaking to yourself in a way you would not speak to someone you care about.",
                "question": kind_questions.get(HARSH, ""),
            }
        )
    for trap in _offered_traps(analysis):
        names = trap_names.get(trap, {})
        found.append(
            {
                "id": trap,
                "name": names.get("name", trap),
                "explain": names.get("explain", ""),
                "question": kind_questions.get(trap, ""),
            }
        )
    return found
