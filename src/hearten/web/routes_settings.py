"""Settings: your name, country, therapist and speech; a passphrase (encrypt, lock, change); your data; unlocking."""

from __future__ import annotations

import math
import re
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from hearten import messages, services
from hearten.config import PERSONAL, SETTINGS, Settings, save_setting
from hearten.domain.records import InvalidInput
from hearten.errors import SettingsError
from hearten.services.language import check_encoder_installed, encoder_not_reading
from hearten.services.personal import save_personal
from hearten.services.settings import check_country
from hearten.web import data, protect
from hearten.web.data import CONFIRM_WORD, EXPORT_KINDS, forget_everything, import_upload
from hearten.web.forms import local_path
from hearten.web.limits import UPLOAD_BODY_BYTES
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)
PLAIN_FROM_ENCRYPTED = (
    "Nothing was downloaded yet. Give the copy a passphrase, or tick the box to say you want it unencrypted."
)
MAX_UPLOAD = services.MAX_IMPORT_BYTES


def _settings_page(request: Request, status: int = 200, **context):
    state = state_of(request)
    state.store  # noqa: B018 - personal settings stay behind the lock too
    countries = sorted(
        ((c.code, c.name) for c in state.resources.countries.values() if c.code != "ANY"), key=lambda c: c[1]
    )
    saved = (state.settings.values.get("country") or "").upper()
    reached = state.resources.listed_code(saved)
    if saved and reached and saved not in state.resources.countries:  # e.g. IT, shown as the EU's lines
        countries.insert(0, (saved, f"{saved} (the {state.resources.countries[reached].name}'s lines)"))
    context.setdefault("export_values", {"format": "json"})
    context.setdefault("export_problems", {})
    context.setdefault("you_problems", {})
    return page(
        request,
        "settings.html",
        status=status,
        title="Settings: please look again" if context["you_problems"] else "Settings",
        countries=countries,
        confirm_word=CONFIRM_WORD,
        protection=protect.protection(state.settings),
        min_passphrase=protect.MIN_PASSPHRASE,
        export_kinds=EXPORT_KINDS,
        encrypted=state.encrypted,
        encoder_notice=messages.WEB_CRISIS_ENCODER_NOT_READING if encoder_not_reading(state.settings) else "",
        **context,
    )


# What a change to reminders did, said under the Reminders heading after the page comes back.
REMINDER_DONE = {
    "added": "Reminder added.",
    "removed": "Reminder removed.",
    "quiet": "Quiet hours saved.",
    "quiet-off": "Quiet hours are off.",
}


@router.get("/settings")
def settings_page(
    request: Request, saved: int = 0, passphrase: str = "", reminder: str = "", quiet_at: str = "", schedule: str = ""
):
    done = [REMINDER_DONE.get(reminder, "")]
    if reminder and re.fullmatch(r"\d\d:\d\d", quiet_at):
        done.append(messages.WEB_REMINDER_IN_QUIET_HOURS.format(at=quiet_at))
    if reminder and schedule == "not-told":
        done.append(messages.WEB_REMINDER_SCHEDULE_NOT_TOLD)
    return _settings_page(
        request,
        saved=bool(saved),
        passphrase_changed=passphrase == "changed",
        reminder_done=" ".join(d for d in done if d),
    )


@router.post("/settings/encrypt")
async def encrypt(
    request: Request, passphrase: str = Form(""), passphrase_again: str = Form(""), understood: str = Form("")
):
    from hearten.errors import PrivacyError

    state = state_of(request)
    state.store  # noqa: B018
    problem = protect.new_passphrase_problem(passphrase, passphrase_again) or (
        None if understood else protect.NOT_UNDERSTOOD
    )
    if problem is None:
        try:
            result = await run_in_threadpool(state.encrypt, passphrase=passphrase)
        except PrivacyError as error:
            problem = f"{str(error)[:1].upper()}{str(error)[1:]}."
    if problem is not None:
        return _settings_page(request, status=400, encrypt_problem=problem)
    return page(
        request,
        "encrypted.html",
        title="Your journal is encrypted",
        recovery_key=result["recovery_key"],
        memory_mib=result["memory_kib"] // 1024,
        time_cost=result["time_cost"],
        parallelism=result["parallelism"],
    )


