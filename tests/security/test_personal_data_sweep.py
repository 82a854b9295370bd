"""A volunteer's personal data never reaches a public page, feed, sitemap, search result, error page or log line."""

import datetime
import logging
from urllib.parse import quote

import pytest
from django.test import RequestFactory
from django.urls import get_resolver, reverse
from django.utils import timezone, translation
from wagtail.models import Page

from registry.models import Recognition, Volunteer

from .conftest import search_url
from .html_forms import form_data
from .join import submit_application

# Unique strings in every personal field: any of them in a public response is a leak.
SEEDED = {
    "first_name": "Qxfirstmarker",
    "last_name": "Qxlastmarker",
    "email": "qx.email.marker@example.org",
    "phone": "+48609871236",
    "city": "Qxcitymarker",
    "languages": "Qxlanguagemarker",
    "message": "Qxmessagemarker",
    "notes": "Qxnotesmarker",
}
BIRTH_DATE = datetime.date(1937, 4, 13)
BIRTH_DATE_FORMS = ["1937-04-13", "13.04.1937", "13/04/1937", "13 kwietnia 1937", "April 13, 1937", "13 April 1937"]
APPLICANT = {
    "first_name": "Qxapplicantfirst",
    "last_name": "Qxapplicantlast",
    "email": "qx.applicant.marker@example.org",
    "phone": "601987123",
    "city": "Qxapplicantcity",
    "message": "Qxapplicantmessage",
}
APPLICANT_PHONE_E164 = "+48601987123"
EDIT_NOTE = "Qxeditnotemarker"


def all_markers():
    return [*SEEDED.values(), *BIRTH_DATE_FORMS, *APPLICANT.values(), APPLICANT_PHONE_E164, EDIT_NOTE]


def leaks(text):
    return [marker for marker in all_markers() if marker.lower() in text.lower()]


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


@pytest.fixture
def private_volunteer(db):
    volunteer = Volunteer.objects.create(
        **SEEDED,
        date_of_birth=BIRTH_DATE,
        status=Volunteer.Status.ACTIVE,
        consent_public_name=False,
        consent_given_at=timezone.now(),
    )
    # A public award to someone who did NOT agree to be named.
    Recognition.objects.create(title="Wolontariusz roku", date=datetime.date(2026, 5, 1), volunteer=volunteer)
    return volunteer


def public_urls(site_pages):
    urls = {page.url for page in Page.objects.live().specific() if page.url}
    for language in ("pl", "en"):
        news_index = site_pages[language]["NewsIndexPage"]
        urls.add(news_index.url + "feed/")
        urls.add(f"/{language}/no-such-page-anywhere/")
        # A part of each marker: the search box echoes the query, so only a result could hold the whole marker.
        urls.update(search_url(language, quote(marker[:-3])) for marker in [*SEEDED.values(), "Wolontariusz"])
    urls.update(["/sitemap.xml", "/robots.txt", "/healthz", "/"])
    urls.update(portal_public_urls())
    return sorted(urls)


def portal_public_urls():
    """The volunteer's page as anyone sees it without signing in (tests/security/test_portal_access.py tries the
    rest with a session)."""
    urls = set()
    for language in ("pl", "en"):
        with translation.override(language):
            for name in ("home", "sign_in", "sign_in_sent", "signed_out", "hours", "my_data", "my_data_copy"):
                urls.add(reverse(f"portal:{name}"))
            urls.add(reverse("portal:confirm", args=["x" * 43]))
            urls.add(reverse("portal:confirm_email", args=["x" * 43]))
            urls.add(reverse("portal:calendar_feed", args=["x" * 43]))
            # Asking for a document (paperwork/portal_documents.py), registered beside the portal's own pages.
            urls.add(reverse("portal_documents:request"))
    return urls


def test_no_public_page_feed_sitemap_search_or_error_page_shows_personal_data(client, site_pages, private_volunteer):
    urls = public_urls(site_pages)
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 301, 302, 400, 404), (url, response.status_code)
        if leaks(body(response)):
            found[url] = leaks(body(response))
    assert not found, f"personal data on public pages: {found}"
    assert len(urls) > 25, urls


def test_recognition_to_a_volunteer_who_did_not_consent_does_not_name_them(client, site_pages, private_volunteer):
    for language in ("pl", "en"):
        response = client.get(site_pages[language]["RecognitionIndexPage"].url)
        assert response.status_code == 200
        assert not leaks(body(response))


def test_server_error_page_shows_no_personal_data(rf, private_volunteer):
    request = RequestFactory().get("/pl/", {"q": SEEDED["last_name"]})
    response = get_resolver().resolve_error_handler(500)(request)
    assert response.status_code == 500
    assert not leaks(body(response))


