"""Shared set-up for the join-form tests: a published JoinPage in Polish (and English), areas in both.

Fixtures are named with `name=` so test modules can import them (``from .join_fixtures import
join_page_fixture``) without the import clashing with the test's argument of the same name.
"""

from types import SimpleNamespace

import pytest
from wagtail.models import Locale

from home.models import default_home
from registry.join import spam
from registry.models import Area, JoinPage
from tests.registry.factories import PRIVACY_NOTICE

COORDINATORS = "koordynatorzy@example.org"


@pytest.fixture(name="join_settings")
def join_settings_fixture(settings):
    """No minimum fill time and a generous rate limit, unless a test says otherwise."""
    settings.REGISTRY_JOIN_MIN_SECONDS = 0
    settings.REGISTRY_JOIN_RATE = "1000/600"
    settings.TRUSTED_PROXIES = []
    return settings


@pytest.fixture(name="join_page")
def join_page_fixture(db, join_settings):
    home = default_home()
    page = JoinPage(
        title="Dołącz",
        slug="dolacz",
        intro="<p>Zostań wolontariuszem.</p>",
        consent_text="<p>Zgadzam się na przetwarzanie moich danych.</p>",
        consent_version="2026-01",
        thank_you_title="Dziękujemy za zgłoszenie!",
        thank_you_text="<p>Koordynator odezwie się wkrótce.</p>",
        notification_email=COORDINATORS,
        **PRIVACY_NOTICE,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture(name="english_join_page")
def english_join_page_fixture(join_page):
    english = Locale.objects.get(language_code="en")
    page = join_page.copy_for_translation(english, copy_parents=True)
    page.title = "Join"
    page.slug = "join"
    page.thank_you_title = "Thank you for applying!"
    page.save_revision().publish()
    english_home = join_page.get_parent().get_translation(english)
    if not english_home.live:
        english_home.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture(name="areas")
def areas_fixture(db):
    polish = Locale.objects.get(language_code="pl")
    english = Locale.objects.get(language_code="en")
    water = Area.objects.create(locale=polish, name="Bezpieczeństwo nad wodą", slug="test-water")
    seniors = Area.objects.create(locale=polish, name="Aktywizacja seniorów", slug="test-seniors")
    translations = {}
    for area, name in ((water, "Water safety"), (seniors, "Senior activation")):
        translated = area.copy_for_translation(english)
        translated.name = name
        translated.save()
        translations[area.slug] = translated
    return SimpleNamespace(
        water=water, seniors=seniors, water_en=translations["test-water"], seniors_en=translations["test-seniors"]
    )


def application(**overrides):
    """A complete, valid application as the browser would POST it."""
    data = {
        "first_name": "Zofia",
        "last_name": "Wąsowska-O'Neill",
        "email": "zofia.wasowska@example.org",
        "phone": "601 234 567",
        "city": "Kielce",
        "date_of_birth": "1990-05-31",
        "availability": "weekends",
        "message": "Chętnie pomogę przy pogadankach.",
        "consent_processing": "on",
        spam.HONEYPOT_FIELD: "",
        spam.TOKEN_FIELD: spam.new_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
