"""hearten assess: take a self-assessment, see how it changes, share it in FHIR."""

from __future__ import annotations

import re

import click

from hearten import messages as words
from hearten.cli.context import echo_json
from hearten.services import assessments as service


@click.group()
def assess():
    """Short self-assessments you can retake now and then to notice change."""


@assess.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of instruments.")
@click.pass_obj
def list_(app, as_json):
    """The instruments you can take, and whether it is a good time to take each again."""
    found = service.list_instruments(app.store)
    if as_json:
        echo_json([{**i, "last_taken_at": i["last_taken_at"] and i["last_taken_at"].isoformat()} for i in found])
        return
    if not found:
        click.echo(words.NO_INSTRUMENTS)
        return
    for i in found:
        if i["needs_item_text"]:
            state = words.LIST_NEEDS_TEXT.format(id=i["id"])
        else:
            when = (
                words.LIST_LAST.format(date=f"{i['last_taken_at']:%Y-%m-%d}")
                if i["last_taken_at"]
                else words.LIST_NEVER
            )
            state = f"{when}; {words.LIST_DUE if i['due'] else words.LIST_NOT_DUE}"
        click.echo(f"{i['id']:<26} {i['title']} ({i['items']} questions)")
        click.echo(f"{'':<26} {state}")


@assess.command("take")
@click.argument("instrument_id", metavar="ID")
@click.option("--answers", help="All answers in item order, e.g. 3,4,2,... (a blank or '-' skips one, where allowed).")
@click.option("--json", "as_json", is_flag=True, help="Print the saved result as JSON.")
@click.pass_obj
def take(app, instrument_id, answers, as_json):
    """Answer an instrument, one question at a time (or all at once with --answers)."""
    from hearten.domain.instruments import parse_answer_list

    instrument = service.ready_to_take(app.store, instrument_id=instrument_id)
    given = parse_answer_list(answers) if answers is not None else _ask(instrument)
    saved = service.take(app.store, instrument_id=instrument_id, answers=given)
    decision = service.after_taking(saved)
    if as_json:
        from hearten.domain.instruments import assessment_json

        # "components" adds the three component scores beside the contract's fields; "safety" what
        # follows, as `hearten checkin --json` gives it.
        _, scored = service.explain(app.store, assessment=saved)
        echo_json({**assessment_json(saved), "components": dict(scored.components), "safety": decision.to_dict()})
        if decision.show_help:  # on stderr: stdout carries the JSON
            from hearten.cli.notice import show_decision

            show_decision(app, decision, err=True)
        return
    _show_result(app, saved)
    if decision.show_help:
        from hearten.cli.notice import offer_grounding_now, show_decision

        click.echo()
        show_decision(app, decision)
        offer_grounding_now(decision)


def _scale_line(instrument) -> str:
    scale = instrument.scale
    labels = "; ".join(f"{v} = {scale.label(v)}" for v in range(scale.min, scale.max + 1) if scale.label(v))
    return words.TAKE_SCALE.format(low=scale.min, high=scale.max, labels=labels).rstrip(": ")


def _ask(instrument) -> list[int | None]:
    """One question at a time: a number, Enter or 's' to skip (where allowed), 'b' to go back."""
    low, high = instrument.scale.min, instrument.scale.max
    may_skip = instrument.missing.policy != "all_required"
    items = instrument.items
    click.echo(words.TAKE_INTRO.format(title=instrument.title, count=len(items), instructions=instrument.instructions))
    click.echo(_scale_line(instrument))
    click.echo(words.TAKE_KEYS_SKIP if may_skip else words.TAKE_KEYS_NO_SKIP)
    answers: list[int | None] = [None] * len(items)
    position = 0
    while position < len(items):
        click.echo()
        click.echo(words.TAKE_ITEM.format(number=position + 1, count=len(items), text=items[position].text))
        raw = click.prompt(words.TAKE_ANSWER, default="", show_default=False).strip().lower()
        if raw == "b":
            if position == 0:
                click.echo(words.TAKE_AT_START)
            else:
                position -= 1
        elif raw in ("", "s"):
            if may_skip:
                answers[position] = None
                position += 1
            else:
                click.echo(words.TAKE_NEEDS_ANSWER.format(low=low, high=high))
        elif re.fullmatch(r"-?[0-9]{1,4}", raw) and low <= int(raw) <= high:
            answers[position] = int(raw)
            position += 1
        else:
            click.echo(words.TAKE_NOT_A_NUMBER.format(low=low, high=high))
    return answers