@pytest.fixture
def every_log_record(caplog):
    """caplog at DEBUG on every logger, including those that do not propagate (django, registry)."""
    caplog.set_level(logging.DEBUG)
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    saved = [(logger, logger.level) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(caplog.handler)
    yield caplog
    for logger, level in saved:
        logger.removeHandler(caplog.handler)
        logger.setLevel(level)


def log_text(caplog):
    return "\n".join(f"{record.getMessage()} {record.args!r} {record.__dict__!r}" for record in caplog.records)


def test_a_join_form_submission_logs_no_personal_data(client, site_pages, open_join_form, every_log_record):
    response = submit_application(client, site_pages["pl"]["JoinPage"], **APPLICANT)
    assert response.status_code == 303, body(response)[:2000]
    assert Volunteer.objects.filter(email=APPLICANT["email"]).exists()
    assert every_log_record.records, "nothing was logged at all: is the capture working?"
    assert not leaks(log_text(every_log_record))


def leaking_records(caplog):
    return [
        f"{record.name} {record.levelname}: {record.getMessage()[:300]}"
        for record in caplog.records
        if leaks(f"{record.getMessage()} {record.args!r} {record.__dict__!r}")
    ]


def test_an_admin_edit_of_a_volunteer_logs_no_personal_data(admin_client, private_volunteer, every_log_record):
    edit_url = f"/admin/registry/volunteers/edit/{private_volunteer.pk}/"
    data = form_data(admin_client.get(edit_url).content.decode(), index=-1)
    data["notes"] = [EDIT_NOTE]
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302, body(response)[:3000]
    private_volunteer.refresh_from_db()
    assert private_volunteer.notes == EDIT_NOTE
    assert not leaking_records(every_log_record), sorted({r.split(":")[0] for r in leaking_records(every_log_record)})


def test_rota_work_logs_no_personal_data(admin_client, private_volunteer, every_log_record):
    """Signing up, messaging, checking in, counting hours and cancelling through the rota: no name in any log
    line, nor in the audit log's entries (they hold counts)."""
    from wagtail.models import ModelLogEntry

    from opportunities.models import Shift, Signup
    from tests.opportunities.builders import make_opportunity, make_shift

    start = timezone.localtime(timezone.now() + datetime.timedelta(days=5)).replace(hour=9, minute=0)
    opportunity = make_opportunity()
    shift = make_shift(opportunity, starts_at=start, capacity=2)
    # Cancelled below: the first shift's hours are counted, and a shift with counted hours is not cancelled.
    later = make_shift(opportunity, starts_at=start + datetime.timedelta(days=1), capacity=2)
    rota = f"/admin/registry/shifts/rota/{shift.pk}/"
    assert admin_client.post(rota, {"volunteer": private_volunteer.pk}).status_code == 302
    later_rota = f"/admin/registry/shifts/rota/{later.pk}/"
    assert admin_client.post(later_rota, {"volunteer": private_volunteer.pk}).status_code == 302
    message = {"token": "a3c1f0de-0000-4000-8000-000000000001", "subject": "Zbiórka", "text": "O 8:45.", "send": "1"}
    admin_client.post(f"{rota}message/", message)
    now = timezone.now()
    Shift.objects.filter(pk=shift.pk).update(starts_at=now - datetime.timedelta(hours=2), ends_at=now)
    signup = Signup.objects.get(shift=shift)
    admin_client.post(f"{rota}check-in/", {"signup": signup.pk, "attendance": "present"})
    admin_client.post(f"{rota}count-hours/")
    admin_client.post(f"/admin/registry/shifts/cancel/{later.pk}/", {"reason": "Burza"})
    assert Signup.objects.get(pk=signup.pk).service_record is not None
    assert Shift.objects.get(pk=later.pk).cancelled_at is not None
    assert every_log_record.records, "nothing was logged at all: is the capture working?"
    assert not leaking_records(every_log_record)
    entries = ModelLogEntry.objects.filter(action__startswith="opportunities.")
    assert entries.count() >= 3
    assert not leaks(" ".join(f"{entry.label} {entry.data}" for entry in entries))


def test_asking_for_a_document_and_answering_it_log_no_personal_data(
    admin_client, admin_user, private_volunteer, every_log_record
):
    """The volunteer asks on their page, a coordinator issues the certificate from the request and the e-mail is
    queued: no name in any log line, in the audit log's entries, or in the e-mail beyond the address it goes to."""
    from django.test import Client
    from wagtail.models import ModelLogEntry

    from outbox.models import Email
    from paperwork.models import DocumentRequest
    from registry.models import ServiceRecord
    from tests.portal.conftest import sign_in

    ServiceRecord.objects.create(volunteer=private_volunteer, date=datetime.date(2026, 5, 1), hours=3)
    volunteer_client = sign_in(Client(), private_volunteer)
    with translation.override("pl"):
        ask_url = reverse("portal_documents:request")
    assert volunteer_client.post(ask_url, {"what": "certificate", "language": "pl"}).status_code == 303
    document_request = DocumentRequest.objects.get(volunteer=private_volunteer)
    answer_url = reverse("paperwork_document_request", args=[document_request.pk])
    assert admin_client.post(answer_url, {"language": "pl", "signatory": admin_user.pk}).status_code == 302
    document_request.refresh_from_db()
    assert document_request.state == "done"
    assert every_log_record.records, "nothing was logged at all: is the capture working?"
    assert not leaking_records(every_log_record)
    entries = ModelLogEntry.objects.filter(action__startswith="paperwork.")
    assert entries.count() >= 3
    assert not leaks(" ".join(f"{entry.label} {entry.data}" for entry in entries))
    email = Email.objects.get(kind="paperwork.request_answered")
    assert not leaks(f"{email.subject} {email.body_text} {email.body_html}".replace(email.to, ""))
