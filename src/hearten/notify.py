"""Showing invitations through the operating system's own notifications (desktop-notifier).

Imported by `hearten remind fire` alone, when something is due, so no other command pays for
the library or a D-Bus connection.
"""

from __future__ import annotations

import asyncio
import logging

SEND_TIMEOUT = 10.0  # seconds for the whole lot; a notification service that hangs is treated as absent


def show(invitations, *, app_name: str = "hearten", timeout: float = SEND_TIMEOUT) -> bool:
    """Show each invitation as a desktop notification. True when every one reached the
    notification service; False when none could (no service, no session bus, no permission)."""
    if not invitations:
        return True
    try:
        return asyncio.run(asyncio.wait_for(_send_all(invitations, app_name), timeout))
    except (asyncio.TimeoutError, OSError, ImportError):
        return False


async def _send_all(invitations, app_name: str) -> bool:
    # the library logs a failed send as a warning with a traceback; hearten says it in its own words
    library_log = logging.getLogger("desktop_notifier")
    library_log.addHandler(logging.NullHandler())
    library_log.propagate = False
    from desktop_notifier import DesktopNotifier, Urgency

    notifier = DesktopNotifier(app_name=app_name)
    delivered = []
    for item in invitations:
        await notifier.send(title=item.title, message=item.body, urgency=Urgency.Low,
                            on_dispatched=lambda: delivered.append(True))
    return len(delivered) == len(invitations)
