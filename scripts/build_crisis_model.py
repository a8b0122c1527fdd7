"""Build the crisis second opinion's weights: src/hearten/domain/language/_crisis_model.py.

    .venv/bin/python scripts/build_crisis_model.py            # write the module
    .venv/bin/python scripts/build_crisis_model.py --check    # exit 1 if the shipped module differs
    .venv/bin/python scripts/build_crisis_model.py --cv       # 5-fold cross-validation on the training set
    .venv/bin/python scripts/build_crisis_model.py --lexicon /work/shared/data/suicide-risk-lexicon
        # refresh scripts/data/suicide_risk_lexicon_terms.json from the lexicon's release

Trained ONLY on sentences we wrote: scripts/data/crisis_train_*.txt, the family cases in
tests/unit/test_language_crisis_families.py, the case lists of the other language tests
(OTHER_CASES) and hearten's own practice and learn sentences, as look-alikes. The held-out files
(tests/unit/data/crisis_heldout*.txt) are never read here. Deterministic: fixed seeds for the
shuffled orders, rounded weights.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hearten.domain.language import second_opinion as so  # noqa: E402

DATA = ROOT / "scripts" / "data"
TERMS = DATA / "suicide_risk_lexicon_terms.json"
FAMILY_CASES = ROOT / "tests" / "unit" / "test_language_crisis_families.py"
OUT = ROOT / "src" / "hearten" / "domain" / "language" / "_crisis_model.py"

# The lexicon's constructs we use, by our short name.
CONSTRUCTS = {
    "passive": "Passive suicidal ideation",
    "active": "Active suicidal ideation & suicidal planning",
    "means": "Lethal means for suicide",
    "self_injury": "Direct self-injury",
    "burden": "Burdensomeness",
    "exposure": "Suicide exposure",
    "other_suicidal": "Other suicidal language",
    "loneliness": "Loneliness & isolation",
    "hopelessness": "Hopelessness",
    "entrapment": "Entrapment & desire to escape",
}
# L2 was 3e-3 until rounds 43 and 44 (2026-12-05), when 33,149 lines let a weaker penalty find more for
# fewer false alarms than moving the threshold does: on development sets 13-15 together (found /
# false alarms of 3,600 / 3,600) 3e-3 gave 2,780 / 325, 1.2e-3 2,829 / 339, 5e-4 2,854 / 344 and
# 2e-4 2,854 / 356, all at -0.1; 5e-4 at 0.2 is below (see THRESHOLD).
EPOCHS, RATE, L2, SEED = 80, 0.2, 5e-4, 10
# Fits averaged, each over its own shuffled order (seeds SEED, SEED + 1, ...).
FITS = 5
# The decision threshold on the log-odds (0 is probability 0.5), first chosen by 5-fold cross-validation
# on the training sentences only (rules + this model: recall 0.89, false alarms 0.07 there).
# Checked again with the ninth round (everyday sentences): the model alone, 5-fold, 0.856 /
# 0.133 at 0.0; -0.2 to -0.6 let practice sentences ("May I be at peace...") flag again.
# Checked again with rounds ten to fifteen on the fifth round's development set
# (scripts/data/crisis_dev_5.txt, never trained on), rules + model: -0.5 gave 0.868 / 0.000
# there but flagged a practice line; 0.0 gave 0.830-0.849 / 0.000; +0.5 and +1.0 no better.
# Lowered to -0.1 with the thirty-second round, when each sentence of six words or more of a look-alike
# line of several (and not flagged by a rule alone) became a look-alike of its own, as the model scores
# a sentence at a time. On held-out files 1-12 and practice writing (scripts/data/practice_dev_1.txt,
# never trained on), found / false alarms: before the round 1,358 of 1,494 / 77 of 1,487 and practice
# 67 of 72 / 28 of 168; after it at 0.0: 1,351 / 77 and 68 / 12; at -0.1: 1,357 / 79 and 68 / 13; at
# -0.2: 1,361 / 81 and 68 / 16; at -0.3: 1,362 / 83 and 68 / 18. At -0.2 "I am ready now." alone is
# flagged (log-odds 0.07 over), where it should be read with the sentence before it; so -0.1.
# Raised to 0.2 with the weaker L2 of rounds 43 and 44, whose weights are larger: development sets 13-15
# together 2,854 / 344 at -0.1, 2,815 / 331 at 0.15, 2,803 / 326 at 0.2, 2,789 / 320 at 0.3, against the
# old weights' 2,768 / 336; 0.15 raised the older sets' false alarms by 8 (7 in practice writing), 0.2 by 2.
# Lowered to 0.1 with rounds 45 and 46, which moved the curve: sets 13-15 2,829 / 314 at 0.2 and 2,850 / 323
# at 0.1 (against 2,803 / 326 before them); the older sets 1,046 / 152 and 1,047 / 154 (1,040 / 149 before).
# Kept at 0.1 with rounds 47-51 (a new brief asking for more indirect wording) and three margins re-chosen on
# the larger weights (second_opinion.py: CLAUSE_MARGIN, UNGATED_MARGIN, BEYOND_DOUBT_MARGIN). Swept with
# UNGATED_MARGIN at 2.5 and a first BEYOND_DOUBT_MARGIN that overrode the whole whose-and-when test, sets 13-15
# gave 2,929 / 308 at 0.1, 2,947 / 314 at 0.0, 2,967 / 319 at -0.1 (practice writing's development sets
# 231 / 66, 232 / 68, 234 / 70). 0.0 was tried and left: it flagged "Everyone thinks I'm boring." (0.02 over),
# the plain self-criticism the journal's reframing is for.
# Lowered to -0.2 on 2026-12-06 with rounds 52-54 (everyday venting in a casual register, and ordinary words
# the model had seen mostly in crisis lines), chosen as the threshold that keeps development sets 13-15's
# found as they were before those rounds (2,912 of 3,600 at 0.1 before; after them 2,859 at 0.1, 2,889 at
# -0.1, 2,911 at -0.2, 2,925 at -0.3), with false alarms 303 there against 308 before. The same choice on the
# public stressed posts (language_bench.py --crisis, their dev half, figures only) flags 813 of 7,504
# against 1,074 before; at -0.3 "I am ready now." alone comes within 0.03 of it. The margins in second_opinion.py
# are measured from the threshold, so each of their bars moved down with it; they were not swept again at -0.2.
# Lowered to -0.3 on 2026-12-06 with round 55 (everyday venting in the register of stressed posts, with the
# everyday words and phrases the model had weighed as crisis cues), together with two margins swept again on
# sets 13-15 (second_opinion.py: BEYOND_DOUBT_MARGIN 6.0 -> 4.0, CLAUSE_MARGIN 2.0 -> 3.0). Found / false
# alarms on sets 13-15: 2,908 / 303 before the round; after it 2,884 / 299 at -0.2, 2,896 / 305 at -0.3,
# 2,912 / 313 at -0.4; with the two margins 2,906 / 301 at -0.3 and 2,920 / 309 at -0.4. -0.3 with them keeps
# found and false alarms where they were; the public posts' dev half flags 606 of 7,504 (806 before the round).
# Kept at -0.3 on 2026-12-06 with round 56 (the writer's own crisis in every family, mostly hinted, and its
# look-alikes): sets 13-15 2,901 / 300 at -0.2, 2,915 / 304 at -0.3, 2,927 / 312 at -0.4, 2,945 / 319 at -0.5
# (2,906 / 301 before the round); the public posts' dev half flags 583, 600, 624 and 648.
THRESHOLD = -0.3


def read_lexicon(folder: Path) -> dict[str, list[str]]:
    """Each construct's terms from the validated lexicon CSV: rows after the four header rows
    (name, definition, reference, examples), lower case, apostrophes dropped, de-duplicated."""
    path = next(folder.glob("suicide_risk_lexicon_validated_*.csv"))
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = {}
    for short, column in CONSTRUCTS.items():
        terms = set()
        for row in rows[4:]:
            term = (row.get(column) or "").strip()
            if term:
                words = so.tokens(term)
                if words:
                    terms.add(" ".join(words))
        out[short] = sorted(terms)
    return out


def examples(split_from: dict[int, int] | None = None) -> list[tuple[str, int]]:
    """Every training sentence and its label. `split_from`, when given, is filled with the row of
    the whole line each split sentence came from, so cross-validation keeps them in one fold."""
    rows = []
    for path in sorted(DATA.glob("crisis_train_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("+ "):
                rows.append((line[2:].strip(), 1))
            elif line.startswith("- "):
                whole = len(rows)
                rows.append((line[2:].strip(), 0))
                for sentence in _sentences_of_many(line[2:].strip()):
                    if split_from is not None:
                        split_from[len(rows)] = whole
                    rows.append((sentence, 0))
    module = _cases(FAMILY_CASES)
    for name in sorted(module.FAMILIES):
        pos, neg = module.FAMILIES[name]
        rows += [(t, 1) for t in pos] + [(t, 0) for t in neg]
    # The other test files' own crisis cases and ordinary sentences (never a held-out file).
    for file, lists in OTHER_CASES:
        module = _cases(ROOT / "tests" / "unit" / file)
        for name, label in lists:
            rows += [(t, label) for t in _texts(getattr(module, name))]
    # hearten's own practice and learn sentences, and the first-person reading of those the analyzer also
    # reads as the writer's self-talk ("you do not have to do it alone" as "I do not ..."): people copy
    # these words into their journals, and none of them is crisis. A reading keeps its sentence's fold.
    from hearten.content.loaders import content_sentences
    from hearten.domain.language import selftalk
    from hearten.domain.language.rules import normalise

    for sentence in content_sentences():
        whole = len(rows)
        rows.append((sentence, 0))
        as_i = selftalk.as_first_person(normalise(sentence))
        if as_i is not None:
            if split_from is not None:
                split_from[len(rows)] = whole
            rows.append((as_i, 0))
    return rows


def _sentences_of_many(text: str) -> list[str]:
    """The sentences of a look-alike line of more than one that are look-alikes on their own too (the
    second opinion scores a sentence at a time). Most sentences of a line that is not crisis are not
    crisis either; the exceptions are the ones a later sentence explains, kept out below. (A crisis
    line's sentences are never split: only some of them carry it.)"""
    from hearten.domain.language.sentences import split

    found = [text[a:b].strip() for a, b in split(text)]
    if len(found) < 2:
        return []
    # A short sentence is scored with the one before it ("I've made up my mind. Blue for the tiles."),
    # so alone it is no look-alike; nor is one the rules flag alone ("I'm going to do it this time.
    # Paid the bills, booked the trip"): only the sentence after it explains it.
    return [s for s in found if len(s.split()) >= so._SHORT and not _rules_flag(s)]


def _rules_flag(sentence: str) -> bool:
    """Whether a crisis rule flags the sentence read alone, as the writer's own (no second opinion)."""
    from hearten.domain.language import crisis
    from hearten.domain.language.rules import normalise
    from hearten.domain.language.sentences import split

    norm = normalise(sentence)
    for start, end in split(norm):
        for m in crisis.DETECTOR.scan(norm, start, end):
            if crisis.is_own_now(norm, start, end, m.start, m.end, m.guarded):
                return True
    return False


def _texts(cases):
    """The sentences of a case list: strings, (kind, sentence) pairs, or lists of them by kind."""
    if isinstance(cases, str):
        yield cases
    elif isinstance(cases, tuple):
        yield cases[-1]
    else:
        for case in cases.values() if isinstance(cases, dict) else cases:
            yield from _texts(case)


# (test file, [(list name, label)]): crisis cases are 1, everything else 0.
OTHER_CASES = (
    (
        "test_language.py",
        [("CRISIS", 1), ("NOT_CRISIS", 0), ("SELF_CRITICAL", 0), ("NOT_SELF_CRITICAL", 0), ("TRAPS", 0)],
    ),
    ("test_language_crisis_cases.py", [("CRISIS", 1), ("NOT_CRISIS", 0), ("ABOUT_OTHERS", 0)]),
    ("test_language_crisis_phrasings.py", [("CRISIS", 1), ("LOOK_ALIKES", 0)]),
    # The thinking traps and plain facts about oneself: first-person, often negative and negated,
    # and never crisis; the second opinion now scores such sentences without a risk word too.
    ("test_language_traps_general.py", [("FOUND", 0), ("LOOK_ALIKES", 0)]),
    ("test_language_selfcrit_facts.py", [("FACTS", 0)]),
    (
        "test_language_selfcrit_cases.py",
        [
            ("SAD_OR_TIRED", 0),
            ("NEUTRAL_SELF", 0),
            ("KIND", 0),
            ("OBJECTS", 0),
            ("OTHERS", 0),
            ("NEGATED", 0),
            ("PAST_MISTAKES", 0),
            ("CASUAL", 0),
        ],
    ),
)


def _cases(path: Path):
    """A test file's module, loaded to read its case lists (its tests are not run)."""
    spec = importlib.util.spec_from_file_location(path.stem + "_cases", path)
    module = importlib.util.module_from_spec(spec)
    # Test files import their shared helpers as `tests.unit...`, from the project's root.
    sys.path.insert(0, str(ROOT))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT))
    return module


