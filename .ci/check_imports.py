"""Fails on an import circle between the project's apps, or on an app importing the project package.

The rules (README "Where things are"):

1. The app-level import graph has no cycle: if `home` imports `news`, nothing `news` imports (directly or
   through other apps) imports `home`. Every import counts, the ones inside functions too: a function-local
   import only hides a circle from Python's loader, not from a reader.
2. Only the project package itself (`website`: settings, URLs, WSGI, Celery) and its entry points
   (manage.py, gunicorn.conf.py, tests/, bench/) import `website`. Apps reach Celery through
   `celery.current_app` and settings through `django.conf.settings`.

An app is a top-level directory of the project holding an `__init__.py`. Entry points are not walked as apps.
Prints the graph (each app and the apps it imports) and each finding, and exits 1 if there is any.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PACKAGE = "website"
# Entry points and harness: they may import anything, and nothing imports them.
NOT_APPS = {"tests", "bench", ".venv", "node_modules", "staticfiles", "media", "static", "templates", "locale"}


def project_apps(root=ROOT):
    return sorted(
        path.name
        for path in root.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in NOT_APPS
    )


def imported_modules(tree):
    """Absolute module names imported anywhere in the tree (functions and classes included)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def import_graph(root=ROOT):
    """{app: {imported app: [file:line of the first import, ...]}} for the project's apps."""
    apps = project_apps(root)
    graph = {app: {} for app in apps}
    for app in apps:
        for path in sorted((root / app).rglob("*.py")):
            tree = ast.parse(path.read_text(), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Import | ast.ImportFrom):
                    continue
                for module in imported_modules(ast.Module(body=[node], type_ignores=[])):
                    target = module.split(".", 1)[0]
                    if target in graph and target != app:
                        graph[app].setdefault(target, []).append(f"{path.relative_to(root)}:{node.lineno}")
    return graph


def cycles(graph):
    """Strongly connected components with more than one app (Tarjan's algorithm), each sorted."""
    index, lowlink, on_stack, stack, found = {}, {}, set(), [], []

    def visit(app):
        index[app] = lowlink[app] = len(index)
        stack.append(app)
        on_stack.add(app)
        for target in graph[app]:
            if target not in index:
                visit(target)
                lowlink[app] = min(lowlink[app], lowlink[target])
            elif target in on_stack:
                lowlink[app] = min(lowlink[app], index[target])
        if lowlink[app] == index[app]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == app:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for app in sorted(graph):
        if app not in index:
            visit(app)
    return found


def findings(graph):
    problems = []
    for component in cycles(graph):
        edges = [
            f"{app} -> {target} ({graph[app][target][0]})"
            for app in component
            for target in sorted(graph[app])
            if target in component
        ]
        problems.append("import circle between " + ", ".join(component) + ": " + "; ".join(edges))
    for app in sorted(graph):
        if app != PROJECT_PACKAGE and PROJECT_PACKAGE in graph[app]:
            where = ", ".join(graph[app][PROJECT_PACKAGE])
            problems.append(f"{app} imports the project package {PROJECT_PACKAGE} ({where})")
    return problems


def main():
    graph = import_graph()
    print("App import graph (app -> apps it imports):")
    for app in sorted(graph):
        print(f"  {app} -> {', '.join(sorted(graph[app])) or '(none)'}")
    problems = findings(graph)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
