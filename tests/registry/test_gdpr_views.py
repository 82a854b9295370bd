"""Who may anonymise a volunteer through the admin, and what the confirmation step does."""

import pytest
from django.urls import reverse

from tests.registry.factories import VolunteerFactory

from .registry_users import user_in_group, view_only_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteer():
    return VolunteerFactory(first_name="Teodozja", last_name="Kwiatkowska")


def url(volunteer):
    return reverse("registry_volunteer_anonymise", args=[volunteer.pk])


def is_anonymised(volunteer):
    volunteer.refresh_from_db()
    return volunteer.anonymised_at is not None


def test_a_coordinator_is_asked_to_confirm_and_nothing_changes_yet(client, volunteer):
    client.force_login(user_in_group("Coordinators"))
    response = client.get(url(volunteer))
    assert response.status_code == 200
    assert f'action="{url(volunteer)}"'.encode() in response.content
    assert b"Kwiatkowska" not in response.content
    assert not is_anonymised(volunteer)


def test_a_coordinator_who_confirms_anonymises_the_volunteer(client, volunteer):
    client.force_login(user_in_group("Coordinators"))
    response = client.post(url(volunteer))
    assert response.status_code == 302
    assert is_anonymised(volunteer)


def test_confirming_returns_to_a_safe_next_address_only(client, volunteer):
    client.force_login(user_in_group("Coordinators"))
    response = client.post(url(volunteer), {"next": "https://evil.example.com/"})
    assert not response["Location"].startswith("https://evil.example.com")


@pytest.mark.parametrize("method", ["get", "post"])
def test_communications_staff_are_refused_and_nothing_changes(client, volunteer, method):
    client.force_login(user_in_group("Communications"))
    response = getattr(client, method)(url(volunteer))
    assert response.status_code == 403
    assert not is_anonymised(volunteer)


def test_a_user_who_may_only_view_volunteers_cannot_anonymise(client, volunteer):
    client.force_login(view_only_user())
    assert client.post(url(volunteer)).status_code == 403
    assert not is_anonymised(volunteer)


def test_anonymous_visitors_are_sent_to_the_login_page(client, volunteer):
    response = client.post(url(volunteer))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert not is_anonymised(volunteer)
