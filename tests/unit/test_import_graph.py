"""The house as the code draws it: which layer may import which, and no circles (docs/architecture.md).

Every `import` counts, also the ones inside functions that keep start-up lean: a lazy import that
runs up the house is still an arrow up the house.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src"

# Lower numbers sit lower in the house. A module may import its own layer and the layers below.
LAYERS = {
    "errors": 0,
    "domain": 1,
    "files": 2,
    "crypto": 2,
    "config": 2,
    "messages": 2,
    "sound": 2,
    "notify": 2,
    "charts_png": 2,
    "exporters": 2,
    "reports": 2,
    "content": 2,
    "crisis_encoder": 2,
    "store": 3,
    "services": 4,
    "cli": 5,
    "web": 5,
    "server": 5,
    "__init__": 6,
    "__main__": 6,
}
# The support floor (2) may use itself freely, short of circles. On the top floor, these are the
# arrows that are part of the design: `hearten serve` starts the web app,
# and server mode reuses the local web app's security pieces.
ALLOWED_SIDEWAYS = {("cli", "web"), ("cli", "server"), ("server", "web")}


def _modules() -> dict[str, Path]:
    found = {}
    for path in (SOURCE / "hearten").rglob("*.py"):
        parts = list(path.relative_to(SOURCE).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _owner(name: str) -> str | None:
    """The module a dotted name lives in (hearten.services.NotFound -> hearten.services)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str) -> set[str]:
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            if base.split(".")[0] != "hearten":
                continue
            for alias in node.names:
                if alias.name == "__version__":  # a constant in the package's front door, not a layer
                    continue
                targets.add(_owner(f"{base}.{alias.name}") or base)
        elif isinstance(node, ast.Import):
            targets.update(_owner(alias.name) for alias in node.names if alias.name.split(".")[0] == "hearten")
    targets.discard(module)
    targets.discard(None)
    return targets


GRAPH = {module: _imports(module) for module in MODULES}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_part_of_the_house_has_a_layer():
    assert {_layer(module) for module in MODULES} <= set(LAYERS), "give the new top-level module a layer in LAYERS"


def test_no_arrow_runs_up_the_house():
    upward = []
    for module, targets in GRAPH.items():
        for target in targets:
            low, high = _layer(module), _layer(target)
            sideways = LAYERS[high] == LAYERS[low] == LAYERS["cli"] and low != high
            if LAYERS[high] > LAYERS[low] or (sideways and (low, high) not in ALLOWED_SIDEWAYS):
                upward.append(f"{module} -> {target}")
    assert upward == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_the_import_graph_has_no_circles():
    assert _cycles(GRAPH) == []


@pytest.mark.parametrize(
    "graph, expected",
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": set()}, []),
    ],
)
def test_the_circle_finder_finds_circles(graph, expected):
    assert _cycles(graph) == expected
