"""Split text into runs for highlighting what the language analyzer noticed (the page escapes each run)."""

from __future__ import annotations

from hearten.domain import safety

# Strongest first: a run inside crisis language is shown as that, whatever else overlaps it.
KINDS = (("crisis", "crisis"), ("self_criticism", "harsh"), ("trap:", "trap"))


def segments(text: str, analysis: dict, trap_names: dict) -> list[tuple[str, str | None, str]]:
    """[(text, kind or None, label)] covering all of `text` in order."""
    spans = [(s, e, label) for sentence in analysis.get("sentences", ()) for s, e, label in sentence.get("spans", ())]
    spans = [(max(0, s), min(len(text), e), label) for s, e, label in spans if e > s]
    if not spans:
        return [(text, None, "")]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[tuple[str, str | None, str]] = []
    for start, end in zip(cuts, cuts[1:]):
        labels = [label for s, e, label in spans if s <= start and end <= e]
        kind = next((name for prefix, name in KINDS if any(label.startswith(prefix) for label in labels)), None)
        words = []
        if any(label == "self_criticism" for label in labels):
            words.append("Harsh self-talk")
        for label in labels:
            if label.startswith("trap:"):
                name = trap_names.get(label[5:], {}).get("name", label[5:].replace("_", " "))
                if name not in words:
                    words.append(name)
        if kind == "crisis":
            words = ["Words that sound very painful"]
        piece = text[start:end]
        if out and out[-1][1] == kind and out[-1][2] == "; ".join(words):
            out[-1] = (out[-1][0] + piece, kind, out[-1][2])
        else:
            out.append((piece, kind, "; ".join(words)))
    return out


def noticed(analysis: dict, trap_names: dict, kind_questions: dict) -> list[dict]:
    """The traps found, each with its plain name, a one-line explanation and a kind question.

    Only sentences domain.safety.offers_reframe() picks count (the CLI uses the same rule),
    and nothing at all when crisis language makes help come first and alone.
    """
    if safety.after_text(analysis).help_first:
        return []
    offered = [s for s in analysis.get("sentences", ()) if safety.offers_reframe(s)]
    found = []
    if any(s.get("self_critical") for s in offered):
        found.append({"id": "self_criticism", "name": "Harsh self-talk",
                      "explain": "Speaking to yourself in a way you would not speak to someone you care about.",
                      "question": kind_questions.get("self_criticism", "")})
    offered_traps = {t for s in offered for t in safety.noticed_traps(s)}
    for trap in (t for t in analysis.get("traps", ()) if t in offered_traps):
        names = trap_names.get(trap, {})
        found.append({"id": trap, "name": names.get("name", trap), "explain": names.get("explain", ""),
                      "question": kind_questions.get(trap, "")})
    return found


def harsh_sentences(analysis: dict) -> list[str]:
    """Sentences offered for a kinder version (none when help comes first)."""
    if safety.after_text(analysis).help_first:
        return []
    return [s["text"] for s in analysis.get("sentences", ()) if safety.offers_reframe(s)]
