"""hearten analyze: what the rules notice in a piece of writing, or in a stream of JSON lines."""

from __future__ import annotations

import json
import sys

import click

from hearten import messages
from hearten.cli.context import echo_json, read_stdin_text, stdin_is_piped


@click.command("analyze")
@click.argument("text", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the whole analysis as JSON.")
@click.option(
    "--batch",
    is_flag=True,
    help='Read JSON lines {"id": ..., "text": ...} on standard input; write one result line per input line.',
)
@click.pass_obj
def analyze(app, text, as_json, batch):
    """Notice harsh self-talk, thinking traps and crisis language in TEXT (or piped standard input).

    Nothing leaves this computer. With --batch, each input line gets one output line, in
    order, as soon as it is read; a line that cannot be read gets {"id": null, "error": "..."}
    (or its id, when that much could be read) and the stream goes on. Empty lines are skipped.
    """
    from hearten.cli.notice import analyze_text, show_analysis, show_crisis_help

    app.settings  # noqa: B018 - reading them turns the crisis encoder on when the person chose it
    if batch:
        if text:
            raise click.UsageError(messages.ANALYZE_TEXT_AND_BATCH)
        _batch(app)
        return
    if text:
        body = " ".join(text)
    elif stdin_is_piped():
        body = read_stdin_text()
    else:
        body = ""
    if not body.strip():
        raise click.UsageError(messages.ANALYZE_NO_TEXT)
    from hearten.domain import safety

    result = analyze_text(body)
    decision = safety.after_text(result)
    if decision.show_help:  # help comes first, always; on stderr when stdout carries JSON
        show_crisis_help(app, err=as_json)
    if as_json:
        echo_json(result.to_dict())
        return
    if decision.help_first:  # and alone: the text as written, no harsh-talk or trap prompts beside it
        click.echo(body)
        return
    show_analysis(app, body, result)


# Lines arriving at once that make a long run: past this, the analysis sets up for many texts.
LONG_RUN = 64
# Distinct texts whose answers a batch keeps, so a repeated line ("I'm fine.") is a lookup. Kept
# small: the repeats worth catching are the frequent ones, and a stream of ever-new texts gains
# nothing from a larger memory (it is emptied when full). Only short texts are kept, so a batch of
# long entries never holds thousands of them at once; those seldom repeat word for word anyway.
BATCH_MEMORY = 4096
BATCH_MEMORY_TEXT = 1000  # characters


def _batch(app) -> None:
    """Stream: answer every whole line that has arrived, write those answers at once, flush,
    and only then wait for more; a line is never kept waiting behind input yet to come."""
    from hearten.cli.notice import show_crisis_help
    from hearten.domain.language import summarize  # a row needs only the summary
    from hearten.domain.language.analyzer import expect_long_run

    helped = False
    stdin = sys.stdin.buffer
    out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    scan = json.JSONDecoder().scan_once  # json.loads less its checks for blanks round a stripped line
    number = 0
    memory: dict[str, tuple[str, bool]] = {}  # text -> its row after the id, and whether it is a crisis
    pending = b""
    while True:
        chunk = stdin.read1(1 << 16)  # what has arrived; blocks only when nothing has
        if not chunk:
            block, pending = (pending if pending else None), b""
        else:
            pending += chunk
            cut = pending.rfind(b"\n")
            block = None
            if cut >= 0:  # every whole line that has arrived, decoded at once (a newline never
                block, pending = pending[:cut], pending[cut + 1 :]  # falls inside a UTF-8 character)
        rows = []
        lines = () if block is None else block.decode("utf-8", errors="replace")
        if "\ufffd" in lines:  # maybe bytes that are not UTF-8: each of those lines gets an error row
            lines = [_strict(raw) for raw in block.split(b"\n")]
        elif block is not None:
            lines = lines.split("\n")
        if len(lines) >= LONG_RUN:
            expect_long_run()
        for line in lines:
            number += 1
            if type(line) is int:  # where the line's first byte that is not UTF-8 is
                rows.append(dumps({"id": None, "error": messages.BATCH_NOT_UTF8.format(line=number, byte=line)}))
                continue
            line = line.strip()
            if not line:
                continue
            encoded, crisis = _answer(line, number, summarize, scan, dumps, memory)
            if not helped and crisis:
                if rows:  # the rows before it go out first, then help, then the crisis row
                    _write(out, rows)
                    rows = []
                show_crisis_help(app, err=True)  # once per stream, before the first crisis row
                helped = True
            rows.append(encoded)
        if rows:
            _write(out, rows)
        if not chunk:
            break


def _strict(raw: bytes) -> str | int:
    """A line's text, or where its first byte that is not UTF-8 is (a real U+FFFD in the text stays)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start


def _answer(line: str, number: int, summarize, scan, dumps, memory: dict | None = None) -> tuple[str, bool]:
    """One input line's output line and whether it is a crisis: `encode_row(_row(...))`, with the
    usual row (a JSON object with a text) written straight from its summary. `scan` is a JSON
    decoder's scan_once: on a line with no blanks at either end, a value that fills the line is
    exactly what json.loads gives; anything else goes to _row, which says what is wrong.
    `memory` keeps each text's row after its id (the analysis depends on the text alone)."""
    try:
        item, end = scan(line, 0)
        if end != len(line):
            item = None
    except (StopIteration, ValueError):
        item = None
    if type(item) is dict and type(item.get("text")) is str:
        text = item["text"]
        known = memory.get(text) if memory is not None else None
        if known is None:
            found = summarize(text)
            if type(found.score) is float:
                traps = ", ".join(f'"{t}"' for t in found.traps)
                known = (
                    f'"self_critical": {"true" if found.self_critical else "false"}, '
                    f'"score": {found.score!r}, "traps": [{traps}], "crisis": {"true" if found.crisis else "false"}}}',
                    found.crisis,
                )
                if memory is not None and len(text) <= BATCH_MEMORY_TEXT:
                    if len(memory) >= BATCH_MEMORY:
                        memory.clear()
                    memory[text] = known
        if known is not None:
            id_ = item.get("id")
            # json writes an int as repr does
            return f'{{"id": {int.__repr__(id_) if type(id_) is int else dumps(id_)}, {known[0]}', known[1]
    row = _row(line, number, summarize)
    return encode_row(row, dumps), bool(row.get("crisis"))


_ROW_KEYS = ("id", "self_critical", "score", "traps", "crisis")


def encode_row(row: dict, dumps=None) -> str:
    """json.dumps(row, ensure_ascii=False), written out by hand for the usual result row (the
    trap ids are plain words), which is most of what a batch prints; anything else goes to json."""
    if dumps is None:
        dumps = json.JSONEncoder(ensure_ascii=False).encode
    if tuple(row) != _ROW_KEYS or type(row["score"]) is not float:
        return dumps(row)
    traps = ", ".join(f'"{t}"' for t in row["traps"])
    return (
        f'{{"id": {dumps(row["id"])}, "self_critical": {"true" if row["self_critical"] else "false"}, '
        f'"score": {row["score"]!r}, "traps": [{traps}], "crisis": {"true" if row["crisis"] else "false"}}}'
    )


def _write(out, rows: list[str]) -> None:
    text = "\n".join(rows) + "\n"
    if out is None:  # a text-only stdout (a test harness): same words, one write
        click.echo(text, nl=False)
        return
    out.write(text.encode("utf-8"))
    out.flush()


def _row(line: str, number: int, analyze_text) -> dict:
    try:
        item = json.loads(line)
    except ValueError as error:
        return {"id": None, "error": messages.BATCH_NOT_JSON.format(line=number, detail=error.msg)}
    if not isinstance(item, dict):
        return {"id": None, "error": messages.BATCH_NOT_JSON.format(line=number, detail=type(item).__name__)}
    if not isinstance(item.get("text"), str):
        return {"id": item.get("id"), "error": messages.BATCH_NO_TEXT.format(line=number)}
    return analyze_text(item["text"]).batch_row(item.get("id"))
