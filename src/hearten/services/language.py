"""Which readers the crisis check uses in this process, as the person's settings say."""

from __future__ import annotations

import sys

from hearten import messages
from hearten.domain import crisis_reader
from hearten.errors import SettingsError

# The home page asks again of what was written lately each time it shows: the encoder's answers are kept
# for the last few thousand texts read, so that costs a lookup. Emptied when full, when the encoder is
# turned off, and when the web app locks (forget_answers): they are pieces of the journal.
_REMEMBERED = 4096
_answers: dict[str, float] = {}
# Why the encoder is not reading although the setting asks for it (missing or broken files), for the web
# Settings page to say; None while it reads or is off.
_not_reading: str | None = None


def read_with_encoder(texts: list[str]) -> list[float]:
    """The crisis encoder's probability for each text (hearten.crisis_encoder), answering from the last
    texts read where it can. Safe from several threads at once (the web app's requests)."""
    return _read(texts, _answers)


def read_afresh(texts: list[str]) -> list[float]:
    """The same, remembering nothing (server mode: one process serves many people)."""
    return _read(texts, None)


def _read(texts: list[str], remembered: dict[str, float] | None) -> list[float]:
    """Each call answers from what it looked up or read itself, so threads need no lock."""
    global _not_reading
    known = {}
    if remembered is not None:
        for text in texts:
            answer = remembered.get(text)
            if answer is not None:
                known[text] = answer
    new = [t for t in dict.fromkeys(texts) if t not in known]
    if new:
        from hearten import crisis_encoder  # numpy and the model load on the first text read, not before

        try:
            encoder = crisis_encoder.load()
        except SettingsError as problem:  # its files are broken: say so once, and let the rules read alone
            crisis_reader.use(None)
            _not_reading = f"{problem}; {messages.CRISIS_ENCODER_RULES_ALONE}"
            print(f"hearten: {_not_reading}", file=sys.stderr)
            return [0.0] * len(texts)
        read = dict(zip(new, encoder.probabilities(new)))
        known.update(read)
        if remembered is not None:
            if len(remembered) + len(read) > _REMEMBERED:
                remembered.clear()
            remembered.update(read)
    return [known[t] for t in texts]


def forget_answers() -> None:
    _answers.clear()


def check_encoder_installed() -> None:
    """SettingsError unless the crisis encoder's model files are installed (found without importing them,
    or numpy, so a command that never analyzes stays quick)."""
    from hearten.crisis_encoder import base_model_folder

    base_model_folder()


def turn_encoder_on(*, load_now: bool = False, remember: bool = True) -> None:
    """Ask the crisis encoder from now on, in every analysis of this process. SettingsError, saying what to
    do, when its model package is missing, or (with load_now, for a server that must not start on a broken
    install) when its files cannot be read; the reader is then left as it was. remember=False reads every
    text afresh (server mode: one process serves many people)."""
    check_encoder_installed()
    if load_now:
        from hearten import crisis_encoder

        crisis_encoder.load()
    crisis_reader.use(read_with_encoder if remember else read_afresh)


def turn_encoder_off() -> None:
    """The rules and the word model read alone from now on; what the encoder read is forgotten."""
    global _not_reading
    _not_reading = None
    if crisis_reader.reader is not None:
        forget_answers()
    crisis_reader.use(None)


def apply_settings(settings) -> str | None:
    """Turn the crisis encoder on or off (setting crisis_encoder) for every analysis from now on, so the
    CLI, the web app and `hearten analyze --batch` give one verdict. When it is on but its model package
    is missing, the rules and the word model read alone and this says why (the caller shows it: a safety
    setting is never quietly ignored); it does not raise, so help, settings and turning it off still work."""
    if not settings.values.get("crisis_encoder"):
        turn_encoder_off()
        return None
    global _not_reading
    try:
        turn_encoder_on()
    except SettingsError as problem:  # what is missing and how to install it
        crisis_reader.use(None)
        _not_reading = f"{problem}; {messages.CRISIS_ENCODER_RULES_ALONE}"
        return _not_reading
    _not_reading = None
    return None


def encoder_not_reading(settings) -> str | None:
    """Why the crisis encoder is not reading although the settings turn it on, said as apply_settings or
    the first reading found it; None when it reads, or is off."""
    if not settings.values.get("crisis_encoder") or crisis_reader.reader is not None:
        return None
    return _not_reading
