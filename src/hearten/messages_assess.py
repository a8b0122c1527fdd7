"""What `hearten assess` says to a person.

Kept apart from messages.py only so that work on both could go on at once; it joins
messages.py later. Same voice: second person, plain and warm, never a diagnosis.
"""

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
    "This is a snapshot to help you notice change over time, not a judgment of you and "
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
