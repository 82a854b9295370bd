"""The volunteer's own documents on their page: listed with number and state, downloadable, nobody else's."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from paperwork.issuing import issue_certificate
from registry.models import ServiceRecord
from tests.registry.factories import AreaFactory, OrganisationFactory

from .conftest import url

pytestmark = pytest.mark.django_db


def certificate_for(volunteer):
    coordinator = get_user_model().objects.create_user(
        f"koordynacja{volunteer.pk}", f"k{volunteer.pk}@example.org", "a long passphrase 42"
    )
    coordinator.groups.add(Group.objects.get(name="Coordinators"))
    ServiceRecord.objects.create(
        volunteer=volunteer,
        date=datetime.date(2026, 5, 1),
        area=AreaFactory(),
        organisation=OrganisationFactory(),
        hours=Decimal("4"),
    )
    return issue_certificate(volunteer, coordinator)


def download_url(document):
    with translation.override("pl"):
        return reverse("portal_documents:download", args=[document.pk])


def test_the_page_lists_the_persons_documents_and_serves_their_pdf(signed_in, volunteer):
    document = certificate_for(volunteer)
    html = signed_in.get(url("home")).content.decode()
    assert document.number in html and download_url(document) in html

    response = signed_in.get(download_url(document))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "no-store" in response["Cache-Control"]


def test_nobody_else_gets_the_pdf(signed_in, client, other_volunteer, make_client):
    someone_elses = certificate_for(other_volunteer)
    assert signed_in.get(download_url(someone_elses)).status_code == 404
    anonymous = make_client().get(download_url(someone_elses))
    assert anonymous.status_code in (302, 303) and b"%PDF" not in anonymous.content


def test_without_documents_the_page_says_how_to_ask(signed_in):
    html = signed_in.get(url("home")).content.decode()
    assert 'id="portal-documents"' in html
