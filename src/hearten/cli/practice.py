"""hearten practice: guided practices in the terminal, and a record of them."""

from __future__ import annotations

import contextlib
import json
import sys

import click

from hearten import messages
from hearten.cli.context import echo_json, moment_option


@click.group()
def practice():
    """Guided practices drawn from self-compassion research."""


@practice.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print id, title, components and minutes as JSON.")
def list_(as_json):
    """Every practice, grouped by what it builds."""
    from hearten.services.practice_sessions import listing, practices

    found = sorted(practices().values(), key=lambda p: (p.components[0], p.title))
    if as_json:
        echo_json([listing(p) for p in found])
        return
    current = None
    for p in found:
        if p.components[0] != current:
            current = p.components[0]
            click.echo()
            click.echo(click.style(messages.COMPONENT_NAMES.get(current, current), bold=True))
        click.echo(f"  {p.id:<24} {p.title} · about {p.minutes:g} min")
    click.echo()
    click.echo(messages.PRACTICE_LIST_HINT)


@practice.command("show")
@click.argument("practice_id")
@click.option("--json", "as_json", is_flag=True, help="Print the whole practice as JSON.")
def show(practice_id, as_json):
    """What a practice involves, step by step, before you begin."""
    from hearten.services.practice_sessions import get_practice

    p = get_practice(practice_id=practice_id)
    if as_json:
        echo_json(p.model_dump(mode="json", by_alias=True))
        return
    click.echo(click.style(p.title, bold=True) + f"  · about {p.minutes:g} min")
    click.echo(p.summary)
    click.echo(
        click.style(
            f"Builds: {', '.join(messages.COMPONENT_NAMES.get(c, c) for c in p.components)}. Drawn from: {p.credit}.",
            dim=True,
        )
    )
    click.echo()
    from hearten.domain.content_schema import render_text

    width = _show_width()
    for number, step in enumerate(p.steps, 1):
        extra = f" ({step.seconds:g} s)" if step.kind == "timed" and not step.open_ended else ""
        text = render_text(
            step.text, phrases=p.phrases, self_phrases=p.self_phrases
        )  # earlier answers: their fallbacks
        for line in _step_lines(number, text, extra, width):
            click.echo(line)
    if p.durations:
        click.echo(
            click.style(messages.PRACTICE_LENGTHS.format(choices=", ".join(f"{d:g}" for d in p.durations)), dim=True)
        )
    click.echo()
    click.echo(messages.PRACTICE_SHOW_HINT.format(id=p.id))


