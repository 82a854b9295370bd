"""Users, volunteers and form posts for the tests of messages to volunteers (registry/messages/)."""

import uuid

import pytest
from django.urls import reverse

from registry.factories import AreaFactory, VolunteerFactory
from registry.models import Volunteer

from .admin_fixtures import make_admin_user

COMPOSE_URL = reverse("registry_messages_compose")
SENDER_CODENAMES = ["message_volunteers", "view_messagelog", "view_volunteer"]


@pytest.fixture(name="sender")
def sender_fixture(db):
    return make_admin_user("sender", SENDER_CODENAMES)


@pytest.fixture(name="sender_client")
def sender_client_fixture(client, sender):
    client.force_login(sender)
    return client


@pytest.fixture(name="water")
def water_fixture(db):
    return AreaFactory(name="Bezpieczna woda", slug="bezpieczna-woda")


@pytest.fixture(name="kielce_water_volunteers")
def kielce_water_volunteers_fixture(water):
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


def message_data(token=None, **overrides):
    data = {
        "subject_pl": "Sezon nad wodą – {programme}",
        "text_pl": "Zapraszamy na dyżury nad zalewem. Twój status: {status}. Pytania: {coordinator_contact}",
        "subject_en": "Water season – {programme}",
        "text_en": "Join the shifts by the lake. Your status: {status}. Questions: {coordinator_contact}",
        "token": str(token or uuid.uuid4()),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def preview_then_send(client, url, data):
    """Post the preview, then confirm with what the preview returned (the confirmation step)."""
    response = client.post(url, {**data, "action": "preview"})
    form = response.context["form"]
    confirmed = {
        **data,
        "confirmed_count": form["confirmed_count"].value() or "",
        "previewed": form["previewed"].value() or "",
    }
    return client.post(url, {**confirmed, "action": "send"}), confirmed
