"""Every address of the volunteer's page, with no session and with another volunteer's: nothing of the first
person is ever shown, and nothing of theirs changes. The addresses come from the URLconf (namespace "portal"),
so a new portal view is covered without editing this file; the shifts' sign-up and cancelling (namespace
"portal_shifts", opportunities/portal_urls.py) are tried with the first person's own shift and sign-up; the
health-and-safety page ("portal_safety") with a version the first person has acknowledged."""

import datetime
import hashlib
import re

import pytest
from django.test import Client
from django.urls import get_resolver, reverse
from django.utils import timezone, translation

from opportunities.models import Signup
from opportunities.signups import sign_up
from paperwork.models import DocumentRequest, VolunteerSafetyAcknowledgement
from portal.calendar import renew
from registry.models import DataSubjectRequest, HourReport, Volunteer
from tests.opportunities.builders import make_opportunity, make_shift
from tests.registry.factories import VolunteerFactory

from .url_catalogue import PARAMETER, walk

MARKERS = {
    "first_name": "Qxportalfirst",
    "last_name": "Qxportallast",
    "email": "qx.portal.marker@example.org",
    "phone": "+48609871555",
    "city": "Qxportalcity",
}
LANGUAGES = ["pl", "en"]
SIGN_OUT = {"portal:sign_out", "portal:sign_out_everywhere"}
NAMESPACES = ("portal:", "portal_shifts:", "portal_documents:", "portal_safety:")
SIGNED_IN_PAGES = {"portal:home", "portal:hours", "portal:my_data", "portal:my_data_copy", "portal_safety:page"}
# What a form anywhere would take: hours, contact details (another address), a removal request.
PAYLOAD = {"email": "probe@example.org", "phone": "601000111", "hours": "2", "date": "2026-01-01"}


def portal_addresses(calendar_token, ids=None):
    """Every portal route in both languages, parameters filled (the calendar with a real secret; a shift's and
    a sign-up's id with the first person's, from `ids`)."""
    ids = ids or {}
    addresses = []

    def value(match):
        return str(ids.get(match["name"], "x" * 43))

    for language in LANGUAGES:
        with translation.override(language):
            routes = [route for route in walk(get_resolver().url_patterns) if route.name.startswith(NAMESPACES)]
            for route in routes:
                filled = PARAMETER.sub(calendar_token, route.route) if "calendar" in route.name else None
                filled = filled or PARAMETER.sub(value, route.route)
                addresses.append(("/" + filled, route.name))
    return addresses


def signed_in(volunteer):
    from tests.portal.conftest import sign_in

    return sign_in(Client(), volunteer)


