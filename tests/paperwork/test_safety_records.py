"""Acknowledgements in the registry: per volunteer in the admin, in the person's data export, kept (without
anything identifying) when the record is anonymised; the requirement in words on an opportunity's page."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import translation

from paperwork.models import SafetyInformation, VolunteerSafetyAcknowledgement
from registry.gdpr.anonymise import anonymise_volunteer
from registry.gdpr.export import personal_data_json
from tests.opportunities.builders import make_opportunity
from tests.registry.factories import AreaFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def water_information(area):
    return SafetyInformation.objects.create(
        area=area, version=2, in_force_from=datetime.date(2026, 1, 1), text_pl="<p>Kamizelka.</p>"
    )


@pytest.fixture
def acknowledgement(volunteer, water_information):
    return VolunteerSafetyAcknowledgement.objects.create(
        volunteer=volunteer, information=water_information, acknowledged_on=datetime.date(2026, 3, 2)
    )


def listing_url():
    return reverse("wagtailsnippets_paperwork_volunteersafetyacknowledgement:list")


def test_a_volunteers_record_links_to_their_acknowledgements_only(client, coordinator, volunteer, acknowledgement):
    someone_else = VolunteerSafetyAcknowledgement.objects.create(
        volunteer=VolunteerFactory(), information=acknowledgement.information, acknowledged_on=datetime.date(2026, 4, 1)
    )
    client.force_login(coordinator)

    record = client.get(reverse("wagtailsnippets_registry_volunteer:inspect", args=[volunteer.pk])).content.decode()
    link = f"{listing_url()}?volunteer={volunteer.pk}"
    assert link in record

    listed = client.get(link).context["object_list"]
    assert list(listed) == [acknowledgement] and someone_else not in listed


def test_the_listing_filters_by_area_in_any_language(client, coordinator, volunteer, acknowledgement):
    other_area = AreaFactory(name="Seniorzy", slug="seniorzy")
    other = SafetyInformation.objects.create(
        area=other_area, version=1, in_force_from=datetime.date(2026, 1, 1), text_pl="<p>x</p>"
    )
    VolunteerSafetyAcknowledgement.objects.create(
        volunteer=volunteer, information=other, acknowledged_on=datetime.date(2026, 3, 3)
    )
    client.force_login(coordinator)

    listed = client.get(listing_url(), {"area": acknowledgement.information.area.pk}).context["object_list"]

    assert list(listed) == [acknowledgement]


def test_acknowledgements_are_in_the_personal_data_export(volunteer, acknowledgement):
    data = json.loads(personal_data_json(volunteer))
    assert data["safety_acknowledgements"] == [{"area": "Bezpieczeństwo nad wodą", "version": 2, "on": "2026-03-02"}]


def test_anonymising_keeps_the_acknowledgement_which_identifies_no_one(coordinator, volunteer, acknowledgement):
    anonymise_volunteer(volunteer, coordinator)

    acknowledgement.refresh_from_db()
    assert acknowledgement.volunteer_id == volunteer.pk
    assert (acknowledgement.information.version, acknowledgement.acknowledged_on) == (2, datetime.date(2026, 3, 2))


def test_an_opportunity_with_an_area_names_the_requirement_one_without_does_not(area):
    with_area = make_opportunity(area=area)
    without_area = make_opportunity(area=None)

    # The words come in the page's language (Polish here), whatever the active one.
    with translation.override("en"):
        assert any("informacja BHP" in item for item in with_area.requirements())
        assert not any("BHP" in item for item in without_area.requirements())
