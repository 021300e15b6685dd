"""Check the layout of ``src/crosscheck``: the rules of the house (issue 19) as one runnable check.

Run: python tools/house.py [SRC]   (exit 0 when the house is in order, 1 with one line per breach)

1. No import circle between modules (imports inside functions and under TYPE_CHECKING count:
   a circle hidden in a function is still a circle).
2. No module reaches into another stage's private names: neither ``from ..compare.x import _y``
   nor an import of a private module (``report._shared``) from outside its package.
3. Imports follow the data flow: a stage imports only the stages before it (see ``LAYERS``);
   the shared base (models, rules, text safety, numbers) imports no stage.
4. No module over ``MAX_LINES`` lines.

Breaches accepted while a fix is under way are listed in ``KNOWN`` with the reason (it is empty
when the house is in order). A known breach that has gone is printed as a note, not a failure,
so the branch that fixes it is not blocked by this list: remove it from ``KNOWN`` then.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

MAX_LINES = 600

# Lower layers first; a module may import its own layer's modules and any lower layer. The
# base is what every stage may use; verify judges claims against compare's events and renders
# its verdicts with report's public formatting; cli and the orchestration (pipeline, scale) run
# everything.
LAYERS: list[set[str]] = [
    {"models", "records", "textsafe", "exitcodes", "rules", "fingerprint", "calendar_words", "numbers", "dates"},
    {"ingest"},
    {"clean"},
    {"extract"},
    {"normalise"},
    {"compare"},
    {"report"},
    {"verify"},
    {"scale", "pipeline"},
    {"cli", "", "__main__"},
]

# Breaches being fixed right now by the helper who owns the module: (check, module, reason).
# Remove an entry when its fix lands; a stale entry fails the check.
KNOWN: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Breach:
    check: str  # circle, private, upstream, size
    module: str
    detail: str

    def render(self) -> str:
        return f"{self.check}: {self.module}: {self.detail}"


def modules(src: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package under ``src``."""
    found = {}
    for path in sorted(src.rglob("*.py")):
        parts = list(path.relative_to(src.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def stage(module: str) -> str:
    """The stage (or base module) a module belongs to: the first name below the package."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer(module: str) -> int:
    name = stage(module)
    return next((index for index, names in enumerate(LAYERS) if name in names), len(LAYERS))


def imports(module: str, path: Path, known: dict[str, Path]) -> list[tuple[str, list[str]]]:
    """(imported module, imported names) of every import in the module, absolute or relative."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                if node.level > 1:
                    base = base[: -(node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("crosscheck"):
                continue
            names = [alias.name for alias in node.names]
            submodules = [f"{target}.{name}" for name in names if f"{target}.{name}" in known]
            found.append((target, [name for name in names if f"{target}.{name}" not in known]))
            found += [(submodule, []) for submodule in submodules]
        elif isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names if alias.name.startswith("crosscheck")]
    return found


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
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
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _private_module(target: str, module: str) -> bool:
    """Whether ``target`` is a private module (a ``_name`` part) of a package ``module`` is not in."""
    parts = target.split(".")
    for depth, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            owner = ".".join(parts[:depth])
            return not module.startswith(owner + ".") and module != owner
    return False


def breaches(src: Path) -> list[Breach]:
    """Every breach of the house rules under ``src`` (the ``crosscheck`` package folder)."""
    known = modules(src)
    graph: dict[str, set[str]] = defaultdict(set)
    found: list[Breach] = []
    for module, path in known.items():
        graph[module]
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            found.append(Breach("size", module, f"{lines} lines (at most {MAX_LINES})"))
        for target, names in imports(module, path, known):
            resolved = target if target in known else target.rpartition(".")[0]
            if resolved in known and resolved != module:
                graph[module].add(resolved)
            other_stage = stage(target) != stage(module)
            if other_stage and _private_module(target, module):
                found.append(Breach("private", module, f"imports the private module {target}"))
            for name in names:
                if other_stage and name.startswith("_") and not name.startswith("__"):
                    found.append(Breach("private", module, f"imports {name} from {target}"))
            if layer(target) > layer(module):
                found.append(Breach("upstream", module, f"imports {target}, a later stage"))
    for component in circles(graph):
        found.append(Breach("circle", component[0], " <-> ".join(component)))
    return sorted(set(found), key=lambda b: (b.check, b.module, b.detail))


def check(src: Path) -> list[str]:
    """The breaches that are not known to be in hand, one line each."""
    return [b.render() for b in breaches(src) if (b.check, b.module) not in KNOWN]


def gone(src: Path) -> list[str]:
    """Known breaches that are no longer there: entries to remove from ``KNOWN``."""
    present = {(b.check, b.module) for b in breaches(src)}
    return [f"{check}: {module}" for check, module in KNOWN if (check, module) not in present]


def main(argv: list[str]) -> int:
    src = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "src" / "crosscheck"
    lines = check(src)
    for line in lines:
        print(line)
    for line in gone(src):
        print(f"note: fixed, remove from KNOWN in tools/house.py: {line}", file=sys.stderr)
    for (check_name, module), reason in KNOWN.items():
        print(f"known: {check_name}: {module}: {reason}", file=sys.stderr)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
