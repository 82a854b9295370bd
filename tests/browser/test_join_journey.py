"""A visitor applies to volunteer: first without consent, then completely."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from registry.join.forms import JoinForm
from registry.models import Volunteer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

JOIN_URL = "/pl/dolacz/"
APPLICANT = {
    "first_name": "Alicja",
    "last_name": "Przeglądarkowa",
    "email": "alicja.browser@example.com",
    "phone": "601 234 567",
    "city": "Kielce",
    "date_of_birth": "1990-05-31",
}


def fill_application(page):
    for name, value in APPLICANT.items():
        page.locator(f"form [name='{name}']").fill(value)


def submit(page):
    page.locator("form:has([name='consent_processing'])").locator("button[type='submit'], input[type='submit']").click()


def test_an_application_without_consent_shows_the_error_by_the_consent_field(demo, page):
    page.goto(JOIN_URL)
    fill_application(page)
    submit(page)

    consent = page.locator("[name='consent_processing']")
    expect(consent).to_have_attribute("aria-invalid", "true")
    described_by = consent.get_attribute("aria-describedby") or ""
    messages = [page.locator(f"[id='{ident}']").inner_text() for ident in described_by.split()]
    with translation.override("pl"):
        expected = str(JoinForm.base_fields["consent_processing"].error_messages["required"])
    assert any(expected in message for message in messages), messages
    assert not Volunteer.objects.filter(email=APPLICANT["email"]).exists()


def test_a_complete_application_reaches_the_thank_you_page(demo, page):
    page.goto(JOIN_URL)
    fill_application(page)
    submit(page)
    # The form comes back with the error; what was typed is still there.
    expect(page.locator("[name='consent_processing']")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("[name='email']")).to_have_value(APPLICANT["email"])

    page.locator("[name='consent_processing']").check()
    submit(page)

    expect(page).to_have_url(re.compile(r"/pl/dolacz/.+"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    volunteer = Volunteer.objects.get(email=APPLICANT["email"])
    assert volunteer.status == Volunteer.Status.APPLIED


def test_the_information_clause_is_summarised_by_the_form_and_opens_in_full(demo, page):
    page.goto(JOIN_URL)
    notice = page.locator("#privacy-notice")
    expect(notice.get_by_role("heading", level=2)).to_be_visible()
    expect(notice.locator(".privacy-notice__summary")).to_contain_text("Komenda Miejska Policji w Kielcach")
    complaint = notice.get_by_text("Prezesa Urzędu Ochrony Danych Osobowych", exact=False)
    expect(complaint).to_be_hidden()
    notice.locator("summary").click()
    expect(complaint).to_be_visible()
