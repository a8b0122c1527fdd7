"""A fingerprint of what the language analysis says, to show a speed change altered nothing.

    .venv/bin/python benchmarks/analysis_fingerprint.py [--dump FILE] [--src OTHER/src]

Runs `analyze(text)`, `summarize(text)` and `has_crisis(text)` over every sentence of the
batch benchmark's varied pool, the thinking-traps thoughts (read at run time when present),
our own sentence files (tests/unit/data/*.txt except the held-out crisis files, which no tool
that prints sentences reads; scripts/data/crisis_train_*.txt and crisis_dev_*.txt), and short
paragraphs made of neighbouring pool sentences (so findings that span sentences count too),
and prints one sha256 over all the results. The same code must print the same hash; a change
meant only to be faster must not move it. --src runs another copy of the source, to compare
two trees; --dump writes every result, one JSON line each, to find where two versions part.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
_SRC = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv[:-1] else str(ROOT / "src")
sys.path.insert(0, str(Path(_SRC).resolve()))
# Imported from the tree measured before the benchmarks' helpers put this tree's src/ first.
from hearten.domain.language import analyze, summarize  # noqa: E402, I001

from analyze_batch_bench import _is_held_out_crisis, _sentence_file, varied_pool  # noqa: E402
from language_bench import DEFAULT_DATA  # noqa: E402

from hearten.domain.language.analyzer import has_crisis  # noqa: E402


def texts() -> list[str]:
    """Every text the fingerprint covers, in a fixed order."""
    pool = varied_pool()
    out = list(pool)
    if DEFAULT_DATA.exists():
        with DEFAULT_DATA.open(encoding="utf-8") as fh:
            out += [json.loads(line)["prompt"] for line in fh if line.strip()]
    for path in sorted((ROOT / "tests" / "unit" / "data").glob("*.txt")):
        if not _is_held_out_crisis(path):
            out += _sentence_file(path)
    for pattern in ("crisis_train_*.txt", "crisis_dev_*.txt"):
        for path in sorted((ROOT / "scripts" / "data").glob(pattern)):
            out += _sentence_file(path)
    for size, sep in ((2, " "), (3, " "), (5, "\n")):  # paragraphs of neighbouring sentences
        out += [sep.join(pool[i : i + size]) for i in range(0, len(pool), size)]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path, help="also write every result here, one JSON line each")
    ap.add_argument("--src", type=Path, help="run another copy of the source (its src/ folder), to compare")
    args = ap.parse_args(argv)
    digest = hashlib.sha256()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    all_texts = texts()
    for text in all_texts:
        line = json.dumps(
            [text, analyze(text).to_dict(), summarize(text).to_dict(), has_crisis(text)],
            ensure_ascii=False,
            sort_keys=True,
        )
        digest.update(line.encode("utf-8") + b"\n")
        if dump:
            dump.write(line + "\n")
    if dump:
        dump.close()
    import hearten

    print(f"{len(all_texts):,} texts: {digest.hexdigest()} ({Path(hearten.__file__).parents[1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
