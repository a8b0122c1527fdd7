"""What hearten says about what you wrote: the one place the CLI turns an analysis into words.

Used by `hearten analyze`, the short note after `hearten journal add`, `journal show` and
`journal reframe`. Imports stay light (no Rich, no pydantic) except on the crisis path, so
`journal add` still starts instantly.
"""

from __future__ import annotations

import click

from hearten import messages

# How each kind of span looks in a terminal (click strips the styling when not a terminal).
STYLES = {"crisis": {"bold": True}, "self_criticism": {"fg": "yellow", "bold": True}, "trap": {"underline": True}}
_RANK = {"crisis": 0, "self_criticism": 1, "trap": 2}


def show_crisis_help(app, *, err: bool = False) -> None:
    """The crisis message and where to turn in the person's country, calmly, before anything else."""
    from hearten.cli.help import print_resources
    from hearten.content.language import crisis_message

    click.echo(crisis_message(), err=err)
    click.echo(messages.CRISIS_LINES, err=err)
    print_resources(app, err=err, crisis=True)
    click.echo(err=err)
    click.echo(messages.GROUNDING_NOW, err=err)
    click.echo(err=err)


def show_decision(app, decision, *, err: bool = False) -> None:
    """Render a domain.safety decision: its words, the help lines themselves, then grounding in one command."""
    if decision.reason == "crisis":
        show_crisis_help(app, err=err)
        return
    for paragraph in decision.words:
        click.echo(paragraph, err=err)
        click.echo(err=err)
    if decision.show_help:
        from hearten.cli.help import print_resources

        click.echo(messages.HELP_HERE, err=err)
        print_resources(app, err=err, crisis=True)
        click.echo(err=err)
    if decision.offer_grounding:
        click.echo(messages.GROUNDING_NOW, err=err)
        click.echo(err=err)


def offer_grounding_now(decision) -> None:
    """In a terminal, when the decision offers grounding: ask
    once, and start it on yes (one key, not a command to type)."""
    if not (decision.offer_grounding and _at_terminal()):
        return
    try:
        start = click.confirm(messages.GROUNDING_ASK, default=False, err=True)
    except click.Abort:  # Ctrl+D or Ctrl+C: a no, after what was saved (the help is already shown)
        click.echo(err=True)
        return
    if start:
        # Found by name through the command tree, so this module and cli/practice.py (which calls
        # here after a practice) do not import each other.
        context = click.get_current_context()
        practice = context.find_root().command.get_command(context, "practice")
        context.invoke(practice.get_command(context, "run"), practice_id="grounding")


def _at_terminal() -> bool:
    import sys

    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def analyze_text(text: str):
    from hearten.domain.language import analyze

    return analyze(text)


def flagged(analysis) -> list[tuple[int, object]]:
    """(index, sentence) worth a kind second look, each by domain.safety.offers_reframe (crisis sentences never).

    What follows writing or reading an entry back uses services.journal.offered, which also
    offers nothing at all when crisis language makes help come first and alone.
    """
    from hearten.domain.safety import offers_reframe

    return [(i, s) for i, s in enumerate(analysis.sentences) if offers_reframe(s)]


def question_for(sentence) -> str:
    """The kind question for a sentence's strongest finding."""
    from hearten.content.language import kind_questions

    questions = kind_questions()
    if sentence.self_critical:
        return questions["self_criticism"]
    return questions[sentence.traps[0].id] if sentence.traps else questions["self_criticism"]


def names_for(sentence) -> list[str]:
    """Plain names of what was noticed in a sentence, strongest first."""
    from hearten.content.language import trap_names
    from hearten.domain.safety import noticed_traps

    names = trap_names()
    found = [messages.ANALYZE_SELF_CRITICISM] if sentence.self_critical else []
    found += [names[t]["name"] for t in noticed_traps(sentence) if not (sentence.self_critical and t == "labeling")]
    return found


def quote_for(text: str, sentence) -> str:
    """The words that made the sentence stand out: its first harsh span, else its first trap span."""
    for kind in ("self_criticism", "trap"):
        for start, end, what in sentence.spans:
            if what.split(":")[0] == kind:
                return text[start:end]
    return sentence.text


