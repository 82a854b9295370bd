"""What a built page spends in Wagtail's own serve path, measured through the public API only.

Usage: .venv/bin/python bench/serve_cost.py [--runs 300]   (after `make bench`: it reads cv_bench)

For each benchmarked page, in one process on production settings (page cache off, a visitor's session
cookie, as the benchmark's "uncached" requests arrive): the mean time of a whole request through Django's
test client, then the mean time of each lookup Wagtail's serve view (`Page.route_for_request`) makes on
every request before our code runs, each called as Wagtail calls it, on a fresh request:

- the site for the host (`Site.find_for_request`; Wagtail keeps it on the request only, and its
  `{% wagtailpagecache %}` tag asks for it too),
- the active locale (`Locale.get_active`, from `Page.localized`),
- the site root's specific page (`.specific` of `site.root_page.localized`; for a page in the default
  language `.localized` is the root itself, with no query beyond the locale's).

Prints each as milliseconds and as a share of the whole request: the part of a build that the public API
leaves to Wagtail. Each is one SQL query; most of the time is the ORM building it, not PostgreSQL.
"""

import argparse
import os
import sys
import time
from importlib import import_module
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import common  # noqa: E402

if "DJANGO_SETTINGS_MODULE" not in os.environ:
    os.environ.update(common.django_env(PAGE_CACHE_SECONDS=0))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.utils import translation  # noqa: E402
from pages import benchmarked_pages  # noqa: E402
from wagtail.models import Locale, Site  # noqa: E402


def mean_ms(call, runs):
    call()  # warm: templates, content types, connections
    started = time.perf_counter()
    for _ in range(runs):
        call()
    return (time.perf_counter() - started) * 1000 / runs


def lookups(url):
    """The three lookups, each a function of a fresh request for url (nothing cached on the request)."""
    factory = RequestFactory()
    language = url.split("/", 2)[1]

    def site():
        return Site.find_for_request(factory.get(url))

    def locale():
        with translation.override(language):
            return Locale.get_active()

    with translation.override(language):
        localized_root = site().root_page.localized

    def root():
        # What `.specific` does the first time on the fresh page each request brings (cached on it after).
        return localized_root.get_specific()

    return {"site": site, "locale": locale, "root page": root}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=300)
    options = parser.parse_args()
    settings.PAGE_CACHE_SECONDS = 0
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session["bench_visitor"] = True
    session.save()
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key

    print(f"mean of {options.runs} runs each, ms (share of the whole request)")
    print(f"{'page':<12}{'request':>9}{'site':>15}{'locale':>15}{'root page':>15}{'together':>15}")
    for name, url in benchmarked_pages().items():
        whole = mean_ms(lambda url=url: client.get(url), options.runs)
        parts = {label: mean_ms(call, options.runs) for label, call in lookups(url).items()}
        cells = [f"{ms:6.2f} ({ms / whole:4.0%})" for ms in (*parts.values(), sum(parts.values()))]
        print(f"{name:<12}{whole:9.2f}" + "".join(f"{cell:>15}" for cell in cells))


if __name__ == "__main__":
    main()
