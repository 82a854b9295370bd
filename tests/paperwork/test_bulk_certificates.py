"""A year's certificates from the register: the page says how many people would get one, confirming queues the
task once, the task never issues a second certificate, and only those who may issue documents get any of it."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from paperwork import issuing
from paperwork.models import IssuedDocument
from paperwork.tasks import certificate_candidates, certificates_for_year
from registry.models import ServiceRecord
from tests.registry.factories import VolunteerFactory

URL_NAME = "paperwork_certificates_for_year"
DELAY = "paperwork.tasks.certificates_for_year_task.delay"


@pytest.fixture
def communications(django_user_model):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "a long passphrase 42")
    user.groups.add(Group.objects.get(name="Communications"))
    return user


@pytest.fixture
def register_reader(django_user_model):
    """May read the register of documents, may not issue any."""
    user = django_user_model.objects.create_user("reader", "reader@example.org", "a long passphrase 42")
    for app_label, codename in (("wagtailadmin", "access_admin"), ("paperwork", "view_issueddocument")):
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


def test_the_page_counts_who_served_and_who_would_get_a_certificate(client, coordinator, served):
    issued_already = VolunteerFactory()
    ServiceRecord.objects.create(volunteer=issued_already, date=datetime.date(2026, 3, 1), hours=2)
    certificates_for_year(2026, coordinator.pk)  # both get one …
    newcomer = VolunteerFactory()
    ServiceRecord.objects.create(volunteer=newcomer, date=datetime.date(2026, 9, 1), hours=1)  # … this one not yet
    client.force_login(coordinator)
    response = client.get(reverse(URL_NAME), {"year": 2026})
    assert response.status_code == 200
    assert (response.context["served"], response.context["would_get"]) == (3, 1)
    assert "Wystaw 1 zaświadczenie" in response.content.decode()


def test_confirming_queues_the_task_once(client, coordinator, served):
    client.force_login(coordinator)
    with mock.patch(DELAY) as delay:
        first = client.post(reverse(URL_NAME), {"year": 2026, "signatory": coordinator.pk}, follow=True)
        second = client.post(reverse(URL_NAME), {"year": 2026, "signatory": coordinator.pk}, follow=True)
    delay.assert_called_once_with(2026, coordinator.pk, coordinator.pk)
    assert [str(message) for message in first.context["messages"]][0].startswith("Zlecono")
    assert "niczego więcej nie zlecono" in " ".join(str(message) for message in second.context["messages"])


def test_confirming_issues_the_certificates_and_a_second_run_issues_none(client, coordinator, served):
    from django.core.cache import cache

    client.force_login(coordinator)
    assert client.post(reverse(URL_NAME), {"year": 2026, "signatory": coordinator.pk}).status_code == 302
    assert IssuedDocument.objects.filter(holder=served, bulk_key="certificates-2026").count() == 1
    cache.clear()  # past the guard: the task's own key stops a second certificate
    with mock.patch(DELAY) as delay:
        response = client.post(reverse(URL_NAME), {"year": 2026, "signatory": coordinator.pk}, follow=True)
    delay.assert_not_called()
    assert "mają już zaświadczenie" in " ".join(str(message) for message in response.context["messages"])
    assert certificates_for_year(2026, coordinator.pk) == 0
    assert IssuedDocument.objects.filter(kind="certificate").count() == 1


def test_a_valid_certificate_saying_the_same_is_not_issued_again(coordinator, served):
    same = issuing.issue_certificate(
        served, coordinator, start=datetime.date(2026, 1, 1), end=datetime.date(2026, 12, 31)
    )
    assert certificate_candidates(2026) == []
    assert certificates_for_year(2026, coordinator.pk) == 0
    # Revoked, it no longer counts; a certificate of another period never did.
    issuing.revoke(same, coordinator, "Błąd")
    issuing.issue_certificate(served, coordinator, start=datetime.date(2026, 5, 2))
    assert certificate_candidates(2026) == [served.pk]
    assert certificates_for_year(2026, coordinator.pk) == 1


def test_an_anonymised_person_gets_no_certificate(coordinator, served):
    from registry.gdpr.anonymise import anonymise_volunteer

    anonymise_volunteer(served, coordinator)
    assert certificate_candidates(2026) == []


@pytest.mark.parametrize("who", ["communications", "register_reader"])
def test_without_the_permission_to_issue_nothing_is_queued(client, served, who, request):
    client.force_login(request.getfixturevalue(who))
    with mock.patch(DELAY) as delay:
        assert client.get(reverse(URL_NAME)).status_code == 403
        assert client.post(reverse(URL_NAME), {"year": 2026, "signatory": 1}).status_code == 403
    delay.assert_not_called()


def test_the_register_offers_the_button_to_those_who_may_issue(client, coordinator, register_reader, served):
    client.force_login(coordinator)
    assert reverse(URL_NAME) in client.get(reverse("paperwork_register")).content.decode()
    client.force_login(register_reader)
    response = client.get(reverse("paperwork_register"))
    assert response.status_code == 200 and reverse(URL_NAME) not in response.content.decode()
