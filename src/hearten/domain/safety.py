"""When to stop a practice gently, and where to turn for help.

The rules, in full (docs/practices.md repeats them):
  * distress after a practice is 3 or more points above distress before it, or
  * distress after a practice is 8 or more (out of 10), or
  * the person chose "this is too much" during the practice
then hearten stops, says plainly that strong feelings can come up when we turn
towards pain, offers the grounding practice, and shows where to find help.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hearten.domain.practices import Country, Resource, ResourceBook
from hearten.domain.records import InvalidInput, check_scale, clean_text

DISTRESS_RISE = 3  # after - before at or above this stops gently
DISTRESS_HIGH = 8  # after at or above this stops gently, whatever it was before
GROUNDING = "grounding"

STOP_GENTLY = (
    "Let's pause here. When we turn towards something painful, strong feelings can come up. "
    "That is a human response, not a sign you did anything wrong."
)
REASONS = {
    "too_much": "You said this was too much, and that matters. You can stop whenever you need to.",
    "rise": "Your distress went up during this practice.",
    "high": "Your distress is high right now.",
}
OFFER_GROUNDING = "If you like, a short grounding practice can help you feel steadier: feet on the floor, a slow breath out."
OFFER_HELP = (
    "If the feelings stay strong, or you feel unsafe, please reach out to someone now: "
    "a person you trust, your own therapist, or one of the lines below."
)


@dataclass(frozen=True, slots=True)
class SafetyAdvice:
    """What to show when a practice should stop gently."""

    reason: Literal["too_much", "rise", "high"]
    message: str
    offer_practice: str | None = GROUNDING
    show_help: bool = True

    @property
    def lines(self) -> tuple[str, ...]:
        """The words to show, one paragraph each."""
        if self.offer_practice is None:
            return (REASONS[self.reason], STOP_GENTLY, OFFER_HELP)
        return (REASONS[self.reason], STOP_GENTLY, OFFER_GROUNDING, OFFER_HELP)


def distress_check(before: int | None, after: int | None, too_much: bool = False, *,
                   practice_id: str | None = None) -> SafetyAdvice | None:
    """Advice to stop gently when distress rose by 3+, reached 8+, or it felt too much; else None.

    After the grounding practice itself, offering grounding again would be a loop: the
    advice then leads straight to people who can help.
    """
    before = check_scale("distress before", before)
    after = check_scale("distress after", after)
    if too_much:
        reason = "too_much"
    elif after is not None and after >= DISTRESS_HIGH:
        reason = "high"
    elif after is not None and before is not None and after - before >= DISTRESS_RISE:
        reason = "rise"
    else:
        return None
    offer = None if practice_id == GROUNDING else GROUNDING
    advice = SafetyAdvice(reason=reason, message="", offer_practice=offer)
    return SafetyAdvice(reason=reason, message="\n\n".join(advice.lines), offer_practice=offer)


def own_therapist(*, name: str, phone: str = "", text: str = "", web: str = "", hours: str = "", note: str = "") -> Resource:
    """The person's own therapist or helper as a resource they can see beside the help lines."""
    name = (clean_text("the name", name, required=True) or "").strip()
    phone, text, web, hours, note = (value.strip() for value in (phone, text, web, hours, note))
    if not (phone or text or web):
        raise InvalidInput("add a phone number, a text number or a web address so you can reach them")
    for label, value in (("phone", phone), ("text", text), ("web", web), ("hours", hours), ("note", note)):
        if len(value) > 500 or "\x00" in value:
            raise InvalidInput(f"the {label} is too long or has a stray character in it")
    return Resource(
        name=name, kind="own", phone=phone, text=text, web=web, hours=hours, source="", last_verified=None, note=note
    )


def resources_for(country: str | None, resources: ResourceBook, *, own=()) -> list[Resource]:
    """Where to turn: the person's own helpers, then the country's lines, then its emergency numbers.

    An unknown or missing country gets the 'anywhere else' entry. Emergency numbers always
    come last and are never left out.
    """
    chosen = resources.get(country)
    listed = [*own, *chosen.lines, *chosen.emergency]
    if not chosen.emergency:  # e.g. 'anywhere else': still say how to get emergency help
        listed.extend(resources.get("ANY").emergency)
    seen, result = set(), []
    for resource in listed:
        key = (resource.name, resource.phone, resource.web)
        if key not in seen:
            seen.add(key)
            result.append(resource)
    return result


# Without a country, the help screen lists the countries hearten knows best, then "anywhere
# else", so nobody in distress has to choose a country before they see a number to call.
MAIN_COUNTRIES = ("US", "GB", "IE", "CA", "AU", "ANY")

Section = tuple[str | None, tuple[Resource, ...]]


@dataclass(frozen=True, slots=True)
class HelpLines:
    """Which help lines to show: on a help screen (`sections`) and in a crisis box (`crisis`).

    Iterating gives the help screen's (heading, resources) sections. `country` is None when
    no country is chosen; then `choices` feeds a country picker.
    """

    country: Country | None
    sections: tuple[Section, ...]
    crisis: tuple[Section, ...]
    choices: tuple[tuple[str, str], ...]

    def __iter__(self):
        return iter(self.sections)

    def __len__(self) -> int:
        return len(self.sections)

    @property
    def choose_country(self) -> bool:
        return self.country is None

    @property
    def lines(self) -> list[Resource]:
        """Every line on the help screen, in order."""
        return [resource for _, found in self.sections for resource in found]


def help_lines(country: str | None, resources: ResourceBook, *, own=(),
               main: tuple[str, ...] = MAIN_COUNTRIES) -> HelpLines:
    """The lines to show for a chosen country (or none), the person's own helpers always first.

    With a country: its lines, then its emergency numbers, on the help screen and in a crisis
    box alike. Without one: the help screen lists the main countries and what works anywhere
    else; a crisis box holds only the international directory and the local emergency number
    advice, with a country picker, not every country's cards.
    """
    own = tuple(own)
    choices = tuple(sorted(((c.code, c.name) for c in resources.countries.values() if c.code != "ANY"),
                           key=lambda pair: pair[1]))
    choices += (("ANY", resources.countries["ANY"].name),)
    code = (country or "").strip()
    if code:
        chosen = resources.get(code)
        found = ((None, tuple(resources_for(code, resources, own=own))),)
        return HelpLines(country=chosen, sections=found, crisis=found, choices=choices)
    sections: list[Section] = [(None, own)] if own else []
    for each in main:
        listed = resources.get(each)
        sections.append((listed.name, (*listed.lines, *listed.emergency)))
    crisis = ((None, tuple(resources_for(None, resources, own=own))),)
    return HelpLines(country=None, sections=tuple(sections), crisis=crisis, choices=choices)
