"""`manage.py load_demo`: the demo content in both languages, the registry and the demo logins.

The command is slow (it builds the whole site), so it runs twice per module and the tests read
what it left; everything is rolled back at the end of the module.
"""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.demo.users import DEMO_PASSWORD, DEMO_USERS
from home.models import HomePage
from news.demo.content import CONFERENCE_SLUG, GALA_SLUG
from news.models import NewsPage
from registry.models import Recognition, ServiceRecord, Volunteer

# Every test is a plain database test, so pytest-django runs them all before the transactional tests,
# whose flush would remove the locales, site and home page that the migrations created.
pytestmark = pytest.mark.django_db


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    media_root = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        after_first = row_counts()
        output = StringIO()
        call_command("load_demo", stdout=output)
        yield SimpleNamespace(
            after_first=after_first, after_second=row_counts(), output=output.getvalue(), media_root=media_root
        )
        transaction.set_rollback(True)


@pytest.fixture
def polish():
    return Locale.objects.get(language_code="pl")


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def conference(demo, db, polish):
    return NewsPage.objects.get(slug=CONFERENCE_SLUG, locale=polish)


def test_running_it_again_creates_no_rows(demo):
    grown = {
        label: (count, demo.after_second[label])
        for label, count in demo.after_first.items()
        if demo.after_second[label] != count
    }
    assert grown == {}


def test_conference_report_is_published_in_polish(conference):
    assert conference.live
    assert conference.date.isoformat() == "2016-06-28"
    assert "Civic Volunteering" in conference.title


def test_conference_report_links_to_its_source(conference):
    sources = [block.value["url"] for block in conference.body if block.block_type == "source"]
    assert sources and sources[0].startswith("http://www.kielce.swietokrzyska.policja.gov.pl/")


def test_english_conference_report_is_a_live_translation(conference, english):
    translated = conference.get_translation(english)
    assert translated.live
    assert translated.slug == "conference-closing-civic-volunteering-project"
    assert translated.title.startswith("Conference closes")


def test_english_conference_report_is_made_through_wagtail_localize(conference, english):
    source = TranslationSource.objects.get_for_instance(conference)
    assert Translation.objects.filter(source=source, target_locale=english, enabled=True).exists()
    strings = StringTranslation.objects.filter(locale=english, translation_of__segments__source=source).values_list(
        "data", flat=True
    )
    assert "Guests from abroad" in set(strings)


def test_english_home_page_is_a_translation_of_the_polish_one(demo, db, polish, english):
    home = HomePage.objects.get(locale=polish)
    assert home.get_translation(english).hero_title == "Volunteering that makes Kielce safer"


def test_every_news_page_has_an_english_translation(demo, db, polish, english):
    polish_news = NewsPage.objects.filter(locale=polish)
    assert polish_news.count() >= 6
    assert all(page.has_translation(english) for page in polish_news)


@pytest.mark.parametrize(
    ("polish_slug", "english_slug"),
    [
        ("aktualnosci", "news"),
        ("partnerzy", "partners"),
        ("o-programie", "about"),
        ("dolacz", "join"),
        ("wyroznienia", "recognitions"),
    ],
)
def test_main_menu_pages_exist_in_both_languages(demo, db, polish, english, polish_slug, english_slug):
    page = Page.objects.get(slug=polish_slug, locale=polish, depth=3)
    assert page.show_in_menus
    assert page.get_translation(english).slug == english_slug


def test_every_volunteer_status_is_represented(demo, db):
    statuses = set(Volunteer.objects.values_list("status", flat=True))
    assert statuses == set(Volunteer.Status.values)


def test_a_message_to_the_demo_list_shows_languages_and_people_left_out(demo, db):
    """From a fresh clone a message to a filtered list (README "Messages to volunteers") shows the e-mail in each
    person's language and the people it does not reach: the demo has both among serving volunteers."""
    from registry.messages.audience import reachable

    active = Volunteer.objects.filter(status=Volunteer.Status.ACTIVE)
    assert active.filter(preferred_language="en").exists() and active.filter(preferred_language="pl").exists()
    assert active.filter(unsubscribed_from_messages=True).exists()
    assert reachable(active).filter(preferred_language="en").exists()


