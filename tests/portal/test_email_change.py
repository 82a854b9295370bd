"""A change of e-mail address: an opaque one-time link to the new address, a notice to the old one.

The link carries a random token only (no record id, no address, nothing to decode); both addresses stay in the
pending change. A used, expired or unknown link shows a translated page, and no log line holds the token or
an address.
"""

import base64
import datetime
import logging
import re

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from outbox.models import Email
from portal import email_change, tasks
from portal.email_change import EMAIL_KIND, NOTICE_KIND
from portal.housekeeping import purge
from portal.models import EmailChange
from registry.gdpr.anonymise import anonymise_volunteer

from .conftest import LINK, post_committed, sign_in, url

pytestmark = pytest.mark.django_db

NEW = "kasia.nowa@example.net"


def contact(volunteer, **changes):
    data = {"email": volunteer.email, "phone": "", "city": volunteer.city, "availability": ""}
    data.update(changes)
    return data


def ask_for_change(client, volunteer, address=NEW):
    response = post_committed(client, url("my_data"), contact(volunteer, email=address))
    assert response.status_code == 303
    email = Email.objects.filter(kind=EMAIL_KIND, to=address).order_by("-pk").first()
    assert email is not None, f"no confirmation e-mail to {address}"
    return LINK.search(email.body_text)[0].split("testserver", 1)[1]


def token_of(path):
    return path.rstrip("/").rsplit("/", 1)[1]


def notices():
    return Email.objects.filter(kind=NOTICE_KIND)


class Captured(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.lines = []

    def emit(self, record):
        self.lines.append(f"{record.name} {record.levelname} {self.format(record)}")


@pytest.fixture
def captured_logs():
    """Every record the project's loggers pass on (the root, and "django", which does not propagate)."""
    handler = Captured()
    loggers = [logging.getLogger(), logging.getLogger("django")]
    for logger in loggers:
        logger.addHandler(handler)
    yield handler.lines
    for logger in loggers:
        logger.removeHandler(handler)


def test_the_link_carries_neither_the_addresses_nor_the_record(signed_in, volunteer):
    old = volunteer.email
    path = ask_for_change(signed_in, volunteer)
    token = token_of(path)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)
    for value in (old, NEW, old.split("@")[0], NEW.split("@")[0], "example"):
        assert value.lower() not in path.lower()
    assert str(volunteer.pk) not in path.split("/")
    # Nothing to decode: the old link's signing scheme refuses it, and its bytes are random, not JSON.
    for salt in ("portal.email_change", "django.core.signing"):
        with pytest.raises(signing.BadSignature):
            signing.loads(token, salt=salt)
    raw = base64.urlsafe_b64decode(token + "=")
    # 32 random bytes (any byte may occur, "@" too): none of the addresses or the record's number in them.
    assert len(raw) == 32
    for value in (old, NEW, "example", f"[{volunteer.pk},"):
        assert value.encode() not in raw
    # Only the digest is stored; the addresses are in the row, not in the link.
    change = EmailChange.objects.get(volunteer=volunteer)
    assert change.token_hash != token and token not in change.token_hash
    assert (change.old_email, change.new_email) == (old, NEW)


def test_the_link_works_once_and_then_shows_a_translated_page(client, other_volunteer):
    """`other_volunteer` reads English: the link's page is in the language of the link."""
    sign_in(client, other_volunteer, language="en")
    old = other_volunteer.email
    path = ask_for_change(client, other_volunteer)
    page = client.get(path)
    assert page.status_code == 200 and b"Confirm the address" in page.content
    other_volunteer.refresh_from_db()
    assert other_volunteer.email == old

    done = client.post(path)
    assert done.status_code == 200 and b"Your e-mail address has been changed." in done.content
    other_volunteer.refresh_from_db()
    assert other_volunteer.email == NEW

    for again in (client.post(path), client.get(path), Client().get(path)):
        assert again.status_code == 410
        assert b"This link has already been used" in again.content
        assert b"Confirm the address" not in again.content
        assert "no-store" in again["Cache-Control"]
    other_volunteer.refresh_from_db()
    assert other_volunteer.email == NEW


def test_the_page_of_a_used_link_is_in_polish_on_the_polish_address(signed_in, volunteer):
    path = ask_for_change(signed_in, volunteer)
    assert path.startswith("/pl/")
    signed_in.post(path)
    again = signed_in.get(path)
    assert again.status_code == 410
    # Pending translation (locale/pending/email-token.po): until it is folded in, gettext gives the English.
    with translation.override("pl"):
        expected = gettext("This link has already been used: each link to confirm an address works once.")
    assert expected.encode() in again.content


def test_an_unknown_link_says_so(signed_in, volunteer):
    path = ask_for_change(signed_in, volunteer)
    wrong = path.replace(token_of(path), "x" * 43)
    response = signed_in.post(wrong)
    assert response.status_code == 404 and response.context["state"] == "unknown"
    with translation.override("pl"):
        expected = gettext("This link does not work. Check that the whole address was copied from the e-mail.")
    assert expected.encode() in response.content  # pending translation, as above
    volunteer.refresh_from_db()
    assert volunteer.email != NEW


def test_an_expired_link_changes_nothing(signed_in, volunteer):
    old = volunteer.email
    path = ask_for_change(signed_in, volunteer)
    EmailChange.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert signed_in.get(path).status_code == 410
    response = signed_in.post(path)
    assert response.status_code == 410
    assert response.context["state"] == "expired"
    volunteer.refresh_from_db()
    assert volunteer.email == old
    assert not notices().exists()


