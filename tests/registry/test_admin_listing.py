"""Registry listings: menu, URLs, permissions, filters, search and query counts."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from registry.models import Volunteer
from tests.registry.factories import AreaFactory, OrganisationFactory, ServiceRecordFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

LISTING_URLS = [
    "/admin/registry/volunteers/",
    "/admin/registry/organisations/",
    "/admin/registry/recognitions/",
    "/admin/registry/service-records/",
    "/admin/registry/areas/",
]


def listed_ids(response):
    return {volunteer.pk for volunteer in response.context["object_list"]}


@pytest.mark.parametrize("url", LISTING_URLS)
def test_coordinator_can_open_every_registry_listing(coordinator_client, url):
    assert coordinator_client.get(url).status_code == 200


@pytest.mark.parametrize("url", LISTING_URLS)
def test_communications_staff_are_refused_every_registry_listing(client, communications, url):
    client.force_login(communications)
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/" in response["Location"]


def test_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get("/admin/registry/volunteers/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_registry_menu_is_shown_to_coordinators(coordinator_client):
    response = coordinator_client.get("/admin/")
    assert b"/admin/registry/volunteers/" in response.content


def test_registry_menu_is_hidden_from_communications_staff(client, communications):
    client.force_login(communications)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"/admin/registry/" not in response.content


def test_listing_shows_volunteer_names_to_coordinators(coordinator_client):
    VolunteerFactory(first_name="Zofia", last_name="Wrzosek")
    response = coordinator_client.get("/admin/registry/volunteers/")
    assert "Wrzosek" in response.content.decode()
    assert "Zofia" in response.content.decode()


def test_status_filter_returns_only_volunteers_with_that_status(coordinator_client):
    active = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    VolunteerFactory(status=Volunteer.Status.APPLIED)
    response = coordinator_client.get("/admin/registry/volunteers/", {"status": "active"})
    assert listed_ids(response) == {active.pk}


def test_city_filter_ignores_letter_case(coordinator_client):
    in_kielce = VolunteerFactory(city="Kielce")
    VolunteerFactory(city="Radom")
    response = coordinator_client.get("/admin/registry/volunteers/", {"city": "kielce"})
    assert listed_ids(response) == {in_kielce.pk}


def test_organisation_filter_returns_that_organisations_volunteers(coordinator_client):
    host = OrganisationFactory()
    hosted = VolunteerFactory(organisation=host)
    VolunteerFactory(organisation=OrganisationFactory())
    response = coordinator_client.get("/admin/registry/volunteers/", {"organisation": host.pk})
    assert listed_ids(response) == {hosted.pk}


def test_area_filter_returns_volunteers_interested_in_that_area(coordinator_client):
    water, seniors = AreaFactory(name="Woda"), AreaFactory(name="Seniorzy")
    interested = VolunteerFactory(areas=[water])
    VolunteerFactory(areas=[seniors])
    response = coordinator_client.get("/admin/registry/volunteers/", {"area": water.pk})
    assert listed_ids(response) == {interested.pk}


def test_area_filter_lists_a_volunteer_once_when_they_chose_the_area_in_both_languages(coordinator_client):
    water = AreaFactory(name="Woda")
    english_water = water.copy_for_translation(Locale.objects.get(language_code="en"))
    english_water.name = "Water"
    english_water.save()
    interested = VolunteerFactory(areas=[water, english_water])
    response = coordinator_client.get("/admin/registry/volunteers/", {"area": water.pk})
    assert [volunteer.pk for volunteer in response.context["object_list"]] == [interested.pk]


def test_joined_between_filter_uses_the_creation_date(coordinator_client):
    early, late = VolunteerFactory(), VolunteerFactory()
    Volunteer.objects.filter(pk=early.pk).update(created_at=timezone.make_aware(datetime.datetime(2025, 1, 10, 12)))
    Volunteer.objects.filter(pk=late.pk).update(created_at=timezone.make_aware(datetime.datetime(2025, 6, 10, 12)))
    response = coordinator_client.get(
        "/admin/registry/volunteers/", {"joined_from": "2025-01-01", "joined_to": "2025-01-31"}
    )
    assert listed_ids(response) == {early.pk}


@pytest.mark.parametrize(
    ("state", "expected"),
    [("expired", "expired"), ("expiring", "expiring"), ("valid", "valid"), ("missing", "missing")],
)
def test_vetting_filter_returns_volunteers_in_that_vetting_state(coordinator_client, state, expected):
    today = timezone.localdate()
    checked = today - datetime.timedelta(days=400)
    volunteers = {
        "expired": VolunteerFactory(vetting_checked_on=checked, vetting_expires_on=today - datetime.timedelta(days=1)),
        "expiring": VolunteerFactory(
            vetting_checked_on=checked, vetting_expires_on=today + datetime.timedelta(days=30)
        ),
        "valid": VolunteerFactory(vetting_checked_on=checked, vetting_expires_on=today + datetime.timedelta(days=31)),
        "missing": VolunteerFactory(vetting_expires_on=None),
    }
    response = coordinator_client.get("/admin/registry/volunteers/", {"vetting": state})
    assert listed_ids(response) == {volunteers[expected].pk}


def test_search_finds_volunteers_by_last_name(coordinator_client):
    wanted = VolunteerFactory(last_name="Przybylska")
    VolunteerFactory(last_name="Kowalczyk")
    response = coordinator_client.get("/admin/registry/volunteers/", {"q": "przybyl"})
    assert listed_ids(response) == {wanted.pk}


def test_listing_can_be_sorted_by_last_name(coordinator_client):
    VolunteerFactory(last_name="Zając")
    VolunteerFactory(last_name="Adamska")
    response = coordinator_client.get("/admin/registry/volunteers/", {"ordering": "last_name"})
    names = [volunteer.last_name for volunteer in response.context["object_list"]]
    assert names == ["Adamska", "Zając"]


def test_listing_is_paginated(coordinator_client):
    VolunteerFactory.create_batch(51)
    response = coordinator_client.get("/admin/registry/volunteers/")
    assert len(response.context["object_list"]) == 50
    assert response.context["paginator"].num_pages == 2


def count_listing_queries(client, per_page_rows):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/registry/volunteers/")
    assert response.status_code == 200
    assert len(response.context["object_list"]) == per_page_rows
    return len(queries)


def test_listing_query_count_does_not_grow_with_the_number_of_rows_shown(coordinator_client):
    areas = AreaFactory.create_batch(2)
    VolunteerFactory.create_batch(3, organisation=OrganisationFactory(), areas=areas)
    few = count_listing_queries(coordinator_client, 3)
    VolunteerFactory.create_batch(30, organisation=OrganisationFactory(), areas=areas)
    many = count_listing_queries(coordinator_client, 33)
    assert many == few


def test_volunteer_inspect_view_shows_the_record(coordinator_client, volunteer):
    response = coordinator_client.get(f"/admin/registry/volunteers/inspect/{volunteer.pk}/")
    assert response.status_code == 200
    assert "Wrzosek" in response.content.decode()


def test_view_only_user_can_inspect_but_not_edit_a_volunteer(client, viewer, volunteer):
    client.force_login(viewer)
    assert client.get(f"/admin/registry/volunteers/inspect/{volunteer.pk}/").status_code == 200
    assert client.get(f"/admin/registry/volunteers/edit/{volunteer.pk}/").status_code in (302, 403)


def test_communications_staff_cannot_inspect_a_volunteer(client, communications, volunteer):
    client.force_login(communications)
    assert client.get(f"/admin/registry/volunteers/inspect/{volunteer.pk}/").status_code in (302, 403)


def test_communications_staff_cannot_open_the_volunteer_chooser(client, communications, volunteer):
    client.force_login(communications)
    response = client.get("/admin/snippets/choose/registry/volunteer/")
    assert response.status_code in (302, 403)


def test_volunteer_chooser_lists_names_for_coordinators(coordinator_client, volunteer):
    response = coordinator_client.get("/admin/snippets/choose/registry/volunteer/")
    assert response.status_code == 200
    assert "Wrzosek" in response.json()["html"]


def test_volunteer_chooser_searches_by_last_name(coordinator_client, volunteer):
    other = VolunteerFactory(last_name="Kowalczyk")
    response = coordinator_client.get("/admin/snippets/choose/registry/volunteer/results/", {"q": "wrzos"})
    html = response.content.decode()
    assert "Wrzosek" in html
    assert other.last_name not in html


def test_inspect_view_offers_personal_data_export_and_anonymise_to_coordinators(coordinator_client, volunteer):
    content = coordinator_client.get(f"/admin/registry/volunteers/inspect/{volunteer.pk}/").content.decode()
    assert f"/admin/registry/volunteers/{volunteer.pk}/personal-data/" in content
    assert f"/admin/registry/volunteers/{volunteer.pk}/anonymise/" in content


def test_inspect_view_hides_personal_data_buttons_without_their_permissions(client, viewer, volunteer):
    client.force_login(viewer)
    content = client.get(f"/admin/registry/volunteers/inspect/{volunteer.pk}/").content.decode()
    assert "/personal-data/" not in content
    assert "/anonymise/" not in content


def test_inspect_view_shows_hours_in_total_and_this_year(coordinator_client, volunteer):
    today = timezone.localdate()
    ServiceRecordFactory(volunteer=volunteer, date=today, hours=Decimal("2.5"))
    ServiceRecordFactory(volunteer=volunteer, date=today.replace(year=today.year - 1), hours=Decimal("4"))
    response = coordinator_client.get(f"/admin/registry/volunteers/inspect/{volunteer.pk}/")
    summary = response.context["summary"]
    assert (summary["hours_total"], summary["hours_this_year"]) == (Decimal("6.5"), Decimal("2.5"))
    assert len(summary["service_records"]) == 2
