"""Errors live at the bottom of the house, and no arrow runs up it.

Every exception class is defined in hearten/errors.py, which imports nothing from hearten,
so any layer can raise or catch any error without importing the layer that raised it.
Nothing recognises an exception by its name as a string. store/ and domain/ never import
services/, cli/ or web/. These are read from the source (AST), so a check inside a function
counts as much as one at the top of a module.
"""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

import hearten
from hearten import errors

SOURCE = Path(hearten.__file__).parent
BUILTIN_EXCEPTIONS = {
    name for name, value in vars(builtins).items() if isinstance(value, type) and issubclass(value, BaseException)
}
HEARTEN_EXCEPTIONS = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == errors.__name__
}


def _modules():
    for path in sorted(SOURCE.rglob("*.py")):
        yield path.relative_to(SOURCE).as_posix(), ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module an import statement names (at the top or inside a function), as dotted names."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _base_name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def exception_classes(tree: ast.AST) -> list[tuple[int, str]]:
    """Classes that derive from an exception: a built-in one, one of hearten's, or any *Error/*Exception."""
    found, known = [], set(BUILTIN_EXCEPTIONS) | HEARTEN_EXCEPTIONS
    # classes are visited in source order, so one deriving from an earlier one in the same module is caught too
    for node in sorted((n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)), key=lambda n: n.lineno):
        names = [_base_name(base) for base in node.bases]
        if any(name in known or name.endswith(("Error", "Exception")) for name in names):
            found.append((node.lineno, node.name))
            known.add(node.name)
    return found


def name_matches(tree: ast.AST) -> list[tuple[int, str]]:
    """Comparisons of some `.__name__` with a string: recognising an exception (or any class) by its name."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        named = any(isinstance(side, ast.Attribute) and side.attr == "__name__" for side in sides)
        texts = any(
            isinstance(side, ast.Constant)
            and isinstance(side.value, str)
            or isinstance(side, (ast.Tuple, ast.List, ast.Set))
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in side.elts)
            for side in sides
        )
        if named and texts:
            found.append((node.lineno, ast.unparse(node)))
    return found


def test_errors_imports_nothing_from_hearten():
    tree = ast.parse((SOURCE / "errors.py").read_text(encoding="utf-8"))
    offenders = [f"{line} {name}" for line, name in _imported(tree) if name == "hearten" or name.startswith("hearten.")]
    assert not offenders, offenders


def test_every_exception_class_is_defined_in_errors():
    offenders = [
        f"{name}:{line} class {cls}"
        for name, tree in _modules()
        if name != "errors.py"
        for line, cls in exception_classes(tree)
    ]
    assert not offenders, "define it in hearten/errors.py (and import it from there):\n" + "\n".join(offenders)


def test_errors_defines_them_all_and_the_old_names_are_the_same_classes():
    from hearten import crypto
    from hearten.config import SettingsError
    from hearten.content.loaders import ContentError
    from hearten.domain.records import InvalidInput
    from hearten.store import DatabaseBusy, NotFound, StoreError

    assert (InvalidInput, NotFound, DatabaseBusy, StoreError, SettingsError, ContentError) == (
        errors.InvalidInput,
        errors.NotFound,
        errors.DatabaseBusy,
        errors.StoreError,
        errors.SettingsError,
        errors.ContentError,
    )
    assert crypto.WrongPassphrase is errors.WrongPassphrase
    assert issubclass(errors.Locked, errors.PrivacyError) and issubclass(errors.PrivacyError, errors.StoreError)


def test_nothing_recognises_an_exception_by_its_name():
    offenders = [f"{name}:{line} {text}" for name, tree in _modules() for line, text in name_matches(tree)]
    assert not offenders, "use isinstance against the class (hearten.errors):\n" + "\n".join(offenders)


def test_store_and_domain_never_import_the_layers_above():
    above = ("hearten.services", "hearten.cli", "hearten.web")
    offenders = [
        f"{name}:{line} {module}"
        for name, tree in _modules()
        if name.startswith(("store/", "domain/"))
        for line, module in _imported(tree)
        if module.startswith(above)
    ]
    assert not offenders, "store/ and domain/ sit below services, cli and web:\n" + "\n".join(offenders)


def test_the_checks_catch_what_they_look_for():
    caught = ast.parse(
        "class A(ValueError): pass\nclass B(A): pass\nclass C(click.ClickException): pass\n"
        "class D(errors.InvalidInput): pass\nclass E: pass\n"
        "ok = type(e).__name__ == 'Locked'\nok = type(e).__name__ in ('OperationalError', 'DatabaseError')\n"
        "def f():\n    from hearten.services import keys\n    import hearten.web.app\n"
    )
    assert [cls for _, cls in exception_classes(caught)] == ["A", "B", "C", "D"]
    assert len(name_matches(caught)) == 2
    modules = [module for _, module in _imported(caught)]
    assert "hearten.services.keys" in modules and "hearten.web.app" in modules
    allowed = ast.parse("if __name__ == '__main__':\n    main()\nlabel = type(value).__name__\n")
    assert name_matches(allowed) == []


def test_the_sqlite_driver_errors_are_the_real_classes():
    import sqlite3

    assert sqlite3.DatabaseError in errors.sqlite_errors()
    assert sqlite3.OperationalError in errors.sqlite_operational_errors()
    assert issubclass(sqlite3.OperationalError, errors.sqlite_errors())
