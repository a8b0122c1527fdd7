"""Where to turn, for any front end: the help lines a safety decision asks for."""

from __future__ import annotations

from hearten.domain.safety import SafetyDecision


def sections(settings, *, country: str | None = None) -> list[tuple[str | None, list]]:
    """Help lines as (heading, resources) pairs: the country's (or the main countries'), the person's own helper first."""
    from hearten.services.practices import help_sections

    return help_sections(settings, country=country)


def lines(settings, *, country: str | None = None) -> list:
    """Every help line of sections(), in order."""
    return [r for _, found in sections(settings, country=country) for r in found]


def for_decision(settings, decision: SafetyDecision) -> list[tuple[str | None, list]]:
    """The help sections to show with a decision: none unless it says help shows."""
    return sections(settings) if decision.show_help else []
