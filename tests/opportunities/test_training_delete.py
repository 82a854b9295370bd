"""Deleting a training that volunteers' records or opportunities use is refused cleanly (not a server error)."""

import datetime
import html

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from opportunities.models import CompletedTraining, Training

from .builders import active_volunteer

pytestmark = pytest.mark.django_db


@pytest.fixture
def training_editor(client, communications):
    """Communications keep the training list (opportunities 0003) without any registry permission."""
    communications.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="opportunities", codename__endswith="_training")
    )
    client.force_login(communications)
    return client


def delete_url(training):
    return reverse("wagtailsnippets_opportunities_training:delete", args=[training.pk])


def test_a_training_a_volunteer_completed_is_kept_with_a_message(training_editor):
    training = Training.objects.create(name="Ratownictwo wodne")
    CompletedTraining.objects.create(
        volunteer=active_volunteer(), training=training, completed_on=datetime.date(2026, 5, 1)
    )

    response = training_editor.post(delete_url(training), follow=True)

    assert response.status_code == 200
    assert Training.objects.filter(pk=training.pk).exists()
    assert CompletedTraining.objects.filter(training=training).count() == 1
    # Said in the account's admin language, whichever it is.
    message = "This training cannot be deleted: it is in use. You can rename it instead."
    said = set()
    for language in ("pl", "en"):
        with translation.override(language):
            said.add(translation.gettext(message))
    assert any(text in html.unescape(response.content.decode()) for text in said)


def test_an_unused_training_is_deleted(training_editor):
    training = Training.objects.create(name="Nieużywane")

    response = training_editor.post(delete_url(training))

    assert response.status_code == 302
    assert not Training.objects.filter(pk=training.pk).exists()
