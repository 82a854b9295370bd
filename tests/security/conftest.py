"""A page of every public type, in Polish and in English, for the security tests."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from home.models import default_home
from tests.home.factories import PartnerPageFactory, StandardPageFactory
from tests.news.factories import NewsPageFactory
from tests.registry.factories import JoinPageFactory, RecognitionIndexPageFactory

PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "NewsIndexPage",
    "NewsPage",
    "PartnerIndexPage",
    "PartnerPage",
    "JoinPage",
    "RecognitionIndexPage",
]


def publish_translation(page, locale):
    """An English copy of a Polish page, published (copy_for_translation leaves it a draft)."""
    translated = page.copy_for_translation(locale, copy_parents=True)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def build_site_pages():
    english = Locale.objects.get(language_code="en")
    home = default_home()
    news = NewsPageFactory()
    partner = PartnerPageFactory()
    polish = {
        "HomePage": home,
        "StandardPage": StandardPageFactory(),
        "NewsIndexPage": news.get_parent().specific,
        "NewsPage": news,
        "PartnerIndexPage": partner.get_parent().specific,
        "PartnerPage": partner,
        "JoinPage": JoinPageFactory(),
        "RecognitionIndexPage": RecognitionIndexPageFactory(),
    }
    english_pages = {}
    # Parents first, so each translation lands under its translated parent.
    for name in PAGE_TYPES:
        english_pages[name] = publish_translation(polish[name], english)
    return {"pl": polish, "en": english_pages}


@pytest.fixture
def site_pages(db):
    return build_site_pages()


def search_url(language, query=""):
    with translation.override(language):
        url = reverse("search")
    return f"{url}?q={query}" if query else url


@pytest.fixture
def open_join_form(settings):
    """No minimum fill-in time and no rate limit, so a test may submit at once and many times."""
    settings.REGISTRY_JOIN_MIN_SECONDS = 0
    settings.REGISTRY_JOIN_RATE = "100000/60"
