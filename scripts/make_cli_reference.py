"""Print docs/cli.md, the command reference, generated from the click commands themselves.

.venv/bin/python scripts/make_cli_reference.py > docs/cli.md   (or: make docs)
"""

from __future__ import annotations

import click

from hearten.cli import cli


def walk(command: click.Command, path: list[str], ctx: click.Context):
    yield path, command, ctx
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from walk(sub, [*path, name], click.Context(sub, info_name=name, parent=ctx))


def reference() -> str:
    lines = [
        "# hearten command reference",
        "",
        "Generated from the code by `make docs` (scripts/make_cli_reference.py); a test checks",
        "that it is current. Every command also answers `--help`.",
        "",
        "Errors are one line on standard error starting `hearten:`, with exit code 1 (2 for a",
        "mistyped command or option). `--json` shapes are described in docs/data-formats.md",
        "and are stable: fields are added, never renamed.",
        "",
    ]
    root = click.Context(cli, info_name="hearten")
    for path, command, ctx in walk(cli, ["hearten"], root):
        title = " ".join(path)
        lines.append(f"{'#' * min(2 + len(path) - 1, 4)} `{title}`")
        lines.append("")
        usage = command.get_usage(ctx).replace("Usage: ", "")
        lines.append("```")
        lines.append(usage)
        lines.append("```")
        lines.append("")
        help_text = (command.help or "").strip()
        if help_text:
            lines.append(help_text)
            lines.append("")
        options = [p for p in command.get_params(ctx) if isinstance(p, click.Option) and not p.hidden]
        if options:
            for option in options:
                record = option.get_help_record(ctx)
                if record:
                    lines.append(f"- `{record[0]}`: {record[1]}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(reference(), end="")