def _show_result(app, saved) -> None:
    from hearten.domain.instruments import display_score

    instrument, scored = service.explain(app.store, assessment=saved)
    click.echo()
    click.echo(click.style(instrument.title, bold=True))
    low, high = instrument.scale.min, instrument.scale.max
    width = max(len(s.title) for s in instrument.subscales) + 2
    if instrument.scoring.total == "none":
        # Separate ratings are shown separately and never summed.
        click.echo(words.RESULT_LINES)
        for sub in instrument.subscales:
            value = saved.subscales.get(sub.id)
            click.echo(f"  {sub.title:<{width}}{display_score(value) if value is not None else words.RESULT_SKIPPED}")
    else:
        if instrument.show_subscales:
            click.echo(words.RESULT_SUBSCALES)
            for sub in instrument.subscales:
                click.echo(f"  {sub.title:<{width}}{display_score(saved.subscales.get(sub.id))}")
            for group in instrument.groups:
                if group.id in scored.components:
                    click.echo(f"  {group.title:<{width}}{display_score(scored.components[group.id])}")
        else:
            click.echo(words.RESULT_SHORT_FORM)
        if saved.total is None:
            click.echo(words.RESULT_NO_TOTAL)
        elif saved.band is not None:
            band_words = words.BAND_WORDS.get(saved.band, saved.band)
            click.echo(
                words.RESULT_TOTAL.format(score=display_score(saved.total), low=low, high=high, band_words=band_words)
            )
        else:
            click.echo(words.RESULT_TOTAL_NO_BAND.format(score=display_score(saved.total), low=low, high=high))
    for note in scored.notes:
        click.echo(click.style(note, dim=True))
    click.echo()
    click.echo(words.RESULT_SNAPSHOT)
    click.echo(words.RESULT_SAVED)


@assess.command("delete")
@click.argument("assessment_id", metavar="ID", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def delete(app, assessment_id, yes):
    """Delete one result for good (its id is in `hearten assess history INSTRUMENT --json`)."""
    found = service.get_result(app.store, assessment_id=assessment_id)  # a clear error before asking
    if not yes:
        click.confirm(
            words.ASSESSMENT_DELETE_CONFIRM.format(
                title=found.instrument_id, date=f"{found.taken_at:%Y-%m-%d}", id=assessment_id
            ),
            abort=True,
        )
    service.delete_result(app.store, assessment_id=assessment_id)
    click.echo(words.ASSESSMENT_DELETED.format(id=assessment_id), err=True)


@assess.command("attach")
@click.argument("key_id", metavar="KEY_ID")
@click.argument("text_file", type=click.Path(dir_okay=False))
@click.option("--id", "new_id", help="Keep your copy under its own id (default: the key's id, sharing its history).")
@click.pass_obj
def attach(app, key_id, text_file, new_id):
    """Give a scoring key (scs-26, scs-sf-12) your own copy of its item text, one line per item."""
    lines = service.read_text_file(text_file).splitlines()
    done = service.attach(app.store, key_id=key_id, lines=lines, new_id=new_id)
    click.echo(words.ATTACHED.format(**done) if done["added"] else words.ATTACHED_SAME.format(**done))


@assess.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_obj
def import_(app, file):
    """Add an instrument from a hearten TOML or JSON file, or a FHIR Questionnaire."""
    done = service.import_instrument(app.store, path=file)
    click.echo(words.IMPORTED.format(**done) if done["added"] else words.IMPORTED_SAME.format(**done))


@assess.command("export")
@click.argument("instrument_id", metavar="ID")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(service.EXPORT_FORMATS),
    default="fhir",
    show_default=True,
    help="fhir: a FHIR R4 Questionnaire; json: hearten's own format as JSON.",
)
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (default: standard output).")
@click.pass_obj
def export(app, instrument_id, fmt, out):
    """Write an instrument's definition, to share it or read it elsewhere."""
    text = service.export_instrument(app.store, instrument_id=instrument_id, fmt=fmt)
    _write_or_print(text, out, what=instrument_id)


