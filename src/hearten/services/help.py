"""Where to turn, for any front end: the help lines a safety decision asks for."""

from __future__ import annotations

from hearten.domain.safety import SafetyDecision


def sections(settings, *, country: str | None = None, locale: str | None = None):
    """Help lines (domain.safety.HelpLines): iterate for the help screen's (heading, resources) pairs,
    `.crisis` for what a moment of distress shows; the person's own helper always first. `locale`:
    the system's locale or the browser's languages, for a guess while no country is chosen."""
    from hearten.services.practice_sessions import help_sections

    return help_sections(settings, country=country, locale=locale)


def lines(settings, *, country: str | None = None, crisis: bool = False, locale: str | None = None) -> list:
    """Every help line of sections() in order; with `crisis`, those a moment of distress shows."""
    found = sections(settings, country=country, locale=locale)
    return [r for _, listed in (found.crisis if crisis else found.sections) for r in listed]


def for_decision(settings, decision: SafetyDecision, *, locale: str | None = None):
    """The help lines to show with a decision (the crisis box reads their `.crisis` part): none unless help shows."""
    return sections(settings, locale=locale) if decision.show_help else []
