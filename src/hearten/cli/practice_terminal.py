"""The interactive practice player for a terminal: one step at a time, a countdown, a soft bell.

During a timer, Enter moves on to the next step (p, b, e or x and Enter pause, go back,
end here, or say "this is too much"; q still ends here); anything else typed during a
timer is thrown away when the timer ends, so a stray key never answers a later question.
p or Ctrl+C during a timer (Ctrl+C at any prompt) pauses, with a small menu: carry on, go
back, skip, end here, or "this is too much". Ending here keeps a partial session with the
time done; the engine (domain.practice_player) holds every state.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import click

from hearten import messages
from hearten.errors import PracticePaused, PracticeStopped

PAUSE_CHOICES = {"": "resume", "c": "resume", "b": "back", "n": "next", "e": "stop", "q": "stop", "x": "too_much"}
END_KEYS = ("e", "q")  # "end here"; q is what earlier versions called stop
TIMER_KEYS = ("p", "b", "x", *END_KEYS)


def run_interactive(
    app,
    practice_id: str,
    *,
    bell_volume: int = 60,
    bell_on: bool = True,
    remembered_length=None,
    on_length=None,
    **options,
):
    """Run a practice with a person at the keyboard; returns the engine's Outcome (or None if not begun).

    `remembered_length` ((minutes, open_ended) from the settings) is the length offered first;
    `on_length` is called with a length the person chooses, so it can be remembered.
    """
    from rich.console import Console

    from hearten.services.practice_sessions import start

    console = Console(highlight=False)
    chosen = ask_length(practice_id, options, remembered=remembered_length)
    if chosen and on_length is not None:
        on_length(chosen)
    options = {**options, **chosen}
    distress_before = _ask_scale(messages.PRACTICE_DISTRESS_BEFORE)
    engine = start(practice_id=practice_id, distress_before=distress_before, **options)
    console.print()
    console.print(f"[bold]{engine.practice.title}[/bold]")
    console.print(f"[dim]{messages.PRACTICE_HOW_TO}[/dim]")
    bell = Bell(volume=bell_volume, on=bell_on)
    helped = []  # crisis help shown once, as soon as an answer calls for it (the web's player does the same)

    def read_for_crisis(text: str) -> None:
        from hearten.domain.safety import crisis_in_writing

        if not helped and crisis_in_writing(text):
            from hearten.cli.notice import show_crisis_help

            click.echo()
            show_crisis_help(app)
            click.echo(messages.PRACTICE_AFTER_CRISIS_HELP)
            helped.append(True)

    engine.start()
    try:
        while engine.state in ("running", "paused"):
            view = engine.current
            console.print()
            console.print(f"[dim]Step {view.index + 1} of {view.total}[/dim]")
            console.print(view.text.strip(), markup=False)  # it may hold their own words: never markup
            show_read_back(view)
            try:
                if view.kind == "timed":
                    _timed(console, engine, view, bell, fast=options.get("fast", False))
                else:
                    _answer_step(engine, view, read_for_crisis)
            except (KeyboardInterrupt, PracticePaused):
                _pause_menu(console, engine)
    except PracticeStopped as stop:
        if stop.how == "too_much":
            # Straight to grounding and help: no more questions when it is too much.
            return engine.too_much()
        after = _ask_scale(messages.PRACTICE_DISTRESS_AFTER)
        return engine.abandon(distress_after=after)
    console.print()
    after = _ask_scale(messages.PRACTICE_DISTRESS_AFTER)
    return engine.finish(distress_after=after)


def _timed(console, engine, view, bell, *, fast: bool) -> None:
    if fast:
        engine.next()
        return
    try:
        _run_timer(console, engine, view, bell)
    finally:
        # Whatever was typed during the timer and not yet read belongs to no question:
        # without this, an Enter pressed while waiting would answer (and skip) the next one.
        discard_typed_input()


def _run_timer(console, engine, view, bell) -> None:
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    step = view.step
    total = None if step.open_ended else step.seconds
    console.print(f"[dim]{messages.PRACTICE_OPEN_ENDED if step.open_ended else messages.PRACTICE_TIMER_SKIP}[/dim]")
    ended_by_time = False
    with Progress(
        TextColumn("  "),
        BarColumn(bar_width=36),
        TextColumn("{task.description}"),
        *([TimeRemainingColumn()] if total else []),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=total or 1)
        while engine.current is not None and engine.current.index == view.index and engine.state == "running":
            deadline = engine.next_deadline()
            now = engine.clock()
            # Wake for the next bell/end, or at most every 0.2 s to redraw and notice a key or Ctrl+C.
            wait = 0.2 if deadline is None else max(0.0, min(0.2, deadline - now))
            line = _line_typed(wait)
            if line is not None:
                key = line.strip().lower()
                if key == "p":
                    raise PracticePaused()
                _command(engine, key if key in TIMER_KEYS else "")
                return
            for event in engine.tick():
                if event.kind == "bell":
                    bell.ring()
                elif event.kind == "time_up" and event.step_id == step.id:
                    ended_by_time = True
            elapsed = engine.elapsed()
            if total:
                progress.update(task, completed=min(elapsed, total))
            else:
                minutes, seconds = divmod(int(elapsed), 60)
                progress.update(task, description=f"{minutes}:{seconds:02d}")
    if ended_by_time:
        bell.ring()


def _line_typed(wait: float) -> str | None:
    """A line the person finished with Enter within `wait` seconds, or None.

    Reads the terminal itself (one line at most, as a terminal hands them over), so no
    buffer ahead of the terminal keeps keys that discard_typed_input could not reach.
    """
    import select

    try:
        fd = sys.stdin.fileno()
        ready, _, _ = select.select([fd], [], [], wait)
    except (ValueError, OSError, AttributeError):
        time.sleep(wait)
        return None
    if not ready:
        return None
    data = os.read(fd, 4096)
    if not data:  # end of input: nobody is there to press a key; let the timer run
        time.sleep(wait)
        return None
    return data.decode(errors="replace")


def discard_typed_input() -> None:
    """Throw away keys typed but not yet read, when standard input is a terminal."""
    try:
        import termios

        if sys.stdin.isatty():
            termios.tcflush(sys.stdin.fileno(), termios.TCIFLUSH)
    except (ImportError, OSError, ValueError, AttributeError):
        pass  # not a terminal, or a system without termios: nothing was typed ahead there


def _answer_step(engine, view, read_for_crisis=None) -> None:
    """One step that asks something; `read_for_crisis` is given the words of a written answer."""
    kind = view.kind
    if kind == "instruction":
        reply = (
            click.prompt(messages.PRACTICE_CONTINUE, default="", show_default=False, prompt_suffix=" ").strip().lower()
        )
        _command(engine, reply)
        return
    if kind == "prompt":
        click.echo(click.style(messages.PRACTICE_WRITE_HINT, dim=True))
        if view.prefill:  # after the hint: Enter straight away keeps this rather than skipping
            said = messages.PRACTICE_FROM_NAME_SETTING if view.step.fill_from == "name" else messages.PRACTICE_PREFILLED
            click.echo(click.style(said.format(text=view.prefill), dim=True))
        if view.lead:
            click.echo()
            click.echo(view.lead)  # the letter's greeting: their words follow it
        lines = []
        while True:
            line = click.prompt("", default="", show_default=False, prompt_suffix="")
            if not lines and line.strip().lower() in ("/b", "/back", "/e", "/end", "/q", "/stop", "/x", "/toomuch"):
                _command(engine, line.strip().lower().lstrip("/")[:1])
                return
            if not line.strip():
                break
            lines.append(line)
        text = "\n".join(lines).strip() or (view.prefill or "")
        engine.answer(view.id, text or None)
        if text and read_for_crisis is not None:
            read_for_crisis(text)
        engine.next()
        return
    if kind == "choice":
        for number, option in enumerate(view.step.options, 1):
            click.echo(f"  {number}. {option}")
        while True:
            reply = click.prompt(messages.PRACTICE_CHOOSE, default="", show_default=False).strip().lower()
            if reply in ("b", "x", *END_KEYS):
                _command(engine, reply)
                return
            if not reply:
                engine.next()
                return
            if reply.isdigit() and 1 <= int(reply) <= len(view.step.options):
                engine.answer(view.id, view.step.options[int(reply) - 1])
                engine.next()
                return
    if kind == "rating":
        step = view.step
        click.echo(click.style(f"  {step.low} = {step.low_label}, {step.high} = {step.high_label}", dim=True))
        while True:
            reply = (
                click.prompt(
                    messages.PRACTICE_RATE.format(low=step.low, high=step.high), default="", show_default=False
                )
                .strip()
                .lower()
            )
            if reply in ("b", "x", *END_KEYS):
                _command(engine, reply)
                return
            if not reply:
                engine.next()
                return
            if reply.isdigit() and step.low <= int(reply) <= step.high:
                engine.answer(view.id, int(reply))
                engine.next()
                return


def show_read_back(view) -> None:
    """What they wrote earlier, shown again where a step asks them to read it back."""
    if not view.read_back:
        return
    click.echo()
    for part in view.read_back:
        for line in part.splitlines() or [""]:
            click.echo(f"    {line}".rstrip())
        click.echo()


def _command(engine, reply: str) -> None:
    if reply == "b":
        engine.back()
    elif reply in END_KEYS:
        raise PracticeStopped("stop")
    elif reply == "x":
        raise PracticeStopped("too_much")
    else:
        engine.next()


def _pause_menu(console, engine) -> None:
    engine.pause()
    console.print()
    console.print(messages.PRACTICE_PAUSED)
    if engine.current is not None and engine.current.kind == "timed":
        left = engine.remaining()
        done = engine.elapsed()
        shown = _clock(left) + " left" if left is not None else _clock(done) + " so far"
        console.print(f"[dim]{shown}[/dim]")
    try:
        reply = click.prompt(messages.PRACTICE_PAUSE_CHOICES, default="", show_default=False).strip().lower()
    except (KeyboardInterrupt, click.exceptions.Abort):
        reply = "q"
    action = PAUSE_CHOICES.get(reply[:1], "resume")
    if action == "resume":
        engine.resume()
    elif action == "back":
        engine.back()
    elif action == "next":
        engine.next()
    else:
        raise PracticeStopped(action)


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


def ask_length(practice_id: str, options: dict, *, remembered=None) -> dict:
    """For a practice that offers lengths, ask how long (or open-ended), unless the options already say.

    `remembered` is (minutes, open_ended) from the settings: Enter keeps it.
    """
    from hearten.services.practice_sessions import get_practice

    if options.get("minutes") is not None or options.get("open_ended") or options.get("fast"):
        return {}
    practice = get_practice(practice_id=practice_id)
    if not practice.durations:
        return {}
    minutes, open_ended = remembered or (None, False)
    default = "o" if open_ended else f"{minutes or practice.written_minutes:g}"
    keep = {"open_ended": True} if open_ended else ({"minutes": minutes} if minutes else {})
    choices = ", ".join(f"{d:g}" for d in practice.durations)
    while True:
        try:
            reply = (
                click.prompt(
                    messages.PRACTICE_LENGTH.format(choices=choices, default=default), default="", show_default=False
                )
                .strip()
                .lower()
            )
        except click.exceptions.Abort:
            return {}
        if not reply:
            return keep
        if reply in ("o", "open", "open-ended"):
            return {"open_ended": True}
        try:
            minutes = float(reply)
        except ValueError:
            minutes = 0
        if 0 < minutes <= 240:
            return {"minutes": minutes}
        click.echo(messages.PRACTICE_LENGTH_AGAIN)


def _ask_scale(question: str) -> int | None:
    while True:
        try:
            reply = click.prompt(question, default="", show_default=False).strip()
        except click.exceptions.Abort:
            return None
        if not reply:
            return None
        if reply.isdigit() and 0 <= int(reply) <= 10:
            return int(reply)
        click.echo(messages.PRACTICE_SCALE_AGAIN)


class Bell:
    """A soft bell: the WAV hearten makes itself, through a player if there is one, else the terminal bell.

    `volume` is the bell_volume setting (0 to 100); with `on` False (the bell setting) it stays silent.
    """

    def __init__(self, *, volume: int = 60, on: bool = True):
        self.player = next((p for p in ("paplay", "aplay", "afplay") if shutil.which(p)), None)
        self.path = None
        self.volume = max(0, min(100, int(volume)))
        self.on = on and self.volume > 0

    def ring(self) -> None:
        if not self.on:
            return
        if self.player is None:
            # The real terminal: while the progress bar is live, sys.stdout is rich's, which drops
            # a BEL; and with --json, standard output is a file that must hold the JSON alone.
            out = next((s for s in (sys.__stdout__, sys.__stderr__) if s is not None and s.isatty()), None)
            if out is None:
                return
            out.write("\a")
            out.flush()
            return
        if self.path is None:
            from platformdirs import user_cache_path

            from hearten.files import write_atomic
            from hearten.sound import bell_wav, loudness

            self.path = user_cache_path("hearten", appauthor=False) / f"bell-{self.volume}.wav"
            if not self.path.exists():
                write_atomic(self.path, bell_wav(volume=loudness(self.volume)), mode=0o644)
        args = [self.player, str(self.path)] + (["-q"] if self.player == "aplay" else [])
        subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
