"""Settings: your name, country, therapist and speech; a passphrase (encrypt, lock, change); your data; unlocking."""

from __future__ import annotations

import json

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from hearten import services
from hearten.config import SETTINGS, Settings, save_setting
from hearten.domain.records import InvalidInput
from hearten.web import protect
from hearten.web.data import CONFIRM_WORD, forget_everything, import_upload
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)
MAX_UPLOAD = services.MAX_IMPORT_BYTES


def _settings_page(request: Request, status: int = 200, **context):
    state = state_of(request)
    state.store  # noqa: B018 - personal settings stay behind the lock too
    countries = sorted(((c.code, c.name) for c in state.resources.countries.values() if c.code != "ANY"), key=lambda c: c[1])
    return page(request, "settings.html", status=status, title="Settings", countries=countries,
                confirm_word=CONFIRM_WORD, protection=protect.protection(state.settings),
                min_passphrase=protect.MIN_PASSPHRASE, **context)


@router.get("/settings")
async def settings_page(request: Request, saved: int = 0, passphrase: str = ""):
    return _settings_page(request, saved=bool(saved), passphrase_changed=passphrase == "changed")


@router.post("/settings/encrypt")
async def encrypt(request: Request, passphrase: str = Form(""), passphrase_again: str = Form(""),
                  understood: str = Form("")):
    from hearten.services.privacy import PrivacyError

    state = state_of(request)
    state.store  # noqa: B018
    problem = protect.new_passphrase_problem(passphrase, passphrase_again) or (None if understood else protect.NOT_UNDERSTOOD)
    if problem is None:
        try:
            result = await run_in_threadpool(state.encrypt, passphrase=passphrase)
        except PrivacyError as error:
            problem = f"{str(error)[:1].upper()}{str(error)[1:]}."
    if problem is not None:
        return _settings_page(request, status=400, encrypt_problem=problem)
    return page(request, "encrypted.html", title="Your journal is encrypted", recovery_key=result["recovery_key"],
                memory_mib=result["memory_kib"] // 1024, time_cost=result["time_cost"], parallelism=result["parallelism"])


@router.post("/settings/lock")
async def lock_now(request: Request):
    state = state_of(request)
    if state.encrypted:
        state.lock()
    return RedirectResponse("/unlock?locked=1" if state.locked else "/settings", status_code=303)


@router.post("/settings/passphrase")
async def change_passphrase(request: Request, old_passphrase: str = Form(""), passphrase: str = Form(""),
                            passphrase_again: str = Form("")):
    from hearten.services.privacy import PrivacyError, change_passphrase

    state = state_of(request)
    state.store  # noqa: B018 - only someone who has unlocked may change it
    problem = (protect.OLD_MISSING if not old_passphrase else None) or protect.new_passphrase_problem(passphrase, passphrase_again)
    if problem is None:
        try:
            await run_in_threadpool(change_passphrase, state.settings, old_passphrase=old_passphrase,
                                    new_passphrase=passphrase)
        except PrivacyError as error:
            problem = f"{str(error)[:1].upper()}{str(error)[1:]}. {protect.UNCHANGED}"
    if problem is not None:
        return _settings_page(request, status=400, passphrase_problem=problem)
    return RedirectResponse("/settings?passphrase=changed#protect", status_code=303)


@router.post("/settings")
async def settings_save(
    request: Request, name: str = Form(""), country: str = Form(""), therapist: str = Form(""),
    speech: str = Form(""), speech_voice: str = Form(""), speech_rate: str = Form("0.9"),
):
    state = state_of(request)
    state.store  # noqa: B018
    country = country.strip().upper()
    if country and country not in state.resources.countries:
        raise InvalidInput(f"hearten has no help lines listed for {country!r}")
    try:
        rate = float(speech_rate)
    except ValueError:
        raise InvalidInput("the speaking speed must be a number from 0.5 to 1.5") from None
    if not 0.5 <= rate <= 1.5:
        raise InvalidInput("the speaking speed must be from 0.5 to 1.5")
    values = {"name": name.strip()[:100], "country": country, "therapist": therapist.strip()[:500],
              "speech": bool(speech), "speech_voice": speech_voice.strip()[:200], "speech_rate": round(rate, 2)}
    settings = state.settings
    for key, value in values.items():
        if settings.values.get(key) != value:
            settings = save_setting(settings, key, value)
    state.update_settings(settings)
    return RedirectResponse("/settings?saved=1", status_code=303)


@router.get("/settings/export")
async def export_download(request: Request):
    state = state_of(request)
    document = services.export_document(state.store)
    body = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    filename = f"hearten-export-{state.now():%Y-%m-%d}.json"
    return Response(body, media_type="application/json",
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


@router.post("/settings/import")
async def import_data(request: Request):
    from hearten.web.forms import read_form

    state = state_of(request)
    form = await read_form(request)  # in memory: the upload never touches the disk
    file, source = form.get("file"), form.get("source") or "hearten"
    if file is None or isinstance(file, str):
        raise InvalidInput("choose a file to import")
    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise InvalidInput(f"the file is larger than {MAX_UPLOAD // (1024 * 1024)} MB")
    if source not in ("hearten", "jrnl", "daylio"):
        raise InvalidInput("choose hearten, jrnl or Daylio as the kind of file")
    result = import_upload(state.store, data=data, filename=file.filename or "", source=source)
    added = {k: v for k, v in (result["added"] or {}).items() if v}
    return page(request, "data_done.html", title="Import finished", heading="Import finished",
                lines=[f"{n} {k.replace('checkins', 'check-ins')}" for k, n in added.items()],
                empty="Everything in that file was already here, so nothing was added.")


@router.post("/settings/delete")
async def delete_everything(request: Request, confirm: str = Form("")):
    state = state_of(request)
    if confirm.strip().lower() != CONFIRM_WORD:
        raise InvalidInput(f"to delete everything, type the word {CONFIRM_WORD} in the box")
    removed = forget_everything(state)
    old = state.settings
    defaults = {s.name: s.default for s in SETTINGS if s.name != "home"}
    state.update_settings(Settings(home=old.home, values={**defaults, "database_url": old.database_url}))
    return page(request, "data_done.html", title="Everything is deleted", heading="Everything is deleted",
                lines=removed, empty="There was nothing stored to delete.",
                after="hearten is empty now, as if you had just started. You are welcome back any time.")


@router.get("/unlock")
async def unlock_form(request: Request, wrong: int = 0, locked: int = 0):
    if not state_of(request).locked:
        return RedirectResponse("/", status_code=303)
    return page(request, "unlock.html", title="Unlock", wrong=bool(wrong), just_locked=bool(locked))


@router.post("/unlock")
async def unlock(request: Request, passphrase: str = Form("")):
    state = state_of(request)
    if not state.locked:
        return RedirectResponse("/", status_code=303)
    from hearten.crypto import CryptoError
    from hearten.store import StoreError

    try:
        state.unlock(passphrase)
    except (CryptoError, StoreError):
        return RedirectResponse("/unlock?wrong=1", status_code=303)
    return RedirectResponse("/", status_code=303)
