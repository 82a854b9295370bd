"""Fixtures of the registry tests: a published join page (Polish and English), areas, a volunteer, an organisation."""

from types import SimpleNamespace

import pytest
from wagtail.models import Locale

from home.models import default_home
from registry.models import Area, JoinPage, Volunteer
from tests.conftest import make_admin_user
from tests.registry.factories import PRIVACY_NOTICE, AreaFactory, OrganisationFactory, VolunteerFactory
from tests.registry.join_helpers import COORDINATORS
from tests.registry.message_helpers import SENDER_CODENAMES


@pytest.fixture
def join_settings(settings):
    """No minimum fill time and a generous rate limit, unless a test says otherwise."""
    settings.REGISTRY_JOIN_MIN_SECONDS = 0
    settings.REGISTRY_JOIN_RATE = "1000/600"
    settings.TRUSTED_PROXIES = []
    return settings


@pytest.fixture
def join_page(db, join_settings):
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


@pytest.fixture
def english_join_page(join_page):
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


@pytest.fixture
def areas(db):
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


@pytest.fixture
def volunteer(db):
    return VolunteerFactory(first_name="Zofia", last_name="Wrzosek", email="zofia.wrzosek@example.org", city="Kielce")


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Komenda Miejska Policji w Kielcach")


# Messages to volunteers (registry/messages/)


@pytest.fixture
def sender(db):
    return make_admin_user("sender", SENDER_CODENAMES)


@pytest.fixture
def sender_client(client, sender):
    client.force_login(sender)
    return client


@pytest.fixture
def water(db):
    return AreaFactory(name="Bezpieczna woda", slug="bezpieczna-woda")


@pytest.fixture
def kielce_water_volunteers(water):
    """Active water-safety volunteers in Kielce who may be written to, and people the filter or consent leaves out."""
    reached = []
    for language in ("pl", "en", ""):
        person = VolunteerFactory(status=Volunteer.Status.ACTIVE, city="Kielce", preferred_language=language)
        person.areas.add(water)
        reached.append(person)
    left_out = {
        "other_city": VolunteerFactory(status=Volunteer.Status.ACTIVE, city="Radom"),
        "unsubscribed": VolunteerFactory(
            status=Volunteer.Status.ACTIVE, city="Kielce", unsubscribed_from_messages=True
        ),
        "anonymised": VolunteerFactory(status=Volunteer.Status.ACTIVE, city="Kielce"),
        "other_area": VolunteerFactory(status=Volunteer.Status.ACTIVE, city="Kielce"),
    }
    left_out["unsubscribed"].areas.add(water)
    left_out["other_city"].areas.add(water)
    Volunteer.objects.filter(pk=left_out["anonymised"].pk).update(anonymised_at="2026-01-01T00:00:00Z")
    left_out["anonymised"].areas.add(water)
    return reached, left_out
