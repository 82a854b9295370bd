"""Real-browser fixtures: Debian's Chromium driven by Playwright against pytest-django's live server.

No browser is downloaded: `.ci/run` installs Debian's `chromium` and `npm ci` brings axe-core.
Without them the browser tests are skipped with the reason (and fail under CI, where they must run).
"""

import os
import re
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse ORM calls here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.core.management import call_command, get_commands  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output"
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 740}


def _missing(what):
    """Skip on a developer's machine; under CI the browser tests must run, so fail loudly."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} (CI installs it in .ci/run)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        _missing(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="package")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo content once (it takes ~25 s) and let every browser test start from it.

    Browser tests are transactional (the live server runs in another thread), so each one ends with
    the database flushed. Django's serialized rollback reloads `_test_serialized_contents` before each
    test: here that becomes the demo content. Package scope: as soon as the last browser test is done,
    the database is put back as migrations left it, for the tests that run after these.
    """
    from django.db import DEFAULT_DB_ALIAS, connection, connections
    from django.test import override_settings

    if "load_demo" not in get_commands():
        pytest.skip("manage.py load_demo is not available")
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock():
        original = connection.creation.serialize_db_to_string()
        with override_settings(MEDIA_ROOT=media):
            call_command("load_demo", verbosity=0)
        snapshot = connection.creation.serialize_db_to_string()
    # On the connection class, not the instance: Playwright's greenlets give the test a context of its
    # own, and with it a new connection object, so an instance attribute would not be seen there.
    instance = connections[DEFAULT_DB_ALIAS]
    wrapper = type(instance)
    kept = wrapper.__dict__.get("_test_serialized_contents")  # private-api: the snapshot Django keeps (below)
    # private-api: Django keeps its test database snapshot there; restoring it needs it
    wrapper._test_serialized_contents = snapshot
    shadowing = instance.__dict__.pop("_test_serialized_contents", None)  # private-api: as above
    yield media
    if kept is None:
        # private-api: Django keeps its test database snapshot there; restoring it needs it
        del wrapper._test_serialized_contents
    else:
        # private-api: Django keeps its test database snapshot there; restoring it needs it
        wrapper._test_serialized_contents = kept
    if shadowing is not None:
        # private-api: Django keeps its test database snapshot there; restoring it needs it
        instance._test_serialized_contents = shadowing
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(original)


@pytest.fixture
def site_settings(settings):
    """Media served by the live server; the join form's anti-bot timer and rate limit out of the way."""
    settings.ROOT_URLCONF = "tests.browser.urls"
    settings.REGISTRY_JOIN_MIN_SECONDS = 0
    settings.REGISTRY_JOIN_RATE = "1000/60"
    settings.AXES_ENABLED = False
    return settings


@pytest.fixture
def demo(demo_snapshot, site_settings):
    """The demo content every visitor sees (restored before the test by serialized rollback)."""
    site_settings.MEDIA_ROOT = demo_snapshot


@pytest.fixture
def new_page(browser, live_server, site_settings, request):
    """Open a page in a fresh browser context; pages are kept so a failure can screenshot them."""
    contexts = []
    request.node.browser_pages = []

    def open_page(viewport=DESKTOP, **context_args):
        context = browser.new_context(viewport=viewport, base_url=live_server.url, **context_args)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        request.node.browser_pages.append(page)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def mobile_page(new_page):
    return new_page(viewport=MOBILE, is_mobile=True, has_touch=True)


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_SCRIPT.exists():
        _missing(f"axe-core not found at {AXE_SCRIPT}: run `npm ci`")
    return AXE_SCRIPT.read_text(encoding="utf-8")


@pytest.fixture
def screenshot_dir():
    path = OUTPUT / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test leaves a screenshot of every page it had open under test-output/failures/."""
    report = yield
    if report.when == "call" and report.failed:
        folder = OUTPUT / "failures"
        folder.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", item.nodeid)
        for number, page in enumerate(getattr(item, "browser_pages", [])):
            target = folder / f"{name}-{number}.png"
            try:
                page.screenshot(path=target, full_page=True)
            except Exception as error:  # the page may be gone; the report matters more  # noqa: BLE001
                report.sections.append(("screenshot", f"could not save {target}: {error}"))
            else:
                report.sections.append(("screenshot", str(target)))
    return report
