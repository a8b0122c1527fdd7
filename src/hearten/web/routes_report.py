"""Report: a week or a month to print or bring to a therapist, as PDF or HTML, made on this computer."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from hearten import messages
from hearten.domain.records import InvalidInput
from hearten.services import report as service
from hearten.web.render import error_page, page, state_of

router = APIRouter(include_in_schema=False)
TYPES = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}


@router.get("/report")
async def report_page(request: Request):
    return page(request, "report.html", title="Report", parts=messages.REPORT_PARTS)


@router.get("/report/download")
async def report_download(request: Request, period: str = "week", format: str = "pdf", journal: str = ""):
    """The report file. A GET: making it changes nothing stored. The form sends `chosen=parts` and each
    part ticked (`part`); a link without `chosen` has every part."""
    state = state_of(request)
    ticked = request.query_params.getlist("part")
    leave_out = [p for p in service.PARTS if p not in ticked] if request.query_params.get("chosen") == "parts" else []
    try:
        body = service.render_report(
            state.store,
            fmt=format,
            period=period,
            include_journal=journal == "yes",
            leave_out=leave_out,
            moment=state.now(),
        )
    except InvalidInput as problem:
        return error_page(request, 400, "That report cannot be made", str(problem))
    name = f"hearten-{period}-{state.now().date().isoformat()}.{format}"
    return Response(
        body,
        media_type=TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )
