"""Messages to the people on a shift and the day-before reminders: through the outbox, each once."""

import datetime

import pytest
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from opportunities.messages import message_shift
from opportunities.reminders import send_shift_reminders
from opportunities.signups import sign_up
from outbox.models import Email
from tests.registry.registry_users import user_in_group

from .builders import NOW, active_volunteer, local, make_shift

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_shift(opportunity):
    shift = make_shift(opportunity, starts_at=local(2026, 7, 4, 9), capacity=2)
    for number in range(3):
        sign_up(active_volunteer(email=f"osoba{number}@example.org"), shift, now=NOW)
    return shift


def test_a_message_goes_to_each_confirmed_person_once_and_is_logged_without_addresses(full_shift):
    coordinator = user_in_group("Coordinators")
    token = "7b1c0c7e-3f7a-4a57-9d53-5b0f3bb1a001"
    assert message_shift(full_shift, token, "Zbiórka", "Spotykamy się przy wejściu.", by=coordinator) == 2
    assert message_shift(full_shift, token, "Zbiórka", "Spotykamy się przy wejściu.", by=coordinator) is None
    emails = Email.objects.filter(kind="opportunities.message")
    assert sorted(emails.values_list("to", flat=True)) == ["osoba0@example.org", "osoba1@example.org"]
    assert all("Spotykamy się przy wejściu." in email.body_text for email in emails)
    entry = ModelLogEntry.objects.get(action="opportunities.shift.message")
    assert entry.data == {"recipients": 2} and entry.user == coordinator
    assert "example.org" not in str(entry.data) + entry.label


def test_the_waiting_list_can_be_included(full_shift):
    assert message_shift(full_shift, "token-2", "Temat", "Treść", by=None, include_waiting=True) == 3


def test_reminders_go_to_confirmed_people_within_24_hours_once(full_shift):
    assert send_shift_reminders(now=local(2026, 7, 3, 8, 59)) == 0
    assert send_shift_reminders(now=local(2026, 7, 3, 9, 0)) == 2
    call_command("opportunities_shift_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    send_shift_reminders(now=local(2026, 7, 4, 8, 0))
    reminders = Email.objects.filter(kind="opportunities.reminder")
    assert sorted(reminders.values_list("to", flat=True)) == ["osoba0@example.org", "osoba1@example.org"]


def test_no_reminder_for_a_cancelled_shift(full_shift):
    full_shift.cancelled_at = NOW
    full_shift.save()
    assert send_shift_reminders(now=full_shift.starts_at - datetime.timedelta(hours=2)) == 0
