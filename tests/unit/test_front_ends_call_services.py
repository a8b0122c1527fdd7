"""The CLI and the web only render: every use of the store goes through a service.

A front end may hold a store and pass it to a service (`services.add_entry(app.store, ...)`),
but never call one of its methods itself, and never import from hearten.store, except in
the two places that open it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import hearten

SOURCE = Path(hearten.__file__).parent
FRONT_ENDS = ("cli", "web")
OPENERS = {"cli/context.py", "web/state.py"}  # where the store is opened and closed
STORE_NAMES = {"store", "_store"}


def _front_end_modules():
    for folder in FRONT_ENDS:
        for path in sorted((SOURCE / folder).rglob("*.py")):
            yield path.relative_to(SOURCE).as_posix(), ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _is_store(node: ast.AST) -> bool:
    """`store`, `x.store`, `x._store` or `_store(request)`: an expression that is the store itself."""
    if isinstance(node, ast.Name):
        return node.id in STORE_NAMES
    if isinstance(node, ast.Attribute):
        return node.attr in STORE_NAMES
    if isinstance(node, ast.Call):
        func = node.func
        return (isinstance(func, ast.Name) and func.id in STORE_NAMES) or (
            isinstance(func, ast.Attribute) and func.attr in STORE_NAMES
        )
    return False


def store_calls(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _is_store(node.func.value):
            found.append((node.lineno, ast.unparse(node.func)))
    return found


def store_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and (node.module == "hearten.store" or node.module.startswith("hearten.store."))
        ):
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("hearten.store")]
        elif (
            isinstance(node, ast.ImportFrom) and node.module == "hearten" and any(a.name == "store" for a in node.names)
        ):
            found.append((node.lineno, "hearten.store"))
    return found


def test_no_front_end_calls_a_store_method():
    offenders = [
        f"{name}:{line} {call}(...)"
        for name, tree in _front_end_modules()
        if name not in OPENERS
        for line, call in store_calls(tree)
    ]
    assert not offenders, "call a service instead of the store:\n" + "\n".join(offenders)


def test_only_the_openers_import_the_store():
    offenders = [
        f"{name}:{line} {module}"
        for name, tree in _front_end_modules()
        if name not in OPENERS
        for line, module in store_imports(tree)
    ]
    assert not offenders, "import NotFound and StoreError from hearten.services:\n" + "\n".join(offenders)


def test_the_check_catches_each_way_of_reaching_the_store():
    caught = ast.parse(
        "app.store.get_entry(1)\nstore.wipe()\nstate._store.list_entries()\n_store(request).list_sessions(limit=5)\n"
        "from hearten.store import NotFound\nimport hearten.store.sqlite\nfrom hearten import store\n"
    )
    assert len(store_calls(caught)) == 4 and len(store_imports(caught)) == 3
    allowed = ast.parse("services.add_entry(app.store, text='x')\nservices.list_entries(_store(request))\n")
    assert store_calls(allowed) == [] and store_imports(allowed) == []