def test_serving_volunteers_have_hours_between_one_and_eight(demo, db):
    hours = ServiceRecord.objects.values_list("hours", flat=True)
    assert hours and min(hours) >= 1 and max(hours) <= 8


def test_police_headquarters_volunteer_friendly_place_is_public(conference):
    recognition = Recognition.objects.get(title="Miejsce przyjazne wolontariuszom")
    assert recognition.is_public
    assert recognition.organisation.name == "Komenda Miejska Policji w Kielcach"
    # It links to the article about the 2015 gala where it was given, not to the 2016 conference report.
    assert recognition.news_page.slug == GALA_SLUG


def test_public_volunteer_recognitions_go_only_to_volunteers_who_agreed_to_be_named(demo, db):
    public = Recognition.objects.filter(is_public=True, volunteer__isnull=False)
    assert public.exists()
    assert all(recognition.volunteer.consent_public_name for recognition in public)


@pytest.mark.parametrize("username", [username for username, *_ in DEMO_USERS])
def test_demo_login_works(demo, db, client, username):
    assert client.login(username=username, password=DEMO_PASSWORD)


def test_logins_are_printed(demo):
    assert f"admin / {DEMO_PASSWORD}" in demo.output


@pytest.mark.parametrize(
    "url",
    [
        "/pl/",
        "/en/",
        f"/pl/aktualnosci/{CONFERENCE_SLUG}/",
        "/en/news/conference-closing-civic-volunteering-project/",
    ],
)
def test_demo_page_renders(demo, db, client, settings, url):
    settings.MEDIA_ROOT = demo.media_root
    assert client.get(url).status_code == 200


def test_running_it_again_leaves_one_file_per_image(demo, db):
    from wagtail.images import get_image_model

    on_disk = [path for path in (demo.media_root / "original_images").iterdir() if path.is_file()]
    assert len(on_disk) == get_image_model().objects.count() > 0


STATEMENT_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/pl/deklaracja-dostepnosci/", "zobowiązuje się zapewnić dostępność"),
        ("/en/accessibility-statement/", "undertakes to make its website accessible"),
    ],
)
def test_the_demo_accessibility_statement_has_every_part_in_both_languages(demo, db, client, settings, url, words):
    settings.MEDIA_ROOT = demo.media_root
    html = client.get(url).content.decode()
    assert words in html
    for part in STATEMENT_IDS:
        assert html.count(f'id="{part}"') == 1, part
    assert 'id="a11y-data-publikacja" datetime="2016-06-01"' in html


def test_the_demo_home_pages_link_their_statement(demo, db, client, settings):
    settings.MEDIA_ROOT = demo.media_root
    for home, statement in (("/pl/", "/pl/deklaracja-dostepnosci/"), ("/en/", "/en/accessibility-statement/")):
        html = client.get(home).content.decode()
        assert f'<meta name="deklaracja-dostępności" content="http://testserver{statement}">' in html
        assert f'href="{statement}"' in html


def test_the_demo_join_pages_carry_the_whole_information_clause_in_both_languages(demo, db, polish, english):
    from registry.models import JoinPage

    polish_page = JoinPage.objects.get(locale=polish)
    english_page = polish_page.get_translation(english)
    assert polish_page.live and english_page.live
    for name in JoinPage.PRIVACY_FIELDS:
        assert getattr(polish_page, name) and getattr(english_page, name)
        assert getattr(polish_page, name) != getattr(english_page, name), name
    assert "Prezesa Urzędu Ochrony Danych Osobowych" in polish_page.privacy_complaint
    assert "President of the Personal Data Protection Office" in english_page.privacy_complaint
    # The controller is a legal entity, its contact details clearly marked as demo data.
    assert "Komenda Miejska Policji w Kielcach" in polish_page.privacy_controller
    assert "dane przykładowe" in polish_page.privacy_controller
    assert "demo data" in english_page.privacy_controller


def test_demo_award_titles_do_not_fix_the_awardees_gender(demo, db):
    titles = set(Recognition.objects.values_list("title", flat=True))
    assert not {title for title in titles if title.startswith(("Wolontariusz ", "Wolontariuszka "))}
    assert not {title for title in titles if "służby" in title}
