"""hearten: a private, local-first companion for practising self-compassion."""

__version__ = "0.1.0"


def analyze(text: str):
    """Analyse text for harsh self-talk, thinking traps and crisis language (see domain.language)."""
    from hearten.domain.language import analyze as _analyze

    return _analyze(text)