def highlight(text: str, analysis, start: int = 0, end: int | None = None) -> str:
    """text[start:end] with harsh self-talk, traps and crisis words styled for a terminal."""
    end = len(text) if end is None else end
    marks = [None] * (end - start)
    for sentence in analysis.sentences:
        for s, e, what in sentence.spans:
            kind = what.split(":")[0]
            for i in range(max(s, start), min(e, end)):
                held = marks[i - start]
                if held is None or _RANK[kind] < _RANK[held]:
                    marks[i - start] = kind
    out, i = [], 0
    while i < len(marks):
        j = i
        while j < len(marks) and marks[j] == marks[i]:
            j += 1
        piece = text[start + i : start + j]
        out.append(click.style(piece, **STYLES[marks[i]]) if marks[i] else piece)
        i = j
    return "".join(out)


def after_writing(app, text: str, entry_id: int, *, notes: bool = True, found=None) -> None:
    """After saving, on stderr: crisis help first and alone; then, unless notes are off, one gentle line.

    `found` is services.journal.after_writing's answer when the caller has it already."""
    if found is None:
        from hearten.services.journal import after_writing as decide

        found = decide(text, notes=notes)
    if found.decision.show_help:
        show_decision(app, found.decision, err=True)
    if found.decision.help_first or not found.offered:
        return
    _, sentence = found.offered[0]
    click.echo(messages.NOTICE_QUOTE.format(quote=quote_for(text, sentence), question=question_for(sentence)), err=True)
    click.echo(messages.NOTICE_REFRAME.format(id=entry_id), err=True)


def practice_command(sentence: str) -> str:
    """The exact command that opens friend-perspective with the sentence filled in (POSIX shell quoting)."""
    quoted = "".join("\\" + c if c in '"\\$`' else c for c in " ".join(sentence.split()))
    return f'hearten practice run friend-perspective --prefill "{quoted}"'


def reframe_entry(app, entry, *, number: int | None = None, kinder: str | None = None, quiet: bool = False) -> list:
    """Walk an entry's flagged sentences (or sentence `number`); returns the reframes saved.

    With `kinder`, saves it for that sentence (or the first flagged one) without asking.
    `quiet` sends every word to stderr, so stdout can carry JSON.
    """
    from hearten.domain.records import InvalidInput
    from hearten.domain.safety import after_text
    from hearten.services import journal as service

    analysis = analyze_text(entry.text)
    decision = after_text(analysis)
    if decision.show_help:
        show_decision(app, decision, err=quiet)
    if decision.help_first and number is None and kinder is None:
        return []  # help comes alone: no sentence is put forward to look at again
    if number is not None:
        if number > len(analysis.sentences):
            raise InvalidInput(
                messages.REFRAME_NO_SENTENCE.format(id=entry.id, n=number, total=len(analysis.sentences))
            )
        targets = [(number - 1, analysis.sentences[number - 1])]
        if service.refuses_reframe(analysis, targets[0][1].text):
            from hearten.domain.safety import crisis_decision
            from hearten.errors import CrisisSentence

            if not decision.show_help:  # the help lines come instead of a rewrite, always
                show_decision(app, crisis_decision(), err=quiet)
            raise CrisisSentence(messages.REFRAME_CRISIS)  # nothing saved: exit 1
    else:
        targets = service.offered(analysis)[: 1 if kinder is not None else None]
    if not targets:
        click.echo(messages.REFRAME_NOTHING.format(id=entry.id), err=quiet)
        return []
    if kinder is not None and not kinder.strip():
        raise InvalidInput(messages.REFRAME_EMPTY)

    saved_ids, answered, helped = [], False, False  # answered: a kinder version written or the practice chosen
    for index, sentence in targets:
        if kinder is not None:
            saved, after = service.reframe(app.store, entry_id=entry.id, original=sentence.text, kinder=kinder.strip())
            saved_ids.append(saved)
            click.echo(messages.REFRAME_SAVED.format(id=entry.id), err=quiet)
            if after.show_help:
                show_decision(app, after, err=quiet)
                helped = True
            continue
        click.echo(messages.REFRAME_SENTENCE.format(n=index + 1, id=entry.id), err=quiet)
        click.echo("  " + highlight(entry.text, analysis, sentence.start, sentence.end), err=quiet)
        names = names_for(sentence)
        if names:
            click.echo("  " + messages.REFRAME_NOTICED.format(names=", ".join(names)), err=quiet)
        click.echo("  " + question_for(sentence), err=quiet)
        click.echo(messages.REFRAME_CHOICES, err=quiet)
        try:
            choice = _reframe_choice(quiet)
            written = click.prompt(messages.REFRAME_WRITE, err=quiet).strip() if choice == "w" else ""
        except click.Abort:
            if quiet:  # --json: input ended, so the list of what was saved is still the answer
                break
            raise
        if choice == "w":
            answered = answered or bool(written)
            if written:
                saved, after = service.reframe(app.store, entry_id=entry.id, original=sentence.text, kinder=written)
                saved_ids.append(saved)
                click.echo(messages.REFRAME_SAVED.format(id=entry.id), err=quiet)
                if after.show_help:  # help, and no more sentences put forward to look at again
                    show_decision(app, after, err=quiet)
                    helped = True
                    break
        elif choice == "p":
            answered = True
            click.echo(messages.REFRAME_PRACTICE.format(command=practice_command(sentence.text)), err=quiet)
        else:
            click.echo(messages.REFRAME_SKIPPED, err=quiet)
        click.echo(err=quiet)
    if helped:
        if not quiet:
            offer_grounding_now(after)
    elif kinder is None and len(targets) > 1:
        click.echo(messages.REFRAME_DONE if answered else messages.REFRAME_DONE_SKIPPED, err=quiet)
    return [r for r in service.list_reframes(app.store, entry_id=entry.id) if r.id in saved_ids]