@assess.command("responses")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["fhir"]),
    default="fhir",
    show_default=True,
    help="fhir: a FHIR R4 Bundle of QuestionnaireResponses.",
)
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (default: standard output).")
@click.pass_obj
def responses(app, fmt, out):
    """Write every result you have taken as a FHIR Bundle, to share with someone you choose."""
    import json

    bundle = service.responses_bundle(app.store)
    text = json.dumps(bundle, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        click.echo(text, nl=False)
        return
    _write(text, out)
    click.echo(words.counted(words.RESPONSES_WRITTEN.format(count=len(bundle["entry"]), path=out)), err=True)


def _write(text: str, out: str) -> None:
    from pathlib import Path

    from hearten.domain.records import InvalidInput
    from hearten.files import write_atomic

    if not Path(out).parent.is_dir():
        raise InvalidInput(f"{Path(out).parent}: no such folder")
    write_atomic(out, text.encode("utf-8"))


def _write_or_print(text: str, out: str | None, *, what: str) -> None:
    if out is None:
        click.echo(text, nl=False)
        return
    _write(text, out)
    click.echo(words.EXPORTED.format(what=what, path=out), err=True)


@assess.command("history")
@click.argument("instrument_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print every result and the chart's scale as JSON.")
@click.option("--chart", type=click.Path(dir_okay=False), help="Also draw a chart to FILE.png or FILE.svg.")
@click.option(
    "--subscale",
    help="Chart this one part instead of the total (with no total, every part is charted as its own line).",
)
@click.pass_obj
def history(app, instrument_id, as_json, chart, subscale):
    """How your results have changed: a sparkline here, or a real chart with --chart."""
    found = service.history(app.store, instrument_id=instrument_id)
    if chart is not None:
        service.write_history_chart(app.store, instrument_id=instrument_id, path=chart, subscale=subscale)
    if as_json:
        echo_json(service.history_json(found))
    else:
        _show_history(found)
    if chart is not None:
        click.echo(words.CHART_WRITTEN.format(path=chart), err=True)


def _show_history(found: dict) -> None:
    from hearten.domain.charts import sparkline
    from hearten.domain.instruments import display_score

    points = found["points"]
    if not points:
        click.echo(words.HISTORY_NONE.format(title=found["title"], id=found["instrument"]))
        return
    if found["has_total"]:
        totals = [p["total"] for p in points]
        spark = sparkline(totals, low=found["scale"]["min"], high=found["scale"]["max"])
        click.echo(words.HISTORY_TREND.format(title=found["title"], spark=spark, score=display_score(totals[-1])))
        for p in points:
            band = f"  {p['band']}" if p["band"] else ""
            click.echo(
                words.HISTORY_LINE.format(date=f"{p['taken_at']:%Y-%m-%d}", score=display_score(p["total"]), band=band)
            )
        return
    click.echo(words.HISTORY_LINES_HEADER.format(title=found["title"]))
    width = max(len(s["title"]) for s in found["subscales"]) + 2
    for sub in found["subscales"]:
        values = [p["subscales"].get(sub["id"]) for p in points]
        spark = sparkline(values, low=sub["min"], high=sub["max"])
        click.echo(
            words.HISTORY_SUBSCALE_LINE.format(
                title=f"{sub['title']:<{width}}", spark=spark, score=display_score(values[-1])
            )
        )
