"""An old address that this site serves itself never becomes a redirect (it would take the address over)."""

import pytest
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from home.models import StandardPage
from wordpress_import.addresses import is_served

from .conftest import POLISH_EXPORT, export_variant, run_import

pytestmark = pytest.mark.django_db

PERMALINK = "http://stary.example.org/2017/07/bezpieczne-wakacje/"


@pytest.fixture(autouse=True)
def english():
    """The report's wording is checked in English (the site's default language is Polish)."""
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    "old_address",
    [
        "/admin/", "/admin", "/django-admin/", "/documents/", "/static/css/site.css", "/media/x.jpg", "/healthz",
        "/pl/", "/pl", "/en", "/pl/search", "/pl/aktualnosci", "/en/news/", "/sitemap.xml", "/robots.txt",
    ],
)  # fmt: skip
def test_the_sites_own_addresses_are_never_redirected(site, tmp_path, client, old_address):
    export = export_variant(tmp_path, **{PERMALINK: f"http://stary.example.org{old_address}"})
    result = run_import(export, no_fetch=True)
    path = Redirect.normalise_path(old_address)
    assert not Redirect.objects.filter(old_path=path).exists()
    assert f"No redirect from {path} " in result.err
    assert Redirect.objects.filter(old_path="/?p=11").exists()  # the post's other old address still redirects


def test_a_draft_page_address_is_not_taken_either(site, tmp_path):
    draft = site.home.add_child(instance=StandardPage(title="Dołącz", slug="dolacz", live=False))
    assert not draft.live
    export = export_variant(tmp_path, **{PERMALINK: "http://stary.example.org/pl/dolacz/"})
    run_import(export, no_fetch=True)
    assert not Redirect.objects.filter(old_path="/pl/dolacz").exists()


def test_the_dry_run_reports_the_same(site, tmp_path):
    export = export_variant(tmp_path, **{PERMALINK: "http://stary.example.org/admin/"})
    planned = run_import(export, no_fetch=True, dry_run=True)
    done = run_import(export, no_fetch=True)
    assert "No redirect from /admin " in planned.err and "No redirect from /admin " in done.err


def test_other_old_addresses_are_redirected(site):
    run_import(POLISH_EXPORT, no_fetch=True)
    assert Redirect.objects.filter(old_path="/2017/07/bezpieczne-wakacje").exists()
    home = site.home.get_site()
    assert not is_served("/2017/07/bezpieczne-wakacje", home)
    assert not is_served("/?p=11", home)
    assert not is_served("/pl/nie-ma-takiej-strony", home)
