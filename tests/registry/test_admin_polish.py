"""The registry admin in Polish: every screen and message a coordinator sees reads as correct Polish.

Wagtail builds phrases from verbose names ("Dodaj %(model_name)s", "6 organizacje"); the registry's views use
whole phrases per model instead (registry/admin_wording.py). See POLISH-REVIEW.md (a) and (b).
"""

import datetime
import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from registry import admin_wording
from registry.models import ServiceRecord, Volunteer
from tests.registry.factories import (
    AreaFactory,
    OrganisationFactory,
    RecognitionFactory,
    ServiceRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db

# Forms that Wagtail's phrase-building or raw values produce on these screens (POLISH-REVIEW.md).
WRONG_FORMS = [
    r"Dodaj (wolontariusz|organizacja|wpis godzin wolontariatu)\b",
    r"Nowy: ",
    r"Wybierz (organizacja|wolontariusz)\b",
    r"Wybierz inny (organizacja|wolontariusz)\b",
    r"Edytuj ten (organizacja|wolontariusz)",
    r"został przywołany",
    r"zaktualizowane|utworzony\.|usunięte\.",
    r"match your query|There are no",
    r"skrawk",
    r"Opublikowana",
    r"To be created by",
    r"Sprawdź",
    r"Przed chwilą|\btemu\b",
    r"\b(True|False|None)\b",
    r"Lokalizacja",
    r"---------",
    r"Civic Volunteering",
    r"Zgłoszony|Przeszkolony|Wycofany|Odrzucony\b",
    r"\b(Add|New|Choose|Edit this|Are you sure|Go to the first error)\b",
    r"\d+ (organizacje|wolontariusze|obszary|wpisy godzin wolontariatu)\b(?! \d)",
    r"wpisy? loga modelu",
    r"'Wolontariusz nr \d+'",
    r"Więcej opcji dla",
    r"nr None",
    r"\d{2}-\d{2}-\d{4}",
    r"Służba|Przepracowane godziny",
    r"Jest \d+ dopasowa",
]


def visible_text(response):
    """What a coordinator sees or hears: the page's text, title, and the labels read out by screen readers."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    # The keyboard-shortcuts dialog and the JS-disabled notice are Wagtail's own text, not the registry's.
    for element in soup.select("#keyboard-shortcuts-dialog, noscript"):
        element.decompose()
    labels = [element["aria-label"] for element in soup.find_all(attrs={"aria-label": True})]
    labels += [element["title"] for element in soup.find_all("a", attrs={"title": True})]
    return re.sub(r"\s+", " ", " ".join([soup.get_text(" "), *labels]))


def wrong_forms_in(text):
    return [match.group(0) for pattern in WRONG_FORMS for match in re.finditer(pattern, text)]


@pytest.fixture(name="polish_client")
def polish_client_fixture(client, coordinator):
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "pl"
    profile.save()
    client.force_login(coordinator)
    return client


@pytest.fixture(name="records")
def records_fixture(db):
    today = timezone.localdate()
    organisation = OrganisationFactory(name="Komenda Miejska Policji w Kielcach")
    volunteer = VolunteerFactory(
        phone="+48601234567",
        organisation=organisation,
        vetting_checked_on=today - datetime.timedelta(days=300),
        vetting_expires_on=today + datetime.timedelta(days=10),
        confirmation_sent=False,
    )
    VolunteerFactory(
        vetting_checked_on=today - datetime.timedelta(days=800),
        vetting_expires_on=today - datetime.timedelta(days=60),
    )
    area = AreaFactory(name="Profilaktyka")
    service_record = ServiceRecordFactory(
        volunteer=volunteer, area=area, organisation=organisation, hours=Decimal("8.00"), date=today
    )
    recognition = RecognitionFactory(volunteer=None, organisation=organisation, is_public=False)
    return {
        "volunteers": volunteer,
        "organisations": organisation,
        "recognitions": recognition,
        "service-records": service_record,
        "areas": area,
    }


EXPECTED = {
    "volunteers": ("Dodaj wolontariusza", "Nowy wolontariusz", "Czy na pewno chcesz usunąć tego wolontariusza?"),
    "organisations": ("Dodaj organizację", "Nowa organizacja", "Czy na pewno chcesz usunąć tę organizację?"),
    "recognitions": ("Dodaj wyróżnienie", "Nowe wyróżnienie", "Czy na pewno chcesz usunąć to wyróżnienie?"),
    "service-records": ("Dodaj wpis godzin", "Nowy wpis godzin", "Czy na pewno chcesz usunąć ten wpis godzin?"),
    "areas": ("Dodaj obszar", "Nowy obszar", "Czy na pewno chcesz usunąć ten obszar?"),
}


@pytest.mark.parametrize("prefix", list(EXPECTED))
def test_every_registry_screen_reads_as_correct_polish(polish_client, records, prefix):
    obj = records[prefix]
    base = f"/admin/registry/{prefix}/"
    add_label, new_title, delete_question = EXPECTED[prefix]
    screens = {
        base: [add_label],
        f"{base}?q=nic-takiego-nie-ma": ["Brak wyników dla podanych kryteriów."],
        f"{base}add/": [new_title, "Nowy rekord"],
        f"{base}edit/{obj.pk}/": ["Rekord zapisany"],
        f"{base}delete/{obj.pk}/": [delete_question],
        f"{base}history/{obj.pk}/": [],
        f"{base}inspect/{obj.pk}/": ["Podgląd"],
    }
    for url, expected in screens.items():
        response = polish_client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response)
        assert wrong_forms_in(text) == [], url
        for phrase in expected:
            assert phrase in text, (url, phrase)


@pytest.mark.parametrize(
    "matches, expected", [(1, "Znaleziono 1 wynik"), (3, "Znaleziono 3 wyniki"), (5, "Znaleziono 5 wyników")]
)
def test_a_search_counts_its_results_in_polish(polish_client, records, matches, expected):
    # Seen in a browser on the demo: "Jest 3 dopasowań" above a search for a town.
    OrganisationFactory.create_batch(matches, city="Piekoszów")
    text = visible_text(polish_client.get("/admin/registry/organisations/?q=Piekosz%C3%B3w"))
    assert expected in text
    assert not re.search(r"Jest \d+ dopasowa", text)


def test_the_request_register_and_the_event_hours_form_offer_no_dashes(polish_client, records):
    # Seen in a browser: "---------" as the empty choice of the request kind and of the event's area/organisation.
    for url in ["/admin/registry/data-requests/add/", reverse("registry_log_hours")]:
        response = polish_client.get(url)
        assert response.status_code == 200, url
        assert wrong_forms_in(visible_text(response)) == [], url


def test_the_delete_question_mentions_references_only_when_there_are_some(polish_client, records):
    # Seen in a browser: "Ten rekord jest używany w 0 miejscach." above the question.
    unused = visible_text(polish_client.get(f"/admin/registry/areas/delete/{AreaFactory(name='Nieużywany').pk}/"))
    assert "jest używany" not in unused and "Czy na pewno chcesz usunąć ten obszar?" in unused
    used = visible_text(polish_client.get(f"/admin/registry/organisations/delete/{records['organisations'].pk}/"))
    assert "Ten rekord jest używany w" in used


def test_choosers_on_the_forms_name_their_model_in_the_right_case(polish_client, records):
    text = visible_text(polish_client.get(f"/admin/registry/service-records/edit/{records['service-records'].pk}/"))
    for phrase in ["Wybierz wolontariusza", "Wybierz innego wolontariusza", "Edytuj dane wolontariusza"]:
        assert phrase in text
    for phrase in ["Wybierz organizację", "Wybierz inną organizację", "Edytuj tę organizację", "Wybierz obszar"]:
        assert phrase in text
    modal = polish_client.get(reverse("wagtailsnippetchoosers_registry_organisation:choose"))
    assert "Wybierz organizację" in modal.json()["html"]


@pytest.mark.parametrize(
    "count, expected",
    [
        (1, "1 organizacja"),
        (2, "2 organizacje"),
        (5, "5 organizacji"),
        (12, "12 organizacji"),
        (22, "22 organizacje"),
        (25, "25 organizacji"),
        (1966, "1\xa0966 organizacji"),
    ],
)
def test_listing_counts_use_the_polish_plural_forms(count, expected):
    with translation.override("pl"):
        assert admin_wording.ORGANISATION_WORDING.count(count) == expected


def test_listing_footer_counts_records_in_polish(polish_client, records):
    OrganisationFactory.create_batch(5)
    assert "6 organizacji" in visible_text(polish_client.get("/admin/registry/organisations/"))
    assert "2 wolontariuszy" in visible_text(polish_client.get("/admin/registry/volunteers/"))


def test_history_counts_its_entries_without_jargon(polish_client, records):
    volunteer = records["volunteers"]
    polish_client.get(f"/admin/registry/volunteers/inspect/{volunteer.pk}/")  # one more entry: "record viewed"
    text = visible_text(polish_client.get(f"/admin/registry/volunteers/history/{volunteer.pk}/"))
    assert "Wpisy historii: 2" in text
    assert "Zmiana statusu" in text  # the action filter names actions with nouns, not the button's "Zmień status"
    assert "Zmień status" not in text


def test_messages_after_saving_and_deleting_read_as_polish(polish_client, records):
    organisation = records["organisations"]
    response = polish_client.post(
        f"/admin/registry/organisations/edit/{organisation.pk}/",
        {"name": "Komenda Powiatowa", "kind": organisation.kind, "city": "", "country": "PL", "website": ""},
        follow=True,
    )
    text = visible_text(response)
    assert "Zaktualizowano: „Komenda Powiatowa”." in text
    assert wrong_forms_in(text) == []

    response = polish_client.post(
        "/admin/registry/organisations/add/",
        {"name": "Stowarzyszenie", "kind": organisation.kind, "city": "", "country": "PL", "website": ""},
        follow=True,
    )
    assert "Utworzono: „Stowarzyszenie”." in visible_text(response)

    response = polish_client.post("/admin/registry/organisations/add/", {"name": "", "kind": "", "country": ""})
    text = visible_text(response)
    assert "Nie udało się utworzyć rekordu z powodu błędów w formularzu." in text
    assert wrong_forms_in(text) == []

    record = records["service-records"]
    response = polish_client.post(f"/admin/registry/service-records/delete/{record.pk}/", follow=True)
    text = visible_text(response)
    assert f"Usunięto: „Wpis godzin nr {record.pk}”." in text
    assert not ServiceRecord.objects.filter(pk=record.pk).exists()
    assert wrong_forms_in(text) == []


def test_bulk_status_change_offers_gender_neutral_statuses(polish_client, records):
    url = reverse("wagtail_bulk_action", args=["registry", "volunteer", "change_status"])
    text = visible_text(polish_client.get(f"{url}?id={records['volunteers'].pk}"))
    for label in ["Nowe zgłoszenie", "Po szkoleniu", "Aktywny udział", "Udział zawieszony", "Rezygnacja"]:
        assert label in text
    assert wrong_forms_in(text) == []


def test_dashboard_names_the_service_in_polish(polish_client, records):
    text = visible_text(polish_client.get("/admin/"))
    assert "Wolontariat Obywatelski" in text
    assert "Civic Volunteering" not in text


def test_english_admin_keeps_english_wording(client, coordinator, records):
    client.force_login(coordinator)  # the fixture's user prefers English
    text = visible_text(client.get("/admin/registry/volunteers/"))
    assert "Add volunteer" in text
    assert "2 volunteers" in text
    assert "Civic Volunteering" in visible_text(client.get("/admin/"))


# Dates and times (issue 12, points 12 and 13)


def test_listings_show_dates_as_dates_and_mark_vetting_that_needs_attention(polish_client, records):
    today = timezone.localdate()
    text = visible_text(polish_client.get("/admin/registry/volunteers/"))
    soon = (today + datetime.timedelta(days=10)).strftime("%d.%m.%Y")
    expired = (today - datetime.timedelta(days=60)).strftime("%d.%m.%Y")
    assert f"{soon} (wygasa w ciągu 30 dni)" in text
    assert f"{expired} (wygasło)" in text
    assert today.strftime("%d.%m.%Y") in text  # joined today
    text = visible_text(polish_client.get("/admin/registry/service-records/"))
    assert today.strftime("%d.%m.%Y") in text
    assert re.search(r"\b8\b", text) and "8,00" not in text


def test_inspect_view_shows_local_times_words_and_dashes(polish_client, records):
    volunteer = records["volunteers"]
    # 13:17 UTC on a winter day is 14:17 in Warsaw.
    Volunteer.objects.filter(pk=volunteer.pk).update(
        status_changed_at=datetime.datetime(2026, 11, 30, 13, 17, tzinfo=datetime.UTC), last_applied_at=None
    )
    text = visible_text(polish_client.get(f"/admin/registry/volunteers/inspect/{volunteer.pk}/"))
    assert "30.11.2026, 14:17" in text
    assert "13:17" not in text
    assert "Nie" in text and "—" in text
    assert "+48 601 234 567" in text
    assert "(wygasa w ciągu 30 dni)" in text
    assert wrong_forms_in(text) == []


def test_history_shows_local_date_and_time(polish_client, records):
    volunteer = records["volunteers"]
    text = visible_text(polish_client.get(f"/admin/registry/volunteers/history/{volunteer.pk}/"))
    now = timezone.localtime()
    assert now.strftime("%d.%m.%Y") in text
    assert wrong_forms_in(text) == []


def test_bulk_delete_asks_and_reports_in_polish(polish_client, records):
    chosen = VolunteerFactory.create_batch(2)
    url = reverse("wagtail_bulk_action", args=["registry", "volunteer", "delete"])
    query = "&".join(f"id={volunteer.pk}" for volunteer in chosen)
    text = visible_text(polish_client.get(f"{url}?{query}"))
    assert "Czy na pewno chcesz usunąć 2 rekordy?" in text
    assert wrong_forms_in(text) == []
    response = polish_client.post(f"{url}?{query}&next=/admin/registry/volunteers/", follow=True)
    text = visible_text(response)
    assert "Usunięto 2 rekordy." in text
    assert not Volunteer.objects.filter(pk__in=[volunteer.pk for volunteer in chosen]).exists()

    single = records["organisations"]
    url = reverse("wagtail_bulk_action", args=["registry", "organisation", "delete"])
    text = visible_text(polish_client.get(f"{url}?id={single.pk}"))
    assert f"Czy na pewno chcesz usunąć: „{single}”?" in text
    assert wrong_forms_in(text) == []
