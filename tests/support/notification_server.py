"""A small org.freedesktop.Notifications service for tests: records every notification it is sent.

    python -m tests.support.notification_server RECORD_FILE

Connects to the session bus in DBUS_SESSION_BUS_ADDRESS, takes the well-known name, prints
"ready" and appends one JSON line per Notify call to RECORD_FILE until it is stopped. With
NOTIFY_TEST_CLICK=1 in its environment it then acts as a person clicking each notification.
"""

# no `from __future__ import annotations`: dbus-fast reads the D-Bus signatures from the annotations

import asyncio
import json
import os
import sys

from dbus_fast import Variant
from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, method, signal

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Notifications(ServiceInterface):
    def __init__(self, record_file: str):
        super().__init__(NAME)
        self.record_file = record_file
        self.next_id = 0

    @method()
    def Notify(
        self,
        app_name: "s",
        replaces_id: "u",
        app_icon: "s",
        summary: "s",
        body: "s",  # noqa: F821
        actions: "as",
        hints: "a{sv}",
        expire_timeout: "i",
    ) -> "u":  # noqa: F821,F722
        self.next_id += 1
        record = {
            "app_name": app_name,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {k: (v.value if isinstance(v, Variant) else v) for k, v in hints.items()},
            "expire_timeout": expire_timeout,
            "id": self.next_id,
        }
        with open(self.record_file, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, default=str) + "\n")
        if os.environ.get("NOTIFY_TEST_CLICK") == "1" and "default" in record["actions"]:
            asyncio.get_running_loop().call_later(0.3, self.ActionInvoked, self.next_id, "default")
        return self.next_id

    @method()
    def GetCapabilities(self) -> "as":  # noqa: F722
        return ["body", "actions"]

    @method()
    def GetServerInformation(self) -> "ssss":  # noqa: F821
        return ["hearten-test", "hearten", "1", "1.2"]

    @method()
    def CloseNotification(self, notification_id: "u"):  # noqa: F821
        self.NotificationClosed(notification_id, 3)

    @signal()
    def NotificationClosed(self, notification_id, reason) -> "uu":  # noqa: F821
        return [notification_id, reason]

    @signal()
    def ActionInvoked(self, notification_id, action_key) -> "us":  # noqa: F821
        return [notification_id, action_key]


async def main(record_file: str) -> None:
    bus = await MessageBus().connect()
    bus.export(PATH, Notifications(record_file))
    await bus.request_name(NAME)
    print("ready", flush=True)
    await bus.wait_for_disconnect()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
