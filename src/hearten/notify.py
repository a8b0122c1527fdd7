"""Showing invitations through the operating system's own notifications (desktop-notifier).

Imported by `hearten remind fire` alone, when something is due, so no other command pays for
the library or a D-Bus connection.
"""

from __future__ import annotations

import asyncio
import logging

SEND_TIMEOUT = 10.0  # seconds for sending them all; a notification service that hangs is treated as absent


def show(invitations, *, wait: float = 0.0, on_click=None, app_name: str = "hearten") -> bool:
    """Show each invitation as a desktop notification. True when every one reached the notification
    service; False when they could not (no service, no session bus). With `wait`, stay up to that
    many seconds for a click, which calls `on_click(invitation)`, or for each to be dismissed."""
    if not invitations:
        return True
    try:
        return asyncio.run(_show(invitations, wait, on_click, app_name))
    except (OSError, ImportError):
        return False


async def _show(invitations, wait, on_click, app_name) -> bool:
    # the library logs a failed send as a warning with a traceback; hearten says it in its own words
    library_log = logging.getLogger("desktop_notifier")
    library_log.addHandler(logging.NullHandler())
    library_log.propagate = False
    from desktop_notifier import DesktopNotifier, Urgency

    notifier = DesktopNotifier(app_name=app_name)
    delivered, settled = [], []
    all_settled = asyncio.Event()

    def settle(item, clicked):
        if clicked and on_click is not None:
            on_click(item)
        settled.append(item)
        if len(settled) >= len(delivered):
            all_settled.set()

    async def send_all():
        for item in invitations:
            await notifier.send(
                title=item.title,
                message=item.body,
                urgency=Urgency.Low,
                on_dispatched=lambda item=item: delivered.append(item),
                on_clicked=lambda item=item: settle(item, True),
                on_dismissed=lambda item=item: settle(item, False),
            )

    try:
        await asyncio.wait_for(send_all(), SEND_TIMEOUT)
    except TimeoutError:
        return False
    if len(delivered) != len(invitations):
        return False
    if wait > 0 and len(settled) < len(delivered):
        try:
            await asyncio.wait_for(all_settled.wait(), wait)
        except TimeoutError:
            pass  # not clicked: the invitation was declined, which is fine
    return True
