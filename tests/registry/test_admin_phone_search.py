"""Searching the volunteers list by phone number, however the number is typed (issue 12, point 15)."""

import pytest

from registry.admin_views import phone_search_digits
from tests.registry.factories import VolunteerFactory

pytestmark = pytest.mark.django_db

VOLUNTEERS_URL = "/admin/registry/volunteers/"


def listed_ids(response):
    return {volunteer.pk for volunteer in response.context["object_list"]}


@pytest.mark.parametrize(
    "query",
    ["601 234 567", "601-234-567", "+48 601234567", "+48 601 234 567", "0048 601 234 567", "48601234567", "601234567"],
)
def test_phone_search_ignores_spaces_dashes_and_the_polish_prefix(coordinator_client, query):
    wanted = VolunteerFactory(phone="+48601234567")
    typed_with_spaces = VolunteerFactory(phone="601 234 567")  # entered by hand in the admin, not normalised
    VolunteerFactory(phone="+48601999888")
    response = coordinator_client.get(VOLUNTEERS_URL, {"q": query})
    assert listed_ids(response) == {wanted.pk, typed_with_spaces.pk}


def test_phone_search_also_applies_to_the_export(coordinator_client):
    VolunteerFactory(phone="+48601234567", last_name="Telefoniczna")
    VolunteerFactory(phone="+48601999888", last_name="Inna")
    response = coordinator_client.get(VOLUNTEERS_URL, {"q": "601 234 567", "export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Telefoniczna" in content and "Inna" not in content


def test_name_search_still_works(coordinator_client):
    wanted = VolunteerFactory(last_name="Przybylska", phone="+48601234567")
    VolunteerFactory(last_name="Kowalczyk")
    assert listed_ids(coordinator_client.get(VOLUNTEERS_URL, {"q": "przybyl"})) == {wanted.pk}


@pytest.mark.parametrize(
    "query, digits",
    [("601 234 567", "601234567"), ("+48 601-234-567", "601234567"), ("(22) 123 45 67", "221234567"), ("Kowal", "")],
)
def test_phone_queries_are_reduced_to_their_digits(query, digits):
    assert phone_search_digits(query) == digits
