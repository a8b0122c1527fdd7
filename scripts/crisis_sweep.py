"""Try settings of the crisis second opinion's constants on the read development sets: figures only.

    .venv/bin/python scripts/crisis_sweep.py "" "THRESHOLD=0.2" "UNGATED_MARGIN=2.5,_SURE=3.0"

Each argument is one setting: NAME=VALUE pairs, comma-separated, naming constants of
hearten.domain.language.second_opinion (THRESHOLD is the model's own threshold); "" is the code as it
stands. Each setting prints crisis lines found / look-alikes flagged for each group of read development
sets, one line per setting. The sets kept unread (crisis_compare.UNREAD) and the held-out files are
never used: a constant chosen on a set spends that set. Check a choice on them afterwards, with
`benchmarks/language_bench.py --crisis` and `scripts/crisis_compare.py`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from language_bench import held_out as read_set  # noqa: E402 (a data file's "+ " and "- " lines)

DATA = ROOT / "scripts" / "data"
GROUPS = {
    "dev 13-15": ["crisis_dev_13.txt", "crisis_dev_14.txt", "crisis_dev_15.txt"],
    "dev 5-12": [f"crisis_dev_{n}.txt" for n in range(5, 13)],
    "practice dev 1-4": [f"practice_dev_{n}.txt" for n in range(1, 5)],
}


def parse_setting(text: str) -> dict[str, float]:
    """ "A=1,B=2.5" as {"A": 1.0, "B": 2.5}; "" as {}."""
    setting = {}
    for pair in filter(None, (part.strip() for part in text.split(","))):
        name, sep, value = pair.partition("=")
        if not sep:
            raise ValueError(f"{pair!r}: give NAME=VALUE")
        setting[name.strip()] = float(value)
    return setting


def apply(setting: dict[str, float], shipped: dict[str, float]) -> None:
    """Set the second opinion's constants to `shipped`, then to `setting` on top."""
    from hearten.domain.language import second_opinion

    for name, value in {**shipped, **setting}.items():
        if name == "THRESHOLD":
            second_opinion._load().threshold = value
        else:
            setattr(second_opinion, name, value)


def shipped_values(names: set[str]) -> dict[str, float]:
    from hearten.domain.language import second_opinion

    values = {}
    for name in names:
        if name == "THRESHOLD":
            values[name] = second_opinion._load().threshold
        elif isinstance(getattr(second_opinion, name, None), int | float):
            values[name] = getattr(second_opinion, name)
        else:
            raise ValueError(f"second_opinion has no numeric constant {name}")
    return values


def figures(groups: dict[str, list[tuple[list[str], list[str]]]]) -> str:
    from hearten.domain.language import analyze

    parts = []
    for name, sets in groups.items():
        found = sum(analyze(text).crisis for crisis, _ in sets for text in crisis)
        flagged = sum(analyze(text).crisis for _, look_alikes in sets for text in look_alikes)
        total = sum(len(crisis) for crisis, _ in sets), sum(len(look_alikes) for _, look_alikes in sets)
        parts.append(f"{name} {found}/{total[0]} found, {flagged}/{total[1]} flagged")
    return "  |  ".join(parts)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("settings", nargs="*", default=[""], help='"NAME=VALUE[,NAME=VALUE]"; "" for as it stands')
    args = parser.parse_args(argv)
    try:
        settings = [parse_setting(text) for text in args.settings or [""]]
        shipped = shipped_values({name for setting in settings for name in setting})
    except ValueError as error:
        parser.error(str(error))
    groups = {
        name: [read_set(DATA / file) for file in files if (DATA / file).exists()] for name, files in GROUPS.items()
    }
    for text, setting in zip(args.settings or [""], settings):
        apply(setting, shipped)
        print(f"{text or 'as it stands':36} {figures(groups)}", flush=True)
    apply({}, shipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
