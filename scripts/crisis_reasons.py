"""Why the crisis reading got lines of a read development set wrong.

    .venv/bin/python scripts/crisis_reasons.py scripts/data/crisis_dev_13.txt [more files]
    .venv/bin/python scripts/crisis_reasons.py --look-alikes scripts/data/crisis_dev_13.txt

For missed crisis lines ("+ "): which test of the whose-and-when reading (`crisis.is_own_now`) said
"not the writer's own, now", counted over the files with a few examples each; "never asked" means no
rule matched and the second opinion stayed below its threshold or its margins, so nothing reached that
reading. With --look-alikes, each flagged look-alike ("- ") is printed marked R (a rule flags it; the
second opinion may never take a rule's flag away) or M (only the second opinion flags it).

The sets kept unread (crisis_compare.UNREAD) and the held-out files are refused: reading their lines
spends them.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crisis_compare import _kept_unread  # noqa: E402 (a sibling script)
from crisis_sweep import read_set  # noqa: E402


def _reasons_for_misses(texts: list[str]) -> tuple[Counter, dict[str, list[str]]]:
    from hearten.domain.language import analyze, crisis

    source, first = inspect.getsourcelines(crisis.is_own_now)
    said_no: list[int] = []

    def watch(frame, event, value):
        if event == "return" and frame.f_code is crisis.is_own_now.__code__ and value is False:
            said_no.append(frame.f_lineno)

    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        said_no.clear()
        sys.setprofile(watch)
        try:
            found = analyze(text).crisis
        finally:
            sys.setprofile(None)
        if found:
            continue
        reasons = {_comment_at(source, line - first) for line in said_no} or {"never asked"}
        for reason in reasons:
            counts[reason] += 1
            examples[reason].append(text)
    return counts, examples


def _comment_at(source: list[str], index: int) -> str:
    """The `return False` line at source[index], with its comment, or the condition above it."""
    line = source[index].strip()
    if "#" not in line:
        for at in range(index - 1, max(0, index - 12), -1):
            if source[at].strip().startswith(("if ", "elif ")):
                condition = " ".join(part.strip() for part in source[at:index])
                line = f"{line}  ({condition[:110]})"
                break
    return f"is_own_now line {index + 1}: {line[:160]}"


def _flagged_by(texts: list[str]) -> list[tuple[str, str]]:
    from hearten.domain.language import analyze, second_opinion

    marked = []
    for text in texts:
        if not analyze(text).crisis:
            continue
        kept = second_opinion.flags
        second_opinion.flags = lambda *args, **kwargs: False
        try:
            by_rule = analyze(text).crisis
        finally:
            second_opinion.flags = kept
        marked.append(("R" if by_rule else "M", text))
    return marked


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--look-alikes", action="store_true", help="mark each flagged look-alike R or M instead")
    parser.add_argument("--examples", type=int, default=3, help="examples shown for each reason")
    args = parser.parse_args(argv)
    refused = [path.name for path in args.files if _kept_unread(path.name)]
    if refused:
        parser.error(f"kept unread, figures only: {', '.join(refused)}")
    crisis, look_alikes = [], []
    for path in args.files:
        found, not_found = read_set(path)
        crisis += found
        look_alikes += not_found
    if args.look_alikes:
        marked = _flagged_by(look_alikes)
        for mark, text in marked:
            print(f"{mark} | {text[:220]}")
        by_mark = Counter(mark for mark, _ in marked)
        print(f"{len(marked)} of {len(look_alikes)} look-alikes flagged: R {by_mark['R']}, M {by_mark['M']}")
        return 0
    counts, examples = _reasons_for_misses(crisis)
    missed = len({text for texts in examples.values() for text in texts})
    print(f"{missed} of {len(crisis)} crisis lines missed")
    for reason, count in counts.most_common():
        print(f"{count:5}  {reason}")
        for text in examples[reason][: args.examples]:
            print(f"         {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
