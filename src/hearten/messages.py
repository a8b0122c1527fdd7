"""Every sentence hearten says to a person from the CLI, in one place.

Kept together so the tone can be read and reviewed at once, and translated later.
Second person, plain and warm; never blaming, never cheerful about pain.
(Practice steps, learn cards and kind questions live in content/ as data.)
"""

NOT_THERAPY = (
    "hearten is a companion for practising self-compassion. It is not therapy and "
    "cannot respond to an emergency."
)

HOME_GREETING_MORNING = "Good morning."
HOME_GREETING_AFTERNOON = "Good afternoon."
HOME_GREETING_EVENING = "Good evening."
HOME_NO_CHECKIN = "No check-in yet today. Whenever you like: hearten checkin"
HOME_NO_ENTRIES = "Your journal is empty so far. hearten journal add \"…\" when something is on your mind."
HOME_WEEK_NONE = "No practice this week yet. Any moment you give yourself counts."
HOME_WEEK = "This week you gave yourself {minutes} minute(s) of practice across {count} session(s)."
HOME_SUGGESTION = "A practice that may fit today: {title} (hearten practice run {id})"
HOME_DUE = "When you have a quiet moment, a short check-in is ready: {names} (hearten assess take {id})"
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
CHECKIN_PROMPTS = {
    "mood": "Mood, 0 (very low) to 10 (very good)",
    "distress": "Distress right now, 0 (none) to 10 (the most)",
    "sleep_hours": "Hours of sleep last night",
    "active_minutes": "Minutes of movement or activity today",
    "social": "How connected to people you feel, 0 to 10",
    "food": "How well you have eaten, 0 to 10",
    "note": "Anything you want to note",
}
CHECKIN_SKIP_HINT = "Press Enter to skip any question."
NO_CHECKINS = "No check-ins in that range."
HIGH_DISTRESS = (
    "That sounds like a lot to be carrying right now. If it would help, a short "
    "steadying practice is one command away (hearten practice run grounding), and "
    "people are ready to listen: hearten help"
)

EXPORT_DONE = "Exported everything to {path}."
IMPORT_DONE = "Imported {summary}."
IMPORT_DRY = "Nothing was written. The file holds {summary}; importing it would add what is not already here."
IMPORT_NOTHING_NEW = "Everything in that file is already here; nothing was added."

# -- privacy: encryption, lock, backups, restore, forget (issue 7) ---------------------
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
DECRYPT_DONE = "Your journal is no longer encrypted, and its key file is removed. Backups made while it was encrypted stay encrypted."
PASSPHRASE_CHANGED = "Your passphrase is changed. The journal itself did not need rewriting, and your recovery key still works."
PASSPHRASE_RESET = "Your passphrase is set again with your recovery key."
UNLOCKED = "Unlocked. Your key is kept in {where}; `hearten lock` forgets it."
LOCKED = "Locked: removed {what}. The next command will ask for your passphrase."
LOCK_NOTHING = "Nothing was kept unlocked, so there was nothing to forget. (Each command asks for your passphrase unless HEARTEN_PASSPHRASE is set.)"
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


# -- Language notes: `hearten analyze`, the note after `journal add`, `journal reframe` (issue 5) --
CRISIS_LINES = "You do not have to carry this alone. You can reach someone right now:"
ANALYZE_NOTHING = "Nothing harsh or heavy stood out in what you wrote."
ANALYZE_SELF_CRITICISM = "Harsh self-talk"
ANALYZE_QUESTION = "A question to sit with: {question}"
ANALYZE_NO_TEXT = "give some text to look at, or pipe it in (hearten analyze \"I'm such an idiot\")"
ANALYZE_TEXT_AND_BATCH = "--batch reads JSON lines from standard input; leave out TEXT"
BATCH_NOT_JSON = "line {line}: not a JSON object ({detail})"
BATCH_NO_TEXT = "line {line}: needs a \"text\" string"
NOTICE_QUOTE = "You wrote \u201c{quote}\u201d. {question}"
NOTICE_REFRAME = "If you like, `hearten journal reframe {id}` helps you find a kinder way to say it."
REFRAME_NOTHING = "Nothing in entry #{id} stood out as harsh, so there is nothing to reframe."
REFRAME_SENTENCE = "Sentence {n} of entry #{id}:"
REFRAME_NOTICED = "What stood out: {names}."
REFRAME_CHOICES = "[w] write a kinder version   [p] try the friend-perspective practice   [s] skip"
REFRAME_CHOOSE = "What would you like to do"
REFRAME_WRITE = "A kinder way to say it"
REFRAME_SAVED = "Saved beside the original. `hearten journal show {id}` shows them together."
REFRAME_PRACTICE = "When you are ready, this opens the practice with your sentence filled in:\n  {command}"
REFRAME_SKIPPED = "Skipped. It is fine to leave some things for another day."
REFRAME_DONE = "That is all of them. Answering a harsh voice kindly takes practice, and you just practised."
REFRAME_NO_SENTENCE = "entry #{id} has no sentence {n}: it has {total} (`hearten journal show {id}` shows them)"
REFRAME_EMPTY = "the kinder version is empty; write a few words, or leave out --text to be asked"
SHOW_REFRAME_ORIGINAL = "You wrote: "
SHOW_REFRAME_KINDER = "A kinder way to say it: "


