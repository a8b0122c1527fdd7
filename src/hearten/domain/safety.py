"""Every safety decision hearten makes, as pure functions both front ends call and render.

The rules, in full (docs/practices.md repeats them):
  * distress after a practice is 3 or more points above distress before it, or
  * distress after a practice is 8 or more (out of 10), or
  * the person chose "this is too much" during the practice, or
  * after grounding, the person answered that they are still very upset
then hearten stops, says plainly that strong feelings can come up when we turn
towards pain, offers the grounding practice (not after grounding itself), and shows
the help lines themselves.
  * a check-in with distress 8 or more shows a few kind words, grounding, and the lines.
  * a weekly wellbeing result with anxiety or low mood at 8 or more does the same.
  * home, after a check-in of distress 8 or more today or crisis words written today (anywhere, as
    below), puts the same at its top, and asks for nothing beside it (held_back): no questionnaire, no reminder
    to take one (in the terminal's notifications and the browser's too), no offer to encrypt, no line
    on a running experiment's day.
  * crisis language in anything written (a journal entry, a check-in's note or activities, a
    practice's answers, a kinder version) shows help first and alone: no kinder-version offer and
    no thinking-trap prompt beside it.
  * a sentence is offered for a kinder version (and listed as noticed) when it holds harsh
    self-talk or a thinking trap other than a painful feeling on its own.
  * every crisis box opens with the words for someone already hurt, naming the chosen
    country's emergency number (hedged when the country is guessed from the locale, and
    "your local emergency number" without one).

Light on purpose (no dataclasses, no pydantic at import): `hearten journal add` asks it
whether to say anything, and must start instantly.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal, NamedTuple

from hearten.domain.countries import COUNTRY_ALIASES, EU_MEMBERS, CountryLookup  # noqa: F401 (the country rule)
from hearten.domain.records import InvalidInput, check_scale, clean_text

if TYPE_CHECKING:
    from hearten.domain.content_schema import Country, Resource, ResourceBook

DISTRESS_RISE = 3  # after - before at or above this stops gently
DISTRESS_HIGH = 8  # after at or above this stops gently, whatever it was before; the same for check-ins
GROUNDING = "grounding"
GROUNDING_CHECK_STEP = "check"  # grounding's last question: "How are you now?"
STILL_UPSET = "Still very upset"
# A painful feeling named on its own is not a trap to argue with: it is never offered for reframing.
FEELING_ONLY = "negative_feeling"

STOP_GENTLY = (
    "Let's pause here. When we turn towards something painful, strong feelings can come up. "
    "That is a human response, not a sign you did anything wrong."
)
REASONS = {
    "too_much": "You said this was too much, and that matters. You can stop whenever you need to.",
    "rise": "Your distress went up during this practice.",
    "high": "Your distress is high right now.",
    "still_upset": "You are still very upset, and that matters. You do not have to wait for it to pass on your own.",
}
OFFER_GROUNDING = (
    "If you like, a short grounding practice can help you feel steadier: feet on the floor, a slow breath out."
)
OFFER_HELP = (
    "If the feelings stay strong, or you feel unsafe, please reach out to someone now: "
    "a person you trust, your own therapist, or one of the lines below."
)
REACH_OUT_NOW = (
    "Please reach out to someone now: a person you trust, your own therapist, or one of the lines below. "
    "People are ready to listen."
)
# Said at the top of every crisis box, before the lines: emergency services come last in the list
# (the listening lines first), so the words name the number for someone already hurt.
URGENT = "If you have already hurt yourself or taken something, or you are in danger right now, call {number} now."
URGENT_NO_NUMBER = "your local emergency number"
# A guessed country's number may be the wrong one (en_US is many computers' default wherever they are).
URGENT_GUESSED = (
    "If you have already hurt yourself or taken something, or you are in danger right now, call {number} now, "
    "or your local emergency number if you are somewhere else."
)
CHECKIN_HIGH = (
    "That sounds like a lot to be carrying right now.",
    "A short grounding practice may help you feel a little steadier. And people are ready to listen: "
    "you can reach someone on one of the lines below.",
)
# An assessment whose answers say the week was very hard shows the same help as a high check-in: a
# rating at or above DISTRESS_HIGH on one of these scales (each rated 0-10, higher meaning harder).
ASSESSMENT_HARD_SCALES = {"wellbeing-weekly": ("anxiety", "low_mood")}
ASSESSMENT_HARD = (
    "That sounds like a hard week to have come through.",
    "You do not have to wait for it to ease on its own. A short grounding practice may help you feel a "
    "little steadier, and people are ready to listen on one of the lines below.",
)
# The home screen, when today held a check-in with high distress or writing with crisis language: the
# help is at the top, not only a line at the foot of the page.
HARD_DAY = (
    "Today sounds like it has been heavy.",
    "You do not have to hold it on your own. People are ready to listen on one of the lines below, and a "
    "short grounding practice is one step away.",
)
# What a finished practice says when no help is needed, first line a heading; grounding's
# follow its last answer (an answer of STILL_UPSET leads to the help lines instead).
CLOSING = ("Thank you for taking this time.",)
GROUNDING_CLOSING = {
    "A little steadier": ("Thank you for taking this time.", "You can come back to this whenever you need it."),
    "About the same": (
        "Thank you for staying with it.",
        "Sometimes feelings take longer to settle, and that is all right. You can try it again, "
        "or reach out to someone you trust.",
    ),
}
# Grounding's last question left unanswered: nobody said how they are, so say where help is.
GROUNDING_UNANSWERED = (
    "Thank you for taking this time.",
    "If you are still very upset, you do not have to carry it on your own: a person you trust, "
    "your own therapist or a help line can be with you in it, at any hour.",
)

# How fresh a line is (when a person last checked it against its source, or "not yet checked") is said on the
# help screens (`hearten help`, /help), where lines are looked up. A crisis box, read at the worst moment, leaves
# it out: "not yet checked" beside an emergency number invites doubt about the one number that matters, and
# the box points to the help screen.
FRESHNESS_IN_CRISIS_BOX = False

Reason = Literal[
    "none", "crisis", "too_much", "rise", "high", "still_upset", "checkin_high", "assessment_hard", "hard_day"
]


class SafetyDecision(NamedTuple):
    """What a moment calls for; the front ends render it and decide nothing themselves.

    show_help: show the help lines themselves (not only a command or a link).
    help_first: help comes first and alone: no reframing offer, no thinking-trap prompts.
    offer_grounding: offer to start grounding in one action.
    offer_reframe: offer to write a kinder version of a sentence.
    words: what to say, one paragraph each, before the lines (crisis words are the crisis
    box's own, in content and templates, so they are left empty here).
    """

    show_help: bool = False
    help_first: bool = False
    offer_grounding: bool = False
    offer_reframe: bool = False
    reason: Reason = "none"
    words: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {**self._asdict(), "words": list(self.words)}


class SafetyAdvice(NamedTuple):
    """What to show when a practice should stop gently (the engine's outcome carries it)."""

    reason: Literal["too_much", "rise", "high", "still_upset"]
    message: str
    offer_practice: str | None = GROUNDING
    show_help: bool = True

    @property
    def lines(self) -> tuple[str, ...]:
        """The words to show, one paragraph each."""
        if self.reason == "still_upset" or self.offer_practice is None:
            # After grounding itself (nothing else to offer): no talk of turning towards something painful,
            # which grounding does not do; the people who can help come straight away.
            return (REASONS[self.reason], REACH_OUT_NOW)
        return (REASONS[self.reason], STOP_GENTLY, OFFER_GROUNDING, OFFER_HELP)

    @property
    def decision(self) -> SafetyDecision:
        return SafetyDecision(
            show_help=True, offer_grounding=self.offer_practice == GROUNDING, reason=self.reason, words=self.lines
        )


def is_high_distress(distress) -> bool:
    """A distress rating (0-10) high enough that help is shown: 8 or more, everywhere."""
    return distress is not None and distress >= DISTRESS_HIGH


def distress_check(
    before: int | None,
    after: int | None,
    too_much: bool = False,
    *,
    practice_id: str | None = None,
    answers: dict | None = None,
) -> SafetyAdvice | None:
    """Advice to stop gently when distress rose by 3+, reached 8+, it felt too much, or
    grounding left the person still very upset; else None.

    After the grounding practice itself, offering grounding again would be a loop: the
    advice then leads straight to people who can help.
    """
    before = check_scale("distress before", before)
    after = check_scale("distress after", after)
    still_upset = practice_id == GROUNDING and (answers or {}).get(GROUNDING_CHECK_STEP) == STILL_UPSET
    if too_much:
        reason = "too_much"
    elif still_upset:  # the person's own answer to "How are you now?" is said back first, whatever the rating
        reason = "still_upset"
    elif after is not None and after >= DISTRESS_HIGH:
        reason = "high"
    elif after is not None and before is not None and after - before >= DISTRESS_RISE:
        reason = "rise"
    else:
        return None
    offer = None if practice_id == GROUNDING else GROUNDING
    advice = SafetyAdvice(reason=reason, message="", offer_practice=offer)
    return advice._replace(message="\n\n".join(advice.lines))


def after_practice(
    before: int | None,
    after: int | None,
    *,
    too_much: bool = False,
    practice_id: str | None = None,
    answers: dict | None = None,
) -> SafetyDecision:
    """What a finished or stopped practice shows: help first when an answer holds crisis language, else
    gentle words and the lines, or its closing words."""
    if crisis_in_writing(*written_answers(answers)):
        # grounding is not offered again at its own end: that would be a loop, the lines come straight away
        return crisis_decision()._replace(offer_grounding=practice_id != GROUNDING)
    advice = distress_check(before, after, too_much, practice_id=practice_id, answers=answers)
    if advice is not None:
        return advice.decision
    return SafetyDecision(words=closing_words(practice_id, answers))


def after_session(session) -> SafetyDecision:
    """after_practice for a stored session."""
    return after_practice(
        session.distress_before,
        session.distress_after,
        too_much=session.stopped_reason == "too_much",
        practice_id=session.practice_id,
        answers=session.answers,
    )


def closing_words(practice_id: str | None, answers: dict | None = None) -> tuple[str, ...]:
    """A practice's last words when no help is needed; grounding's follow its last answer."""
    if practice_id == GROUNDING:
        return GROUNDING_CLOSING.get((answers or {}).get(GROUNDING_CHECK_STEP), GROUNDING_UNANSWERED)
    return CLOSING


def after_checkin(distress, note: str | None = None, activities=()) -> SafetyDecision:
    """A check-in's note or activities (in the person's own words) with crisis language show help first,
    as anything written does; a distress of 8 or more shows kind words, grounding in one step, and the lines."""
    if crisis_in_writing(note, *(activities or ())):
        return crisis_decision()
    if is_high_distress(distress):
        return SafetyDecision(show_help=True, offer_grounding=True, reason="checkin_high", words=CHECKIN_HIGH)
    return SafetyDecision()


def after_assessment(instrument_id: str, subscales: dict) -> SafetyDecision:
    """A saved result (its instrument's id and subscale scores): kind words, grounding and the lines
    when a hard-week scale (ASSESSMENT_HARD_SCALES) is at or above DISTRESS_HIGH; else nothing."""
    hard = ASSESSMENT_HARD_SCALES.get(instrument_id, ())
    if any(is_high_distress(subscales.get(scale)) for scale in hard):
        return SafetyDecision(show_help=True, offer_grounding=True, reason="assessment_hard", words=ASSESSMENT_HARD)
    return SafetyDecision()


# How far back home looks for a hard day, at least: a check-in of high distress at 23:50 still brings the
# help to the top at 00:10, when "since midnight" alone would already have let it go.
HARD_DAY_REACH = timedelta(hours=12)


def hard_day_since(moment: datetime) -> datetime:
    """From when home looks for a hard day at `moment`: the start of its day, or HARD_DAY_REACH before it
    when that is earlier."""
    return min(moment.replace(hour=0, minute=0, second=0, microsecond=0), moment - HARD_DAY_REACH)


def after_today(checkins, *, crisis_written: bool) -> SafetyDecision:
    """Home: kind words, grounding and the lines at the top when a check-in since hard_day_since (objects
    or dicts) had high distress, or something written since then held crisis language; else nothing."""
    if crisis_written or any(is_high_distress(_get(c, "distress")) for c in checkins):
        return SafetyDecision(show_help=True, offer_grounding=True, reason="hard_day", words=HARD_DAY)
    return SafetyDecision()


# While help is shown, nothing effortful is asked for beside it: a questionnaire is a task, and someone who
# has just said how hard things are should not be handed one. Home leaves out the ones that are due, and
# no reminder to take one is shown (home's line, the browser's and the desktop's notifications), without a
# word about them; they are there another day, and on the assessments page. The offer to encrypt the
# journal waits for another day too, and so does home's line on a running experiment's practice day (its
# schedule page still shows it).
HELD_BACK_REMINDERS = frozenset({"assessment"})  # reminder targets (domain.reminders.TARGETS)
HELD_BACK_OFFERS = frozenset({"encryption", "experiment"})  # home's own lines: the offer, the experiment's day
HELD_BACK_WHILE_HELP_SHOWS = HELD_BACK_REMINDERS | HELD_BACK_OFFERS


def held_back(decision: SafetyDecision) -> frozenset[str]:
    """What is left out beside this decision: the reminder targets of HELD_BACK_REMINDERS (due questionnaires
    and reminders to take one) and home's own lines of HELD_BACK_OFFERS, while help shows; else nothing."""
    return HELD_BACK_WHILE_HELP_SHOWS if decision.show_help else frozenset()


def _get(item, name, default=None):
    return item.get(name, default) if isinstance(item, dict) else getattr(item, name, default)


def offers_reframe(sentence) -> bool:
    """Whether one analysed sentence (an object or its dict) is offered for a kinder version and listed as noticed."""
    if _get(sentence, "crisis"):
        return False
    if _get(sentence, "self_critical"):
        return True
    return any(_get(trap, "id") != FEELING_ONLY for trap in _get(sentence, "traps", ()) or ())


def refuses_reframe(analysis, original: str) -> bool:
    """Whether a kinder version of `original` is refused: a sentence the entry's analysis marks as crisis,
    or words that hold crisis language on their own. Such a sentence is never rewritten; it gets the help lines."""
    wanted = " ".join(str(original).split())
    for sentence in _get(analysis, "sentences", ()) or ():
        if _get(sentence, "crisis") and " ".join(str(_get(sentence, "text", "")).split()) == wanted:
            return True
    return crisis_in_writing(original)


def noticed_traps(sentence) -> list[str]:
    """The trap ids worth naming in a sentence offered for reframing (a feeling on its own is not one)."""
    return [_get(t, "id") for t in _get(sentence, "traps", ()) or () if _get(t, "id") != FEELING_ONLY]


def after_text(analysis) -> SafetyDecision:
    """What follows something written (an Analysis or its dict): help first and alone on crisis
    language, else an offer to look again at the sentences offers_reframe() picks."""
    if _get(analysis, "crisis"):
        return crisis_decision()
    offer = any(offers_reframe(s) for s in _get(analysis, "sentences", ()) or ())
    return SafetyDecision(offer_reframe=offer)


def crisis_in_writing(*texts) -> bool:
    """Whether any of these pieces of a person's own writing (an entry, a check-in's note, a practice's
    answers, a kinder version) holds crisis language. The analyzer is imported only when there is something
    to read."""
    written = [t for t in texts if isinstance(t, str) and t.strip()]
    if not written:
        return False
    from hearten.domain.language import has_crisis

    return any(has_crisis(text) for text in written)


def written_answers(answers) -> list[str]:
    """The words a person typed among a practice's answers (a choice is a string too, and is read alike)."""
    found: list[str] = []
    for value in (answers or {}).values():
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            found += [v for v in value if isinstance(v, str)]
    return found


def after_written(*texts) -> SafetyDecision:
    """What follows writing read only for crisis (no full analysis): help first and alone, or nothing."""
    return crisis_decision() if crisis_in_writing(*texts) else SafetyDecision()


def crisis_decision() -> SafetyDecision:
    """after_text() for text already known to hold crisis language (the fast check without a full analysis)."""
    return SafetyDecision(show_help=True, help_first=True, offer_grounding=True, reason="crisis")


def own_therapist(
    *, name: str, phone: str = "", text: str = "", web: str = "", hours: str = "", note: str = ""
) -> Resource:
    """The person's own therapist or helper as a resource they can see beside the help lines."""
    name = (clean_text("the name", name, required=True) or "").strip()
    phone, text, web, hours, note = (value.strip() for value in (phone, text, web, hours, note))
    if not (phone or text or web):
        raise InvalidInput("add a phone number, a text number or a web address so you can reach them")
    from hearten.domain.content_schema import Resource

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

Section = "tuple[str | None, tuple[Resource, ...]]"


class HelpLines:
    """Which help lines to show: on a help screen (`sections`) and in a crisis box (`crisis`).

    Iterating gives the help screen's (heading, resources) sections. `country` is None when
    no country is chosen; then `choices` feeds a country picker. `unknown` is a code asked
    for that hearten has no lines for (its "anywhere else" lines are shown instead), so the
    front ends can say so rather than silently show another place. A plain class, not a
    dataclass: importing dataclasses would slow every command that imports this module.
    """

    __slots__ = ("country", "sections", "crisis", "choices", "unknown", "guessed")

    def __init__(
        self,
        *,
        country: Country | None,
        sections: tuple[Section, ...],
        crisis: tuple[Section, ...],
        choices: tuple[tuple[str, str], ...],
        unknown: str | None = None,
        guessed: Country | None = None,
    ):
        self.country, self.sections, self.crisis, self.choices = country, sections, crisis, choices
        self.unknown, self.guessed = unknown, guessed

    def __iter__(self):
        return iter(self.sections)

    def __len__(self) -> int:
        return len(self.sections)

    @property
    def choose_country(self) -> bool:
        return self.country is None

    @property
    def emergency(self) -> Resource | None:
        """The chosen or guessed country's first emergency number, for a one-tap call; None without a
        country ("anywhere else" has advice, not a number that works everywhere)."""
        place = self.country or self.guessed
        if place is None or place.code == "ANY":
            return None
        return next((r for _, found in self.crisis for r in found if r.kind == "emergency" and r.phone), None)

    @property
    def urgent(self) -> str:
        """The words that say to call emergency services now: the emergency number when a country is
        chosen, hedged when it is guessed, and "your local emergency number" without one."""
        found = self.emergency
        if found is None:
            return URGENT.format(number=URGENT_NO_NUMBER)
        return (URGENT if self.guessed is None else URGENT_GUESSED).format(number=found.phone)

    @property
    def lines(self) -> list[Resource]:
        """Every line on the help screen, in order."""
        return [resource for _, found in self.sections for resource in found]


def help_lines(
    country: str | None,
    resources: ResourceBook,
    *,
    own=(),
    main: tuple[str, ...] = MAIN_COUNTRIES,
    guessed: str | None = None,
) -> HelpLines:
    """The lines to show for a chosen country (or none), the person's own helpers always first.

    With a country: its lines, then its emergency numbers, on the help screen and in a crisis
    box alike. Without one: the help screen lists the main countries and what works anywhere
    else; a crisis box holds only the international directory and the local emergency number
    advice, with a country picker, not every country's cards.
    `guessed`: where the device's language settings say the person may be (countries.country_from_locale),
    used only while no country is chosen. Its lines then come first on the help screen, and a crisis
    box holds them with the international directory after them, in case the guess is wrong; the
    picker still shows, and `.guessed` lets the front ends say it was a guess.
    """
    own = tuple(own)
    choices = tuple(
        sorted(((c.code, c.name) for c in resources.countries.values() if c.code != "ANY"), key=lambda pair: pair[1])
    )
    choices += (("ANY", resources.countries["ANY"].name),)
    code = (country or "").strip()
    if code:
        chosen = resources.get(code)
        found = ((None, tuple(resources_for(code, resources, own=own))),)
        unknown = code.upper() if resources.listed_code(code) is None else None
        return HelpLines(country=chosen, sections=found, crisis=found, choices=choices, unknown=unknown)
    near = resources.listed_code(guessed) if guessed else None
    near = None if near == "ANY" else near
    sections: list[Section] = [(None, own)] if own else []
    ordered = (near, *(c for c in main if resources.listed_code(c) != near)) if near else main
    for each in ordered:  # the guessed country once, first
        listed = resources.get(each)
        sections.append((listed.name, (*listed.lines, *listed.emergency)))
    if near is None:
        crisis = ((None, tuple(resources_for(None, resources, own=own))),)
        return HelpLines(country=None, sections=tuple(sections), crisis=crisis, choices=choices)
    # In case the guess is wrong: the international directory and the local-number advice after its lines.
    place, first = resources.get(near), tuple(resources_for(near, resources, own=own))
    shown = {(r.name, r.phone, r.web) for r in first}
    fallback = tuple(r for r in resources_for(None, resources) if (r.name, r.phone, r.web) not in shown)
    crisis = ((place.name, first), (resources.get("ANY").name, fallback))
    return HelpLines(country=None, sections=tuple(sections), crisis=crisis, choices=choices, guessed=place)