# The words a person may type for each choice, besides its letter.
_REFRAME_WORDS = {"write": "w", "practice": "p", "practise": "p", "skip": "s"}


def _reframe_choice(quiet: bool) -> str:
    """w, p or s (or the word each stands for), asked again in our own words (not click.Choice's error)
    until the answer is one of them."""
    while True:
        reply = click.prompt(messages.REFRAME_CHOOSE, default="s", err=quiet).strip().lower() or "s"
        reply = _REFRAME_WORDS.get(reply, reply)
        if reply in ("w", "p", "s"):
            return reply
        click.echo(messages.REFRAME_CHOOSE_AGAIN, err=quiet)


def show_analysis(app, text: str, analysis) -> None:
    """`hearten analyze` in a terminal: the text highlighted, what was noticed, a kind question each."""
    click.echo(highlight(text, analysis))
    click.echo()
    chosen = flagged(analysis)
    if not chosen:
        if not analysis.crisis:
            click.echo(messages.ANALYZE_NOTHING)
        return
    show_noticed(chosen)


def show_noticed(chosen) -> None:
    """What stood out, in words, for each (index, sentence) chosen: the sentence, what was noticed in it and
    a kind question. The highlights' colours are never the only sign (piped, or with NO_COLOR, they are gone)."""
    for _, sentence in chosen:
        click.echo(click.style(sentence.text, bold=True))
        click.echo("  " + messages.REFRAME_NOTICED.format(names=", ".join(names_for(sentence))))
        click.echo("  " + messages.ANALYZE_QUESTION.format(question=question_for(sentence)))


def show_entry(app, view) -> None:
    """`journal show`: help first and alone on crisis language;
    else the entry with highlights and its kinder versions."""
    text = view.entry.text
    if view.decision.help_first:
        show_decision(app, view.decision)
        click.echo(text)
    else:
        click.echo(highlight(text, view.analysis))
        if view.offered:  # in words too, as `hearten analyze` says them: colour alone tells nobody reading a pipe
            click.echo()
            show_noticed(view.offered)
    for reframe in view.reframes:
        click.echo()
        click.echo(click.style(messages.SHOW_REFRAME_ORIGINAL, dim=True) + reframe.original)
        click.echo(click.style(messages.SHOW_REFRAME_KINDER, fg="green") + reframe.reframe)
