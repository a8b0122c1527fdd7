"""Settings: your name, country, therapist and speech; your data (export, import, delete); unlocking."""

from __future__ import annotations

import json

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from hearten import services
from hearten.config import SETTINGS, Settings, save_setting
from hearten.domain.records import InvalidInput
from hearten.web.data import CONFIRM_WORD, forget_everything, import_upload
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)
MAX_UPLOAD = services.MAX_IMPORT_BYTES


@router.get("/settings")
async def settings_page(request: Request, saved: int = 0):
    state = state_of(request)
    state.store  # noqa: B018 - personal settings stay behind the lock too
    countries = sorted(((c.code, c.name) for c in state.resources.countries.values() if c.code != "ANY"), key=lambda c: c[1])
    return page(request, "settings.html", title="Settings", countries=countries, saved=bool(saved), confirm_word=CONFIRM_WORD)


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
async def import_data(request: Request, file: UploadFile = File(...), source: str = Form("hearten")):
    state = state_of(request)
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
async def unlock_form(request: Request, wrong: int = 0):
    if not state_of(request).locked:
        return RedirectResponse("/", status_code=303)
    return page(request, "unlock.html", title="Unlock", wrong=bool(wrong))


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