@router.post("/settings/lock")
def lock_now(request: Request):
    state = state_of(request)
    if state.encrypted:
        state.lock()
    return RedirectResponse("/unlock?locked=1" if state.locked else "/settings", status_code=303)


@router.post("/settings/passphrase")
async def change_passphrase(
    request: Request, old_passphrase: str = Form(""), passphrase: str = Form(""), passphrase_again: str = Form("")
):
    from hearten.errors import PrivacyError
    from hearten.services.keys import change_passphrase

    state = state_of(request)
    state.store  # noqa: B018 - only someone who has unlocked may change it
    problem = (protect.OLD_MISSING if not old_passphrase else None) or protect.new_passphrase_problem(
        passphrase, passphrase_again
    )
    if problem is None:
        try:
            await run_in_threadpool(
                change_passphrase, state.settings, old_passphrase=old_passphrase, new_passphrase=passphrase
            )
        except PrivacyError as error:
            problem = f"{str(error)[:1].upper()}{str(error)[1:]}. {protect.UNCHANGED}"
    if problem is not None:
        return _settings_page(request, status=400, passphrase_problem=problem)
    return RedirectResponse("/settings?passphrase=changed#protect", status_code=303)


@router.post("/settings")
def settings_save(
    request: Request,
    name: str = Form(""),
    country: str = Form(""),
    therapist: str = Form(""),
    speech: str = Form(""),
    speech_voice: str = Form(""),
    speech_rate: str = Form("0.9"),
    crisis_encoder: str = Form(""),
):
    state = state_of(request)
    state.store  # noqa: B018
    settings = state.settings
    problems = {}
    try:  # the one country rule (`hearten settings country` follows it too): UK is GB, EU codes and ANY work
        country = check_country(country)
    except InvalidInput:
        country = country.strip().upper()
        problems["country"] = (
            f"hearten has no help lines listed for “{country[:20]}”. Please choose your country from the list, "
            "or Somewhere else."
        )
    try:
        rate = _speech_rate(speech_rate)
    except InvalidInput as error:
        problems["speech_rate"] = str(error)
    if crisis_encoder:
        try:
            check_encoder_installed()
        except SettingsError:
            problems["crisis_encoder"] = messages.WEB_CRISIS_ENCODER_MISSING
    sent = dict(
        name=name,
        country=country,
        therapist=therapist,
        speech=bool(speech),
        speech_voice=speech_voice,
        crisis_encoder=bool(crisis_encoder),
    )
    if problems:  # the form again as sent, but a choice it could not take stays as it was (nothing is saved)
        shown = {**sent, "speech_rate": speech_rate, **{key: settings.values[key] for key in problems}}
        return _settings_page(request, status=400, you_values=shown, you_problems=problems)
    values = {
        "name": name.strip()[:100],
        "country": country,
        "therapist": therapist.strip()[:500],
        "speech": bool(speech),
        "speech_voice": speech_voice.strip()[:200],
        "speech_rate": rate,
        "crisis_encoder": bool(crisis_encoder),
    }
    personal = {key: values.pop(key) for key in PERSONAL}
    changed = {key: value for key, value in personal.items() if settings.values.get(key) != value}
    if changed:  # your name and therapist: into the database, encrypted with it
        settings = save_personal(state.store, settings, **changed)
    for key, value in values.items():
        if settings.values.get(key) != value:
            settings = save_setting(settings, key, value)
    state.update_settings(settings)
    return RedirectResponse("/settings?saved=1", status_code=303)


def _speech_rate(raw: str) -> float:
    """The speaking speed sent, rounded as it is kept, within its declared bounds (config.SETTINGS)."""
    declared = next(s for s in SETTINGS if s.name == "speech_rate")
    try:
        rate = float(raw)
    except ValueError:
        raise InvalidInput(f"The speaking speed must be a number from {declared.low:g} to {declared.high:g}.") from None
    if not declared.low <= rate <= declared.high:  # NaN fails this too
        raise InvalidInput(f"The speaking speed must be from {declared.low:g} to {declared.high:g}.")
    return round(rate, 2)