def leaked(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8", "replace")
    return [name for name, marker in MARKERS.items() if marker in text]


def fingerprint(volunteer):
    digest = hashlib.sha256()
    digest.update(repr(sorted(Volunteer.objects.filter(pk=volunteer.pk).values()[0].items())).encode())
    for model in (HourReport, DataSubjectRequest, Signup, VolunteerSafetyAcknowledgement, DocumentRequest):
        digest.update(repr(list(model.objects.filter(volunteer=volunteer).order_by("pk").values())).encode())
    return digest.hexdigest()


@pytest.fixture
def first_signup(first):
    """The first person's confirmed place on a shift in ten days (the only place: anyone else waits)."""
    starts_at = timezone.now() + datetime.timedelta(days=10)
    return sign_up(first, make_shift(make_opportunity(), starts_at=starts_at, capacity=1))


@pytest.fixture
def first_document(first):
    """A certificate of the first person's hours (its PDF carries their name)."""
    from tests.portal.test_documents import certificate_for

    return certificate_for(first)


@pytest.fixture
def first_acknowledgement(first):
    """The first person's confirmation of an area's health-and-safety information (its id goes in every post)."""
    from paperwork.models import SafetyInformation
    from tests.registry.factories import AreaFactory

    information = SafetyInformation.objects.create(
        area=AreaFactory(), version=1, in_force_from=datetime.date(2026, 1, 1), text_pl="<p>BHP</p>"
    )
    return VolunteerSafetyAcknowledgement.objects.create(
        volunteer=first, information=information, acknowledged_on=datetime.date(2026, 1, 2)
    )


@pytest.fixture
def first_request(first):
    """The first person's certificate request, declined with a reason only they may read."""
    return DocumentRequest.objects.create(
        volunteer=first, kind="certificate", language="pl", state="declined", decline_reason="Qxportalfirst reason"
    )


@pytest.fixture
def first(db):
    return VolunteerFactory(status=Volunteer.Status.ACTIVE, consent_public_name=True, **MARKERS)


@pytest.mark.django_db
def test_every_portal_address_is_covered(first):
    names = {name for _url, name in portal_addresses("x")}
    assert {"portal:home", "portal:hours", "portal:my_data", "portal:my_data_copy", "portal:sign_in"} <= names
    assert {"portal_shifts:sign_up", "portal_shifts:cancel", "portal_documents:download", "portal_safety:page"} <= names
    assert "portal_documents:request" in names
    assert all(re.match(r"^/(pl|en)/", url) for url, _name in portal_addresses("x"))


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["nobody", "second volunteer"])
def test_no_portal_address_shows_or_changes_another_persons_data(
    first, first_signup, first_document, first_acknowledgement, first_request, who
):
    first_client = signed_in(first)
    renew(first)
    second = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    client = Client() if who == "nobody" else signed_in(second)
    before = fingerprint(first)
    failures = []
    addresses = portal_addresses(
        "x" * 43,
        {"shift_id": first_signup.shift_id, "signup_id": first_signup.pk, "document_id": first_document.pk},
    )
    # Signing out last, so the second volunteer's session is alive for every other address.
    addresses.sort(key=lambda address: address[1] in SIGN_OUT)
    for url, name in addresses:
        for method in ("get", "post"):
            response = getattr(client, method)(url, {**PAYLOAD, "information": first_acknowledgement.information_id})
            if leaked(response):
                failures.append(f"{method.upper()} {url}: {leaked(response)}")
            if response.status_code == 200 and "no-store" not in response.get("Cache-Control", ""):
                failures.append(f"{method.upper()} {url}: answered 200 without no-store")
            if who == "second volunteer" and name not in SIGN_OUT and name in SIGNED_IN_PAGES and method == "get":
                if response.status_code != 200:
                    failures.append(f"GET {url}: the second volunteer's own page answered {response.status_code}")
    assert fingerprint(first) == before, "a portal address changed the first volunteer's data"
    assert not failures, "\n".join(failures)
    # Nobody else's sign-out (here or everywhere) ended the first person's session.
    assert first_client.get(portal_addresses("x")[0][0]).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_nobody_cancels_another_persons_sign_up(first, first_signup, method):
    second = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    client = signed_in(second)
    before = fingerprint(first)

    for language in LANGUAGES:
        with translation.override(language):
            address = reverse("portal_shifts:cancel", args=[first_signup.pk])
        response = getattr(client, method)(address)
        assert response.status_code in (404, 405), response.status_code
        assert not leaked(response)

    first_signup.refresh_from_db()
    assert first_signup.state == Signup.State.CONFIRMED
    assert fingerprint(first) == before


@pytest.mark.django_db
def test_without_a_session_nothing_is_signed_up_or_cancelled(first, first_signup):
    client = Client()
    with translation.override("pl"):
        sign_up_address = reverse("portal_shifts:sign_up", args=[first_signup.shift_id])
        cancel_address = reverse("portal_shifts:cancel", args=[first_signup.pk])
    before = fingerprint(first)

    assert client.post(sign_up_address).status_code == 302
    assert client.post(cancel_address).status_code == 302
    assert fingerprint(first) == before
    assert Signup.objects.count() == 1
