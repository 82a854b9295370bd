"""The volunteer's own data: the readable copy, corrections (logged), consent to be named, asking for removal."""

import datetime
import io
import re
import zipfile

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core.cache.generation import GENERATION_KEY
from outbox.models import Email
from portal.audit import CONSENT_WITHDRAWN, CONTACT_CHANGED, REMOVAL_REQUESTED
from portal.email_change import EMAIL_KIND as EMAIL_CHANGE
from registry.gdpr.readable import personal_data_zip
from registry.models import DataSubjectRequest, Volunteer
from tests.registry.factories import RecognitionFactory, RecognitionIndexPageFactory

from .conftest import LINK, post_committed, url

pytestmark = pytest.mark.django_db


def test_the_copy_is_the_one_coordinators_export(signed_in, volunteer):
    response = signed_in.get(url("my_data_copy"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert names == zipfile.ZipFile(io.BytesIO(personal_data_zip(volunteer)[1])).namelist()
    html = zipfile.ZipFile(io.BytesIO(response.content)).read(names[0]).decode()
    assert volunteer.email in html
    assert "no-store" in response["Cache-Control"]


def contact(volunteer, **changes):
    data = {"email": volunteer.email, "phone": "", "city": volunteer.city, "availability": ""}
    data.update(changes)
    return data


def test_correcting_contact_details_saves_and_logs_which_fields_not_their_values(signed_in, volunteer):
    response = signed_in.post(url("my_data"), contact(volunteer, phone="601 234 567", availability="weekends"))
    assert response.status_code == 303
    volunteer.refresh_from_db()
    assert (volunteer.phone, volunteer.availability) == ("+48601234567", "weekends")
    entry = ModelLogEntry.objects.get(action=CONTACT_CHANGED, object_id=str(volunteer.pk))
    assert entry.data["fields"] == ["availability", "phone"]
    assert "601" not in str(entry.data) and entry.user is None


def without_tokens(response):
    return re.sub(r'(value|nonce)="[^"]*"', "", response.content.decode())


def email_change_link(address):
    email = Email.objects.filter(kind=EMAIL_CHANGE, to=address).order_by("-pk").first()
    return None if email is None else LINK.search(email.body_text)[0].split("testserver", 1)[1]


def test_an_address_of_another_volunteer_gets_the_same_answer_as_a_free_one(signed_in, volunteer, other_volunteer):
    """Otherwise a signed-in volunteer could test any address for membership of the registry."""
    signed_in.post(
        url("my_data"), contact(volunteer), follow=True
    )  # the factory's fields saved once, as the form keeps them
    taken = post_committed(
        signed_in, url("my_data"), contact(volunteer, email=other_volunteer.email.upper()), follow=True
    )
    free = post_committed(signed_in, url("my_data"), contact(volunteer, email="new.mailbox@example.net"), follow=True)
    assert taken.status_code == free.status_code == 200
    assert without_tokens(taken) == without_tokens(free)
    assert email_change_link(other_volunteer.email.upper()) is None
    volunteer.refresh_from_db()
    assert volunteer.email != other_volunteer.email


def test_a_new_address_takes_effect_only_from_the_link_sent_to_it(signed_in, volunteer):
    old = volunteer.email
    post_committed(signed_in, url("my_data"), contact(volunteer, email="New.Mailbox@Example.NET"))
    volunteer.refresh_from_db()
    assert volunteer.email == old
    link = email_change_link("New.Mailbox@example.net")
    assert signed_in.get(link).status_code == 200
    volunteer.refresh_from_db()
    assert volunteer.email == old
    assert signed_in.post(link).status_code == 200
    volunteer.refresh_from_db()
    assert volunteer.email == "New.Mailbox@example.net"
    assert signed_in.post(link).status_code == 410  # once only (tests/portal/test_email_change.py)
    assert ModelLogEntry.objects.filter(action=CONTACT_CHANGED, object_id=str(volunteer.pk)).exists()


def test_a_bad_phone_is_refused_and_nothing_changes(signed_in, volunteer):
    response = signed_in.post(url("my_data"), contact(volunteer, phone="12"))
    assert response.status_code == 400 and "phone" in response.context["form"].errors
    assert not ModelLogEntry.objects.filter(action=CONTACT_CHANGED).exists()


def test_withdrawing_consent_hides_the_name_on_the_cached_recognitions_page_at_once(client, signed_in, volunteer):
    Volunteer.objects.filter(pk=volunteer.pk).update(consent_public_name=True, first_name="Qxnamed")
    page = RecognitionIndexPageFactory()
    RecognitionFactory(volunteer=volunteer, organisation=None, is_public=True, date=datetime.date(2026, 1, 5))
    from django.test import Client

    anonymous = Client()
    assert b"Qxnamed" in anonymous.get(page.url).content
    assert anonymous.get(page.url).get("X-Cache") == "HIT"
    before = cache.get(GENERATION_KEY)

    response = signed_in.post(url("withdraw_public_name"))
    assert response.status_code == 303
    volunteer.refresh_from_db()
    assert not volunteer.consent_public_name
    assert cache.get(GENERATION_KEY) != before
    assert b"Qxnamed" not in anonymous.get(page.url).content
    assert ModelLogEntry.objects.filter(action=CONSENT_WITHDRAWN, object_id=str(volunteer.pk)).count() == 1


def test_asking_for_removal_makes_one_erasure_request_with_its_deadline_shown(signed_in, volunteer):
    assert signed_in.post(url("request_removal")).status_code == 303
    assert signed_in.post(url("request_removal")).status_code == 303
    request = DataSubjectRequest.objects.get(volunteer=volunteer)
    assert request.kind == DataSubjectRequest.Kind.ERASURE
    assert request.received_on == timezone.localdate()
    page = signed_in.get(url("my_data"))
    assert page.context["removal_request"] == request
    from django.utils import formats

    assert formats.date_format(request.deadline, "DATE_FORMAT").encode() in page.content
    assert ModelLogEntry.objects.filter(action=REMOVAL_REQUESTED).count() == 1


def test_the_removal_button_leads_to_a_confirmation_page_that_changes_nothing(signed_in, volunteer):
    page = signed_in.get(url("my_data", language="en"))
    removal = url("request_removal", language="en")
    assert f'action="{removal}"'.encode() not in page.content
    assert f'href="{removal}"'.encode() in page.content

    response = signed_in.get(removal)
    assert response.status_code == 200
    html = response.content.decode()
    assert "review your request" in html
    assert "your volunteering with the programme ends" in html
    assert "can no longer sign in" in html
    assert "The law requires us to keep some records" in html
    assert f'<form class="form" method="post" action="{removal}">' in html
    assert f'href="{url("my_data", language="en")}"' in html
    assert not DataSubjectRequest.objects.exists()
    assert not ModelLogEntry.objects.filter(action=REMOVAL_REQUESTED).exists()


def test_the_removal_confirmation_page_sends_back_once_a_request_is_open(signed_in, volunteer):
    signed_in.post(url("request_removal"))
    response = signed_in.get(url("request_removal"))
    assert response.status_code == 303 and response["Location"] == url("my_data")


def test_withdrawing_consent_asks_first_and_a_get_changes_nothing(signed_in, volunteer):
    Volunteer.objects.filter(pk=volunteer.pk).update(consent_public_name=True)
    withdraw = url("withdraw_public_name", language="en")
    assert f'href="{withdraw}"'.encode() in signed_in.get(url("my_data", language="en")).content
    response = signed_in.get(withdraw)
    assert response.status_code == 200
    assert f'method="post" action="{withdraw}"'.encode() in response.content
    volunteer.refresh_from_db()
    assert volunteer.consent_public_name
    assert not ModelLogEntry.objects.filter(action=CONSENT_WITHDRAWN).exists()


def test_the_withdrawal_page_sends_back_when_there_is_nothing_to_withdraw(signed_in, volunteer):
    Volunteer.objects.filter(pk=volunteer.pk).update(consent_public_name=False)
    response = signed_in.get(url("withdraw_public_name"))
    assert response.status_code == 303 and response["Location"] == url("my_data")


def test_a_taken_and_a_free_address_hand_the_queue_the_same_work(signed_in, volunteer, other_volunteer, monkeypatch):
    """Whether another record holds the address is decided by the worker, after the answer: the request writes
    one pending change and hands the queue its id and token, never an address."""
    from portal import tasks
    from portal.models import EmailChange

    handed = []
    monkeypatch.setattr(tasks.send_email_change_link, "delay", lambda *args: handed.append(args))
    post_committed(signed_in, url("my_data"), contact(volunteer, email=other_volunteer.email))
    post_committed(signed_in, url("my_data"), contact(volunteer, email="free.mailbox@example.net"))
    changes = list(EmailChange.objects.order_by("pk"))
    assert [args[0] for args in handed] == [change.pk for change in changes]
    assert [len(args[1]) for args in handed] == [43, 43]
    assert "@" not in repr(handed)
    assert not Email.objects.filter(kind=EMAIL_CHANGE).exists()
    for args in handed + handed:  # each task run twice, as a retry would
        tasks.send_email_change_link(*args)
    assert list(Email.objects.filter(kind=EMAIL_CHANGE).values_list("to", flat=True)) == ["free.mailbox@example.net"]
    # The change to the taken address is gone: nobody holds its link.
    assert list(EmailChange.objects.values_list("new_email", flat=True)) == ["free.mailbox@example.net"]