@router.get("/settings/export")
def export_download(request: Request, format: str = "json", plain: int = 0):
    """A plain download, as the export form's link offers it; from
    an encrypted journal only once the person has said so."""
    return _export(request, format=format, plain_ok="yes" if plain else "", by_link=True)


@router.post("/settings/export")
def export_form(
    request: Request,
    format: str = Form("json"),
    passphrase: str = Form(""),
    passphrase_again: str = Form(""),
    plain_ok: str = Form(""),
):
    return _export(request, format=format, plain_ok=plain_ok, passphrase=passphrase, passphrase_again=passphrase_again)


def _export(request: Request, *, format: str, plain_ok: str, passphrase="", passphrase_again="", by_link=False):
    """The one way a copy leaves: checked, then downloaded, or else the form again with what to change.

    A link names no passphrase: an unknown kind in it is a page that cannot be shown, and the
    question it leads to (a plain copy of an encrypted journal?) is an answer, not a refusal.
    """
    state = state_of(request)
    store = state.store
    if by_link and format not in EXPORT_KINDS:
        raise InvalidInput(f"there is no export kind called {format[:40]!r}")
    problems = {}
    if format not in EXPORT_KINDS:
        problems["format"] = "Please choose one of the kinds of file below."
    if passphrase or passphrase_again:
        problem = protect.new_passphrase_problem(passphrase, passphrase_again)
        if problem:
            problems["passphrase"] = problem
    elif state.encrypted and not plain_ok:
        problems["plain_ok"] = PLAIN_FROM_ENCRYPTED
    if problems:
        values = {"format": format, "plain_ok": plain_ok}
        return _settings_page(request, 200 if by_link else 400, export_values=values, export_problems=problems)
    body, media_type, filename = data.export_download(
        store, fmt=format, passphrase=passphrase or None, kdf_params=state.kdf_params, day=state.now()
    )
    return Response(
        body,
        media_type=media_type,
        headers={"content-disposition": f'attachment; filename="{filename}"', "cache-control": "no-store"},
    )


@router.post("/settings/import", max_body_size=UPLOAD_BODY_BYTES)
async def import_data(
    request: Request,
    file: UploadFile = File(...),
    source: str = Form("hearten"),
    passphrase: str = Form(""),
    mood_map: str = Form(""),
):
    """A file brought in: read in memory (web.limits), never touching the disk, and imported as the CLI imports."""
    upload = await file.read(MAX_UPLOAD + 1)
    state, filename = state_of(request), file.filename or ""
    try:
        if len(upload) > MAX_UPLOAD:
            raise InvalidInput(f"the file is larger than {MAX_UPLOAD // (1024 * 1024)} MB")
        if source not in services.IMPORT_SOURCES:
            raise InvalidInput("choose hearten, jrnl or Daylio as the kind of file")
        # the store is opened (or found locked) off the event loop too, as the import itself runs
        result = await run_in_threadpool(
            lambda: import_upload(
                state.store,
                data=upload,
                filename=filename,
                source=source,
                passphrase=passphrase or None,
                mood_map=mood_map,
            )
        )
    except InvalidInput as problem:  # the form again, with what was wrong beside it; nothing was added
        from hearten.web.api_schemas import printable  # a file's name may hold what no page can encode

        return _settings_page(
            request,
            status=400,
            import_problem=printable(str(problem)),
            import_source=source,
            import_mood_map=mood_map[:500],
        )
    added = {k: v for k, v in (result["added"] or {}).items() if v}
    return _done(
        request,
        "Import finished",
        messages.records_counted(added),
        empty="Everything in that file was already here, so nothing was added.",
        note=result.get("note"),
    )


def _done(request: Request, heading: str, lines: list[str], **more):
    """What a change to all of your data did, line by line (`empty` when it did nothing)."""
    return page(request, "data_done.html", title=heading, heading=heading, lines=lines, **more)