def test_the_old_address_gets_one_notice_with_the_new_address_masked(signed_in, volunteer, settings):
    settings.REGISTRY_COORDINATORS_EMAIL = "koordynacja@example.org"
    old = volunteer.email
    path = ask_for_change(signed_in, volunteer)
    assert not notices().exists()
    post_committed(signed_in, path, {})
    post_committed(signed_in, path, {})  # a second press: nothing more
    notice = notices().get()
    assert notice.to == old
    assert notice.reply_to == "koordynacja@example.org"
    assert NEW not in notice.body_text and NEW not in notice.subject
    assert "k***@example.net" in notice.body_text
    assert "koordynacja@example.org" in notice.body_text
    with translation.override("pl"):
        from django.utils import formats

        assert formats.date_format(timezone.localdate(), "DATE_FORMAT") in notice.body_text
        assert notice.subject == gettext("The e-mail address of your volunteer record has been changed")
    # Never addressed by name.
    assert volunteer.first_name not in notice.body_text
    # The new address got the confirmation only.
    assert list(Email.objects.filter(to=NEW).values_list("kind", flat=True)) == [EMAIL_KIND]


def test_the_notice_is_in_the_persons_language(client, other_volunteer):
    sign_in(client, other_volunteer, language="en")
    old = other_volunteer.email
    post_committed(client, ask_for_change(client, other_volunteer), {})
    notice = notices().get()
    assert notice.to == old
    assert notice.subject == "The e-mail address of your volunteer record has been changed"
    assert "k***@example.net" in notice.body_text and "tell the coordinators" in notice.body_text


def test_a_worker_retry_writes_nothing_twice(signed_in, volunteer, monkeypatch):
    handed = []
    monkeypatch.setattr(tasks.send_email_change_link, "delay", lambda *args: handed.append(args))
    post_committed(signed_in, url("my_data"), contact(volunteer, email=NEW))
    (args,) = handed
    for _run in range(3):
        tasks.send_email_change_link(*args)
    assert Email.objects.filter(kind=EMAIL_KIND, to=NEW).count() == 1
    # Confirming, and a task run again after it, still make one change and one notice.
    email_change.use_link(args[1])
    email_change.use_link(args[1])
    tasks.send_email_change_link(*args)
    assert notices().count() == 1
    assert Email.objects.filter(kind=EMAIL_KIND).count() == 1


def test_making_one_change_ends_the_other_pending_ones(signed_in, volunteer):
    first = ask_for_change(signed_in, volunteer, "first.mailbox@example.net")
    second = ask_for_change(signed_in, volunteer, "second.mailbox@example.net")
    assert signed_in.post(second).status_code == 200
    response = signed_in.post(first)
    assert response.status_code == 410 and response.context["state"] == "used"
    volunteer.refresh_from_db()
    assert volunteer.email == "second.mailbox@example.net"
    assert notices().count() == 1


def test_an_address_taken_meanwhile_is_refused_and_the_link_used_up(signed_in, volunteer, other_volunteer):
    path = ask_for_change(signed_in, volunteer)
    type(other_volunteer).objects.filter(pk=other_volunteer.pk).update(email=NEW)
    response = signed_in.post(path)
    assert response.status_code == 409 and response.context["state"] == "taken"
    volunteer.refresh_from_db()
    assert volunteer.email != NEW
    assert signed_in.post(path).status_code == 410
    assert not notices().exists()


def test_no_log_line_holds_the_token_or_an_address(signed_in, volunteer, captured_logs, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    old = volunteer.email
    path = ask_for_change(signed_in, volunteer)
    signed_in.get(path)
    signed_in.post(path)
    signed_in.post(path)  # 410, logged by Django with its path
    signed_in.get(path.replace(token_of(path), "y" * 43))  # 404, likewise
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.post(path)  # 403 from the CSRF check, logged with its path too
    text = "\n".join(captured_logs)
    assert "Gone: " in text and "Not Found: " in text and "Forbidden (" in text
    assert "[token]" in text
    for value in (token_of(path), "y" * 43, old, NEW, old.split("@")[0], NEW.split("@")[0]):
        assert value not in text


def test_the_sign_in_links_used_page_does_not_log_its_token(client, volunteer, captured_logs):
    from .conftest import ask_for_link, latest_link

    ask_for_link(client, volunteer.email)
    path = latest_link(volunteer.email)
    client.post(path)
    assert client.post(path).status_code == 400
    text = "\n".join(captured_logs)
    assert "Bad Request: " in text and token_of(path) not in text


def test_anonymising_the_record_and_the_nightly_purge_delete_pending_changes(signed_in, volunteer, other_volunteer):
    ask_for_change(signed_in, volunteer)
    other = sign_in(Client(), other_volunteer, language="en")
    ask_for_change(other, other_volunteer, "someone.else@example.net")
    anonymise_volunteer(volunteer)
    assert list(EmailChange.objects.values_list("volunteer", flat=True)) == [other_volunteer.pk]
    purge(now=timezone.now() + datetime.timedelta(hours=1))
    assert EmailChange.objects.exists()  # a used or expired link is explained for a day
    purge(now=timezone.now() + datetime.timedelta(days=2))
    assert not EmailChange.objects.exists()
