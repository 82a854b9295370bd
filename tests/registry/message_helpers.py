"""Form posts for the tests of messages to volunteers (registry/messages/); their fixtures are in conftest.py."""

import uuid

from django.urls import reverse

COMPOSE_URL = reverse("registry_messages_compose")
SENDER_CODENAMES = ["message_volunteers", "view_messagelog", "view_volunteer"]


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
