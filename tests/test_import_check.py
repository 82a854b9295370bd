""".ci/check_imports.py: what it flags, and that the project passes it."""

import importlib.util
from pathlib import Path

CHECK = Path(__file__).resolve().parent.parent / ".ci" / "check_imports.py"
spec = importlib.util.spec_from_file_location("check_imports", CHECK)
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)


def make_apps(root, sources):
    """{"app/module.py": source}: writes each app with an __init__.py."""
    for name, source in sources.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent / "__init__.py").touch()
        path.write_text(source)
    return check.import_graph(root)


def test_a_circle_is_flagged_even_through_an_import_inside_a_function(tmp_path):
    graph = make_apps(
        tmp_path,
        {
            "pages/models.py": "from articles.models import Article\n",
            "articles/models.py": "def partners():\n    from pages.models import Partner\n",
        },
    )
    assert graph["pages"].keys() == {"articles"} and graph["articles"].keys() == {"pages"}
    problems = check.findings(graph)
    assert len(problems) == 1 and "import circle between articles, pages" in problems[0]


def test_an_app_importing_the_project_package_is_flagged_but_the_package_may_import_apps(tmp_path):
    graph = make_apps(
        tmp_path,
        {
            "website/urls.py": "from pages import views\n",
            "pages/views.py": "from website.celery import app\n",
        },
    )
    assert check.findings(graph) == [
        "import circle between pages, website: pages -> website (pages/views.py:1); "
        "website -> pages (website/urls.py:1)",
        "pages imports the project package website (pages/views.py:1)",
    ]


def test_layers_without_a_circle_pass_and_tests_are_not_an_app(tmp_path):
    graph = make_apps(
        tmp_path,
        {
            "core/blocks.py": "import django\n",
            "pages/models.py": "from core.blocks import Body\nfrom . import signals\n",
            "tests/test_pages.py": "from website.settings import base\nfrom pages.models import Page\n",
        },
    )
    assert "tests" not in graph
    assert check.findings(graph) == []


def test_the_project_has_no_circle_and_no_app_imports_website():
    graph = check.import_graph()
    assert check.findings(graph) == []
    assert graph["core"] == {}