@router.post("/settings/delete")
def delete_everything(request: Request, confirm: str = Form("")):
    state = state_of(request)
    if confirm.strip().lower() != CONFIRM_WORD:
        typed = confirm.strip()
        problem = f"Nothing was deleted. To delete everything, type the word {CONFIRM_WORD} in the box" + (
            f" (you typed “{typed[:40]}”)." if typed else "."
        )
        return _settings_page(request, status=400, delete_problem=problem, delete_typed=typed[:100])
    removed = forget_everything(state)
    old = state.settings
    defaults = {s.name: s.default for s in SETTINGS if s.name != "home"}
    state.update_settings(Settings(home=old.home, values={**defaults, "database_url": old.database_url}))
    return _done(
        request,
        "Everything is deleted",
        removed,
        empty="There was nothing stored to delete.",
        after="hearten is empty now, as if you had just started. You are welcome back any time.",
    )


@router.get("/unlock")
def unlock_form(request: Request, wrong: int = 0, locked: int = 0, next: str = ""):
    going = local_path(next)
    if not state_of(request).locked:
        return RedirectResponse(going, status_code=303)
    return _unlock_page(request, wrong=bool(wrong), just_locked=bool(locked), next_path=going)


def _unlock_page(request: Request, status: int = 200, **context):
    wait = request.app.state.unlock_throttle.wait()
    context.setdefault("next_path", "/")
    response = page(
        request,
        "unlock.html",
        status=status,
        title="Unlock",
        pause=protect.pause_words(wait) if wait else "",
        min_passphrase=protect.MIN_PASSPHRASE,
        **context,
    )
    if wait:
        response.headers["Retry-After"] = str(max(1, math.ceil(wait)))
    return response


def _before_unlocking(request: Request, going: str, **page_context):
    """The answer when there is nothing to unlock (back where they were going) or attempts must wait (the
    unlock page, 429); None when this attempt may go ahead."""
    if not state_of(request).locked:
        return RedirectResponse(going, status_code=303)
    if request.app.state.unlock_throttle.wait():
        return _unlock_page(request, status=429, next_path=going, **page_context)
    return None


def _counted_attempt(request: Request, opening, refused_by: tuple[type[Exception], ...]) -> bool:
    """Run `opening` as one unlocking attempt the throttle counts; True if it opened the journal."""
    throttle = request.app.state.unlock_throttle
    throttle.trying = True
    try:  # Argon2id takes most of a second of CPU: the routes are sync, so FastAPI runs this in its threadpool
        opening()
    except refused_by:
        throttle.failed()
        return False
    finally:
        throttle.trying = False
    throttle.succeeded()
    return True


@router.post("/unlock")
def unlock(request: Request, passphrase: str = Form(""), next: str = Form("")):
    going = local_path(next)
    if answer := _before_unlocking(request, going):
        return answer
    from hearten.errors import CryptoError, StoreError

    if _counted_attempt(request, lambda: state_of(request).unlock(passphrase), (CryptoError, StoreError)):
        return RedirectResponse(going, status_code=303)
    return RedirectResponse(
        "/unlock?wrong=1" + ("" if going == "/" else f"&next={quote(going, safe='')}"), status_code=303
    )


@router.post("/unlock/recovery")
def unlock_with_recovery_key(
    request: Request,
    recovery_key: str = Form(""),
    passphrase: str = Form(""),
    passphrase_again: str = Form(""),
    next: str = Form(""),
):
    """The printed recovery key opens the journal and sets a new
    passphrase, as `hearten passphrase --use-recovery-key`."""
    going = local_path(next)
    if answer := _before_unlocking(request, going, recovery_open=True):
        return answer
    from hearten.errors import CryptoError, StoreError

    problems = {}
    if not recovery_key.strip():
        problems["recovery_key"] = "Please type the recovery key you were given when you encrypted your journal."
    problem = protect.new_passphrase_problem(passphrase, passphrase_again)
    if problem:
        problems["new_passphrase"] = problem
    if not problems and not _counted_attempt(
        request,
        lambda: state_of(request).unlock_with_recovery_key(recovery_key, new_passphrase=passphrase),
        (CryptoError, StoreError, InvalidInput),
    ):
        problems["recovery_key"] = (
            "That recovery key did not open your journal. Check it against the printed copy; "
            "capital letters, spaces and dashes do not matter."
        )
    if problems:
        return _unlock_page(request, status=400, next_path=going, recovery_open=True, problems=problems)
    return RedirectResponse(going, status_code=303)