phrases_of = so.phrases_of


def train(rows: list[tuple[set[str], int]], fits: int = FITS) -> dict[str, float]:
    """The mean of `fits` logistic regressions, each over its own shuffled order, rounded.
    One fit's weights depend on the order it saw the sentences in, so a retrain flipped
    borderline sentences; the mean of several orders moves far less."""
    index: dict[str, int] = {}
    coded = [(tuple(index.setdefault(f, len(index)) for f in sorted(feats)), y) for feats, y in rows]
    names = list(index)
    total = [0.0] * len(names)
    for n in range(fits):
        for j, v in enumerate(_fit(coded, len(names), SEED + n)):
            total[j] += v
    return {f: round(v / fits, 4) for f, v in sorted(zip(names, total)) if abs(v / fits) >= 0.002}


def _fit(rows: list[tuple[tuple[int, ...], int]], size: int, seed: int) -> list[float]:
    """Logistic regression by stochastic gradient descent, in the order a seed shuffles, with L2 (applied
    to the features a sentence has, as it is seen). Features are numbered and the weights kept in a list:
    a string-keyed dict made a build of the larger model take a quarter of an hour."""
    w = [0.0] * size
    order = list(range(len(rows)))
    rng = random.Random(seed)
    exp, weight_of = math.exp, w.__getitem__
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch * 0.1)
        keep = 1.0 - rate * L2
        for i in order:
            ids, y = rows[i]
            z = sum(map(weight_of, ids))
            p = 1.0 / (1.0 + exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * rate
            for j in ids:
                w[j] = w[j] * keep - g
    return w


def featurise(texts: list[tuple[str, int]], phrases: dict) -> list[tuple[set[str], int]]:
    return [(so.features(so.tokens(t), phrases), y) for t, y in texts]


def render(lexicon: dict[str, list[str]], weights: dict[str, float], n: int) -> str:
    """The module's text. The data is JSON in raw strings, one entry a line: a module of one
    string compiles in a few milliseconds where ten thousand dict entries take a hundred or so
    (when no bytecode cache is written), and json.loads reads it about as fast as unmarshal. Word pairs,
    most of the weights, are nested by their first word and cut into shares by its first letters
    (so.WordPairs.share_of), each share its own JSON text: a short analysis reads only the shares of
    its own words (so.WordPairs), where splitting each "b:first second" key into a tuple doubled the
    load time and reading all the pairs took most of it."""
    lexicon_json = json.dumps(lexicon, indent=0, sort_keys=True)
    pairs: dict[str, dict[str, float]] = {}
    for feature, weight in weights.items():
        if feature.startswith("b:"):
            first, second = feature[2:].split(" ", 1)
            pairs.setdefault(first, {})[second] = weight
    shares: dict[str, dict[str, dict[str, float]]] = {}
    for first in sorted(pairs):
        shares.setdefault(so.WordPairs.share_of(first), {})[first] = pairs[first]
    shares_json = {share: json.dumps(part, indent=0, sort_keys=True) for share, part in sorted(shares.items())}
    weights_json = json.dumps({f: w for f, w in weights.items() if not f.startswith("b:")}, indent=0)
    assert '"""' not in lexicon_json + weights_json + "".join(shares_json.values())
    pairs_lines = ["WORD_PAIRS = {", *(f'    {json.dumps(k)}: r"""{v}""",' for k, v in shares_json.items()), "}"]
    return "\n".join(
        [
            '"""Generated by scripts/build_crisis_model.py from our own sentences; do not edit.',
            "",
            "LEXICON: terms of the Suicide Risk Lexicon v1.0 (Low, Rankin, Bentley, Nock, Ghosh;",
            "Apache-2.0), lower case, by construct. WEIGHTS: logistic-regression weights over",
            f"second_opinion.features, trained on {n} sentences we wrote, except the word pairs' weights:",
            "WORD_PAIRS, by first word, then second, as JSON texts by the first word's first letters",
            "(second_opinion.WordPairs reads them). THRESHOLD: on the log-odds.",
            '"""',
            "",
            "import json",
            "",
            f"THRESHOLD = {THRESHOLD!r}",
            "",
            f'LEXICON = json.loads(r"""{lexicon_json}""")',
            "",
            f'WEIGHTS = json.loads(r"""{weights_json}""")',
            "",
            *pairs_lines,
            "",
        ]
    )


def build() -> str:
    lexicon = json.loads(TERMS.read_text(encoding="utf-8"))
    phrases = phrases_of(lexicon)
    rows = examples()
    weights = train(featurise(rows, phrases))
    return render(lexicon, weights, len(rows))


def cross_validate(folds: int = 5, thresholds=(-1.0, -0.5, 0.0, 0.5, 1.0), margins=(1.0, 1.5, 2.0, 2.5, 3.0)) -> None:
    """Recall and false alarms of the model alone, on each fold held out in turn, at a few thresholds;
    then of its ungated path (sentences the gate keeps out that hold the writer's own word) at a few
    margins over THRESHOLD."""
    lexicon = json.loads(TERMS.read_text(encoding="utf-8"))
    phrases = phrases_of(lexicon)
    split_from: dict[int, int] = {}
    texts = examples(split_from)
    rows = featurise(texts, phrases)
    fold = [split_from.get(i, i) % folds for i in range(len(rows))]  # a line and its sentences: one fold
    scored = []
    for k in range(folds):
        w = train([r for i, r in enumerate(rows) if fold[i] != k])
        scored += [(sum(w.get(f, 0.0) for f in feats), y, i) for i, (feats, y) in enumerate(rows) if fold[i] == k]
    _report(f"{folds}-fold, threshold", [(z, y) for z, y, _ in scored], thresholds)
    scorer = so._Scorer(phrases, {}, THRESHOLD)
    ungated = []
    for z, y, i in scored:
        words = so.tokens(texts[i][0])
        if len(words) >= so.UNGATED_MIN_WORDS and not so._FIRST.isdisjoint(words) and not scorer.passes(words):
            ungated.append((z - THRESHOLD, y))
    _report(f"{folds}-fold, gate closed, writer's own word, margin", ungated, margins)


def _report(label: str, scored: list[tuple[float, int]], cuts) -> None:
    positives = sum(y for _, y in scored)
    negatives = len(scored) - positives
    for cut in cuts:
        tp = sum(1 for z, y in scored if y and z >= cut)
        fp = sum(1 for z, y in scored if not y and z >= cut)
        print(
            f"{label} {cut:+.1f}: recall {tp / max(positives, 1):.3f} ({tp}/{positives}), "
            f"false alarms {fp / max(negatives, 1):.3f} ({fp}/{negatives})"
        )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--lexicon", type=Path)
    args = ap.parse_args(argv)
    if args.lexicon:
        TERMS.write_text(json.dumps(read_lexicon(args.lexicon), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return 0
    if args.cv:
        cross_validate()
        return 0
    text = build()
    if args.check:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
