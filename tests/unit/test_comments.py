"""Comments say why, not which issue asked: issue numbers go stale once the tracker moves on."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISSUE = re.compile(r"\bissues? #?\d+\b|\(#\d+\)", re.IGNORECASE)


def _comments(path: Path):
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string


def test_no_comment_in_the_code_cites_an_issue_number():
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for folder in ("src", "scripts", "benchmarks")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, text in _comments(path)
        if ISSUE.search(text)
    ]
    assert found == []


def test_the_pattern_finds_what_it_looks_for():
    assert ISSUE.search("# see issue 7") and ISSUE.search("# kept (#12)") and not ISSUE.search("# colour #fff")