def _show_width() -> int | None:
    """Lines fit the terminal (at most 88 columns, easier to read); piped output is not wrapped."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return max(40, min(88, shutil.get_terminal_size().columns - 1))


def _step_lines(number: int, text: str, extra: str, width: int | None) -> list[str]:
    """A step's whole text under its number: every line of it (the wishes of loving-kindness, say),
    each kept on its own line with its own indent, and the timing note after the first."""
    import textwrap

    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()]
    shown: list[str] = []
    for position, line in enumerate(lines):
        words = line.lstrip()
        indent = " " * (len(line) - len(words))
        first = f"{number:>2}. " if position == 0 else "    " + indent
        if position == 0 and extra:
            words += " " + extra.strip().replace(" ", "\u00a0")  # the timing note stays whole on one line
        if width is not None:
            wrapped = textwrap.wrap(words, width, initial_indent=first, subsequent_indent="    " + indent)
        else:
            wrapped = [first + words]
        shown.extend(part.replace("\u00a0", " ") for part in wrapped)
    return shown


@practice.command("run")
@click.argument("practice_id")
@click.option("--minutes", type=float, help="Length of the timed part, for practices that allow it.")
@click.option("--bells", type=float, help="A soft bell every N seconds during timed steps.")
@click.option("--open-ended", is_flag=True, help="Let the timer count up until you move on: for as long as you choose.")
@click.option(
    "--answers",
    "answers_file",
    type=click.File("rb"),
    help="JSON file of step id -> answer (plus distress_before, distress_after), for scripts.",
)
@click.option(
    "--pace",
    type=click.Choice(["real", "fast"]),
    default="real",
    show_default=True,
    help="fast: do not wait for timed steps (for scripts and tests; 0 seconds are recorded as practised).",
)
@click.option("--prefill", help="Text to start the first writing step with (for example a sentence to reframe).")
@click.option("--phrase", "phrases", multiple=True, help="Your own kind wish for loving-kindness; repeat for more.")
@click.option(
    "--self-phrase",
    "self_phrases",
    multiple=True,
    help='Your own kind wish for yourself in loving-kindness, in the first person ("May I rest."); repeat for more.',
)
@click.option("--json", "as_json", is_flag=True, help="Print the stored session as JSON at the end.")
@click.pass_obj
def run(app, practice_id, minutes, bells, open_ended, answers_file, pace, prefill, phrases, self_phrases, as_json):
    """Be guided through a practice, step by step. p then Enter (or Ctrl+C) pauses; e ends, keeping what you did."""
    from hearten.services import practice_sessions as service

    prefill_map = _prefill_for(practice_id, prefill)
    store = app.store  # opened first: opening it fills in the personal settings, the name among them
    chosen = app.settings.values
    if bells is None and chosen.get("bell_interval") and service.get_practice(practice_id=practice_id).adjustable:
        bells = chosen["bell_interval"] * 60  # the interval bells you chose before (settings: bell_interval)
    options = dict(
        minutes=minutes,
        bells=bells,
        open_ended=open_ended,
        fast=pace == "fast",
        prefill=prefill_map,
        phrases=list(phrases) or None,
        name=getattr(app.settings, "name", None),
        self_phrases=list(self_phrases) or None,
    )
    if answers_file is not None or not _interactive():
        if answers_file is None:  # a pipe or a script: say so, rather than pass the timers in silence
            click.echo(messages.PRACTICE_UNATTENDED, err=True)
        answers = _read_answers(answers_file) if answers_file is not None else {}
        session_id, entry_ids, outcome = service.run_scripted(
            store,
            practice_id=practice_id,
            answers=answers,
            **{k: v for k, v in options.items() if k not in ("phrases", "self_phrases")},
        )
    else:
        from hearten.cli.practice_terminal import run_interactive
        from hearten.domain.practice_player import length_text, parse_length
        from hearten.services.settings import remember_practice_choices

        def remember(length: dict) -> None:
            text = length_text(length.get("minutes"), bool(length.get("open_ended")))
            remember_practice_choices(app.settings, practice_length=text)

        # With --json, standard output is for the JSON alone: the practice itself is shown
        # on standard error, which is the terminal the person is looking at.
        with contextlib.redirect_stdout(sys.stderr) if as_json else contextlib.nullcontext():
            outcome = run_interactive(
                app,
                practice_id,
                bell_volume=chosen.get("bell_volume", 60),
                bell_on=chosen.get("bell", True),
                on_length=remember,
                remembered_length=parse_length(chosen.get("practice_length")),
                **options,
            )
        if outcome is None:
            return
        session_id, entry_ids = service.record(app.store, outcome=outcome)
    from hearten.cli.notice import offer_grounding_now, show_decision

    session, decision = service.finished(app.store, session_id=session_id)
    if as_json:
        from hearten.domain.shapes import session_dict

        echo_json(
            {
                "session": session_dict(session),
                "entry_ids": entry_ids,
                "advice": None
                if outcome.advice is None
                else {
                    "reason": outcome.advice.reason,
                    "message": outcome.advice.message,
                    "offer_practice": outcome.advice.offer_practice,
                },
                "safety": decision.to_dict(),
            }
        )
        if decision.show_help:
            click.echo(err=True)
            show_decision(app, decision, err=True)
        return
    click.echo()
    show_decision(app, decision)
    if not session.completed and session.stopped_reason != "too_much":
        click.echo(messages.PRACTICE_ENDED_HERE.format(minutes=_minutes(session.actual_seconds)))
    click.echo(click.style(messages.PRACTICE_SAVED.format(id=session_id), dim=True))
    offer_grounding_now(decision)


@practice.command("history")
@click.option("--since", help="Only sessions on or after this date (2026-11-01, yesterday, 7d).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of sessions, newest first.")
@click.pass_obj
def history(app, since, as_json):
    """The practices you have given yourself."""
    from hearten.services.practice_sessions import history as sessions
    from hearten.services.practice_sessions import practices

    found = sessions(app.store, since=moment_option(since))
    if as_json:
        from hearten.domain.shapes import session_dict

        echo_json([session_dict(s) for s in found])
        return
    if not found:
        click.echo(messages.PRACTICE_NO_HISTORY if since is None else messages.PRACTICE_NO_HISTORY_SINCE)
        return
    titles = {p.id: p.title for p in practices().values()}
    for s in found:
        minutes = (s.actual_seconds or 0) / 60
        line = f"{s.id:>5}  {s.started_at:%Y-%m-%d %H:%M}  {titles.get(s.practice_id, s.practice_id)}"
        if minutes >= 0.05:
            line += f" · {minutes:.1f} min"
        if s.distress_before is not None and s.distress_after is not None:
            line += f" · distress {s.distress_before} → {s.distress_after}"
        if s.stopped_reason == "too_much":
            line += " · you paused it when it felt like too much"
        click.echo(line)


@practice.command("delete")
@click.argument("session_id", metavar="ID", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def delete(app, session_id, yes):
    """Delete one practice session for good (its id is in `hearten practice history`)."""
    from hearten.services.practice_sessions import delete_session, get_session, practices

    found = get_session(app.store, session_id=session_id)  # a clear error before asking
    if not yes:
        title = getattr(practices().get(found.practice_id), "title", found.practice_id)
        click.confirm(
            messages.SESSION_DELETE_CONFIRM.format(title=title, date=f"{found.started_at:%Y-%m-%d}", id=session_id),
            abort=True,
        )
    delete_session(app.store, session_id=session_id)
    click.echo(messages.SESSION_DELETED.format(id=session_id), err=True)


@practice.command("suggest")
@click.option("--json", "as_json", is_flag=True, help="Print {practice_id, title, reason, rule} as JSON.")
@click.pass_obj
def suggest(app, as_json):
    """One practice that may fit right now, and why."""
    from hearten.services.practice_sessions import get_practice
    from hearten.services.practice_sessions import suggest as pick

    chosen = pick(app.store)
    title = get_practice(practice_id=chosen.practice_id).title
    if as_json:
        echo_json({"practice_id": chosen.practice_id, "title": title, "reason": chosen.reason, "rule": chosen.rule})
        return
    click.echo(click.style(title, bold=True) + f"  (hearten practice run {chosen.practice_id})")
    click.echo(chosen.reason)


def _minutes(seconds) -> str:
    return messages.minutes_said((seconds or 0) / 60)


def _read_answers(handle) -> dict:
    from hearten.domain.records import InvalidInput
    from hearten.domain.strict_json import parse_json_bytes

    data = parse_json_bytes(handle.read(), getattr(handle, "name", "answers"))
    if not isinstance(data, dict):
        raise InvalidInput("the answers file must hold a JSON object of step id to answer")
    return data


def _prefill_for(practice_id: str, text: str | None) -> dict | None:
    """--prefill goes into the practice's first writing step."""
    if not text:
        return None
    from hearten.services.practice_sessions import get_practice

    for step in get_practice(practice_id=practice_id).steps:
        if step.kind == "prompt":
            return {step.id: text}
    return None


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


__all__ = ["practice", "json"]