SERVE_LOCAL = "Only this computer can open it. Press Ctrl+C to stop."
SERVE_EXPOSED = (
    "Listening on {host}: other computers that can reach this one may try to open it. "
    "Your journal is personal; keep 127.0.0.1 unless you mean this. Press Ctrl+C to stop."
)

# -- Practices, learn and help (issue 3) --
COMPONENT_NAMES = {
    "self_kindness": "Self-kindness (instead of harsh judgement)",
    "common_humanity": "Common humanity (instead of feeling alone)",
    "mindfulness": "Mindfulness (instead of being swept away)",
}
PRACTICE_LIST_HINT = "See the steps with `hearten practice show ID`; begin with `hearten practice run ID`."
PRACTICE_SHOW_HINT = "Begin when you are ready: hearten practice run {id}"
PRACTICE_HOW_TO = (
    "Take it at your own pace. Press Enter to move on, b to go back, q to stop, x if this is too much. "
    "During a timer, Enter skips the rest of it and Ctrl+C pauses."
)
PRACTICE_DISTRESS_BEFORE = "Before you begin: how much distress do you feel, 0 (none) to 10 (the most)? Enter to skip"
PRACTICE_DISTRESS_AFTER = "And now, how much distress do you feel, 0 to 10? Enter to skip"
PRACTICE_SCALE_AGAIN = "A whole number from 0 to 10, or Enter to skip."
PRACTICE_CONTINUE = "(Enter to continue)"
PRACTICE_WRITE_HINT = (
    "Write as much or as little as you like; an empty line finishes, and Enter straight away skips. "
    "On a line of its own: /b goes back, /q stops, /x if this is too much."
)
PRACTICE_PREFILLED = "You started with: {text}"
PRACTICE_LENGTH = "How long would you like to practise? {choices} minutes, or o for as long as you choose (Enter for {default})"
PRACTICE_LENGTH_AGAIN = "A number of minutes up to 240, or o to take as long as you choose."
PRACTICE_LENGTHS = "Length: {choices} minutes, or as long as you choose (--minutes N or --open-ended)."
PRACTICE_FROM_NAME_SETTING = "Your name setting says {text}. Press Enter to use it, or write another name."
PRACTICE_CHOOSE = "Your choice (number, or Enter to skip)"
PRACTICE_RATE = "Your rating, {low} to {high} (Enter to skip)"
PRACTICE_OPEN_ENDED = "Take as long as you like. Press Enter when you are ready to move on."
PRACTICE_TIMER_SKIP = "Press Enter to skip the rest of this timer and move on."
PRACTICE_PAUSED = "Paused. Take whatever time you need."
PRACTICE_PAUSE_CHOICES = "Enter to carry on · b back · n next step · q stop here · x this is too much"
PRACTICE_DONE = "Thank you for giving yourself this time."
PRACTICE_SAVED = "Saved as session {id}. `hearten practice history` shows your practice."
PRACTICE_GROUNDING_COMMAND = "A short steadying practice: hearten practice run grounding"
PRACTICE_NO_HISTORY = "No practice recorded yet. Whenever you like: hearten practice suggest"

HELP_TITLE = "If you need someone now"
HELP_INTRO = (
    "If you are in danger or might act on thoughts of harming yourself, call your local "
    "emergency number now. Otherwise, these people are there to listen, at any hour:"
)
HELP_GROUNDING = "To steady yourself for a few minutes: hearten practice run grounding"
HELP_PROFESSIONAL = (
    "If practising self-compassion stirs up more than you can hold, that is not a failing. "
    "A doctor, therapist or counsellor can help you work through it."
)
HELP_SET_COUNTRY = (
    "To see only the lines where you live: hearten help --country DE (for now), "
    "or hearten settings country DE (to keep it). Countries: {codes}."
)
HELP_FRESHNESS = (
    "\"Not yet checked\" means nobody has yet confirmed that line against its official page; "
    "a date means a person did, that day."
)


# -- Self-assessment: `hearten assess` (issue 4) --

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
HISTORY_SUBSCALE_LINE = "  {title}{spark}  latest {score}"
HISTORY_LINES_HEADER = "{title}, each line on its own:"
CHART_WRITTEN = "Drew the chart to {path}."
