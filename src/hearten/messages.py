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
