"""Fails when project code reaches into Wagtail's or Django's private internals (README "Rules for code").

The rule, checked on every Python file of the project (tests and bench included, migrations and .venv not):

1. No `x._name` where `_name` is not defined by our own code. "Defined by our code" means a function, class
   or variable named `_name` somewhere in the project, or an attribute our classes set on themselves
   (`self._name = …`, `cls._name = …`). Setting `_name` on another object (a private Wagtail attribute set on a request)
   does not count: that is writing into someone else's internals. Dunder names (`__class__`) are fine.
2. Documented exceptions: the names in ALLOWED below (`_meta`, the managers, namedtuple's methods), each
   public API of Django or Python whatever its spelling, with its reason.
3. No private name reached through another object's `__dict__` (`request.__dict__["_x"]`,
   `vars(obj).setdefault("_x", …)`): the same access, spelled differently.
4. No method patched onto an object: `obj.name = lambda …`, `obj.name = partial(…)`, `obj.name =
   MethodType(…)`, or the same through `setattr(obj, name, …)`, on anything but `self`/`cls`. Override the
   method in a subclass instead. (Setting a model's field with setattr is data, not patching: allowed.)
5. Test and benchmark harness code (tests/, bench/) that has to drive Django's test machinery may mark a
   line `# private-api: <why>` (on the line or the one above); application code may not.

Prints each finding as path:line: message and exits 1 if there is any.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_PARTS = {".venv", "node_modules", "staticfiles", "media", "migrations", ".git", ".cache"}
# Private-looking names that are documented public API.
ALLOWED = {
    "_meta": "Django's Model _meta API (https://docs.djangoproject.com/en/5.2/ref/models/meta/)",
    "_default_manager": "Django documents Model._default_manager (topics/db/managers/#default-managers)",
    "_base_manager": "Django documents Model._base_manager (topics/db/managers/#base-managers)",
    "_replace": "namedtuple's documented method (_replace, _asdict, _fields, _make)",
    "_asdict": "namedtuple's documented method",
    "_fields": "namedtuple's documented attribute",
    "_make": "namedtuple's documented method",
}
HARNESS_DIRECTORIES = {"tests", "bench"}
PRAGMA = "# private-api:"
PATCHING_CALLS = {"partial", "MethodType"}


def project_files():
    for path in sorted(ROOT.rglob("*.py")):
        if not SKIPPED_PARTS.intersection(path.relative_to(ROOT).parts):
            yield path


def is_private(name):
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def is_self(node):
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def own_names(trees):
    """Private names our code defines: functions, classes, variables, and attributes set on self/cls."""
    names = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and is_self(node.value):
                names.add(node.attr)
            elif isinstance(node, ast.alias):
                names.add(node.asname or node.name.rsplit(".", 1)[-1])
            elif isinstance(node, ast.arg):
                names.add(node.arg)
    return {name for name in names if is_private(name)}


def patches_a_method(value):
    if isinstance(value, ast.Lambda):
        return True
    if isinstance(value, ast.Call):
        func = value.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        return name in PATCHING_CALLS
    return False


def is_dict_of_an_object(node):
    """`x.__dict__` or `vars(x)` for anything but self/cls."""
    if isinstance(node, ast.Attribute) and node.attr == "__dict__":
        return not is_self(node.value)
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "vars"
        and len(node.args) == 1
        and not is_self(node.args[0])
    )


def private_key_through_dict(node):
    """The private name of `x.__dict__["_n"]`, `x.__dict__.get/setdefault/pop("_n", …)` (or vars(x)), else None."""
    if isinstance(node, ast.Subscript) and is_dict_of_an_object(node.value):
        key = node.slice
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("get", "setdefault", "pop", "update")
        and is_dict_of_an_object(node.func.value)
        and node.args
    ):
        key = node.args[0]
    else:
        return None
    if isinstance(key, ast.Constant) and isinstance(key.value, str) and is_private(key.value):
        return key.value
    return None


def findings(path, tree, own):
    for node in ast.walk(tree):
        if (name := private_key_through_dict(node)) is not None:
            yield node.lineno, f"private name {name!r} reached through another object's __dict__"
        if isinstance(node, ast.Attribute) and is_private(node.attr) and node.attr not in ALLOWED:
            defined_here = node.attr in own and not (isinstance(node.ctx, ast.Store) and not is_self(node.value))
            if not defined_here:
                yield node.lineno, f"private attribute {node.attr!r} of an object our code does not define"
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and not is_self(target.value) and patches_a_method(node.value):
                    yield node.lineno, f"method patched onto an object: {ast.unparse(target)}"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr":
            if len(node.args) == 3 and not is_self(node.args[0]) and patches_a_method(node.args[2]):
                yield node.lineno, f"method patched onto an object: {ast.unparse(node)}"


def excused(path, line, lines):
    """A harness line marked with the pragma (tests/ and bench/ only)."""
    nearby = lines[max(line - 2, 0) : line]
    return path.relative_to(ROOT).parts[0] in HARNESS_DIRECTORIES and any(PRAGMA in text for text in nearby)


def main():
    sources = {path: path.read_text() for path in project_files()}
    trees = {path: ast.parse(source, filename=str(path)) for path, source in sources.items()}
    own = own_names(trees.values())
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {message}"
        for path, tree in trees.items()
        for line, message in sorted(set(findings(path, tree, own)))
        if not excused(path, line, sources[path].splitlines())
    ]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} private access(es) into Wagtail/Django objects; see .ci/check_private_access.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
