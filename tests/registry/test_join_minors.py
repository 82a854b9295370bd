"""Applicants under 18, when the programme admits them: the join form asks for a parent or guardian, stores whom
to ask for the written consent, and says that the consent will be needed. Nothing of it when only adults apply."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from registry.gdpr.anonymise import anonymise_volunteer
from registry.gdpr.export import personal_data
from registry.gdpr.readable import personal_data_html
from registry.models import Volunteer

from .join_helpers import application
from .registry_users import user_in_group

JOIN_URL = "/pl/dolacz/"
THANK_YOU_URL = "/pl/dolacz/dziekujemy/"
APPLICANT = "mlody.wolontariusz@example.org"
GUARDIAN = {"guardian_name": "Anna Kowalska-Nowak", "guardian_contact": "602 345 678"}


def years_ago(years, days=0):
    today = timezone.localdate()
    try:
        anniversary = today.replace(year=today.year - years)
    except ValueError:  # 29 February in a year without one
        anniversary = today.replace(year=today.year - years, day=28)
    return (anniversary - datetime.timedelta(days=days)).isoformat()


@pytest.fixture
def minors_admitted(join_settings):
    join_settings.REGISTRY_MIN_AGE = 13
    return join_settings


@pytest.fixture
def apply(client, django_capture_on_commit_callbacks):
    def submit(url=JOIN_URL, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, application(**{"email": APPLICANT, **overrides}))

    return submit


def error_codes(response, name):
    return [error.code for error in response.context["form"].errors.as_data().get(name, [])]


def guardian_fieldset(content):
    match = re.search(r"<fieldset[^>]*id=\"guardian-fields\"[^>]*>", content)
    return match.group(0) if match else None


# Asked for, and why


def test_a_15_year_old_without_a_guardian_is_refused_and_told_why(apply, join_page, minors_admitted):
    response = apply(date_of_birth=years_ago(15))
    assert response.status_code == 200
    assert error_codes(response, "guardian_name") == ["guardian_required"]
    assert error_codes(response, "guardian_contact") == ["guardian_required"]
    assert not Volunteer.objects.exists()
    content = response.content.decode()
    # Without any script, the refused form shows the fields and the reason, linked from the error summary.
    fieldset = guardian_fieldset(content)
    assert fieldset is not None and "hidden" not in fieldset
    summary = re.search(r'<div class="error-summary".*?</div>', content, re.S).group(0)
    assert 'href="#id_guardian_name"' in summary
    assert 'href="#id_guardian_contact"' in summary


def test_the_errors_and_the_reason_read_in_polish(apply, join_page, minors_admitted):
    content = apply(date_of_birth=years_ago(15)).content.decode()
    assert "Wpisz imię i nazwisko rodzica lub opiekuna: osoby niepełnoletnie potrzebują jego pisemnej zgody" in content
    assert "Wpisz adres e-mail lub numer telefonu rodzica lub opiekuna" in content
    assert "Osoba niepełnoletnia może rozpocząć wolontariat po uzyskaniu pisemnej zgody rodzica lub opiekuna" in content
    assert "Imię i nazwisko rodzica lub opiekuna" in content


def test_the_errors_read_in_english_on_the_english_form(apply, english_join_page, minors_admitted):
    content = apply(url="/en/join/", date_of_birth=years_ago(15)).content.decode()
    assert "Enter the first and last name of your parent or guardian" in content
    assert "Enter an e-mail address or a phone number of your parent or guardian" in content


def test_a_15_year_old_with_a_guardian_is_accepted_and_the_guardian_stored(apply, join_page, minors_admitted):
    response = apply(date_of_birth=years_ago(15), **GUARDIAN)
    assert response.status_code == 303
    volunteer = Volunteer.objects.get()
    assert volunteer.guardian_name == "Anna Kowalska-Nowak"
    assert volunteer.guardian_contact == "+48602345678"


def test_a_guardians_email_address_is_stored_in_one_spelling(apply, join_page, minors_admitted):
    apply(date_of_birth=years_ago(16), guardian_name="Jan Nowak", guardian_contact="Jan.Nowak@EXAMPLE.org")
    assert Volunteer.objects.get().guardian_contact == "Jan.Nowak@example.org"


@pytest.mark.parametrize("contact", ["12", "jan@", "jan@@example.org", "zadzwoń do mamy"])
def test_a_contact_that_is_neither_an_address_nor_a_number_is_refused(apply, join_page, minors_admitted, contact):
    response = apply(date_of_birth=years_ago(16), guardian_name="Jan Nowak", guardian_contact=contact)
    assert error_codes(response, "guardian_contact") == ["guardian_contact"]
    assert "Wpisz adres e-mail, np. imie@example.com, albo numer telefonu" in response.content.decode()
    assert not Volunteer.objects.exists()


def test_the_guardians_name_is_checked_like_any_name(apply, join_page, minors_admitted):
    response = apply(date_of_birth=years_ago(16), guardian_name="<a href=x>mama</a>", guardian_contact="602345678")
    assert error_codes(response, "guardian_name") == ["name_characters"]


def test_the_day_before_the_18th_birthday_still_needs_a_guardian(apply, join_page, minors_admitted):
    response = apply(date_of_birth=years_ago(18, days=-1))
    assert error_codes(response, "guardian_name") == ["guardian_required"]


def test_the_empty_form_offers_the_fields_hidden_until_the_date_makes_a_minor(client, join_page, minors_admitted):
    content = client.get(JOIN_URL).content.decode()
    fieldset = guardian_fieldset(content)
    assert fieldset is not None
    assert " hidden" in fieldset and 'data-adult-age="18"' in fieldset
    # What a visitor without scripts reads next to the date, before sending anything.
    assert "Jeśli masz mniej niż 18 lat, poprosimy też o imię i nazwisko oraz kontakt do rodzica" in content


# Adults


def test_an_adult_is_never_asked_for_a_guardian(apply, join_page, minors_admitted):
    response = apply(date_of_birth=years_ago(18))
    assert response.status_code == 303
    assert Volunteer.objects.get().guardian_name == ""


def test_an_adults_typed_guardian_is_not_stored_nor_checked(apply, join_page, minors_admitted):
    response = apply(date_of_birth=years_ago(30), guardian_name="Jan Nowak", guardian_contact="not a contact")
    assert response.status_code == 303
    volunteer = Volunteer.objects.get()
    assert (volunteer.guardian_name, volunteer.guardian_contact) == ("", "")


def test_an_adults_refused_form_keeps_the_guardian_fields_hidden(apply, join_page, minors_admitted):
    content = apply(date_of_birth=years_ago(30), email="not-an-address").content.decode()
    assert " hidden" in guardian_fieldset(content)


# Only adults admitted (the default)


def test_with_the_minimum_age_of_18_the_fields_never_show(client, apply, join_page):
    content = client.get(JOIN_URL).content.decode()
    assert guardian_fieldset(content) is None
    assert "rodzica lub opiekuna" not in content
    refused = apply(date_of_birth=years_ago(16), **GUARDIAN)
    assert error_codes(refused, "date_of_birth") == ["too_young"]
    assert error_codes(refused, "guardian_name") == []
    assert guardian_fieldset(refused.content.decode()) is None
    assert not Volunteer.objects.exists()


def test_with_the_minimum_age_of_18_nothing_of_a_guardian_is_stored(apply, join_page):
    apply(date_of_birth=years_ago(40), **GUARDIAN)
    assert Volunteer.objects.get().guardian_name == ""


def test_below_the_minimum_age_the_age_rule_still_refuses(apply, join_page, minors_admitted):
    refused = apply(date_of_birth=years_ago(12), **GUARDIAN)
    assert error_codes(refused, "date_of_birth") == ["too_young"]
    assert not Volunteer.objects.exists()


def test_a_cached_empty_form_follows_the_setting(client, join_page, settings):
    assert guardian_fieldset(client.get(JOIN_URL).content.decode()) is None
    settings.REGISTRY_MIN_AGE = 13
    assert guardian_fieldset(client.get(JOIN_URL).content.decode()) is not None


# What the applicant is told afterwards


def test_a_minors_confirmation_says_the_guardians_consent_will_be_needed(apply, join_page, minors_admitted, mailoutbox):
    apply(date_of_birth=years_ago(15), **GUARDIAN)
    [message] = [m for m in mailoutbox if APPLICANT in m.to]
    assert "Ponieważ masz mniej niż 18 lat, wolontariat możesz rozpocząć po uzyskaniu pisemnej zgody" in message.body
    # The guardian is never quoted back.
    assert "Kowalska" not in message.body and "602" not in message.body


def test_an_adults_confirmation_says_nothing_of_a_guardian(apply, join_page, minors_admitted, mailoutbox):
    apply(date_of_birth=years_ago(30))
    [message] = [m for m in mailoutbox if APPLICANT in m.to]
    assert "opiekuna" not in message.body


def test_the_thank_you_page_mentions_the_consent_only_when_minors_are_admitted(client, join_page, settings):
    assert "pisemnej zgody rodzica lub opiekuna" not in client.get(THANK_YOU_URL).content.decode()
    settings.REGISTRY_MIN_AGE = 13
    assert "pisemnej zgody rodzica lub opiekuna" in client.get(THANK_YOU_URL).content.decode()


# Coordinators, the person's data export, anonymisation


@pytest.fixture
def minor(apply, join_page, minors_admitted):
    apply(date_of_birth=years_ago(15), **GUARDIAN)
    return Volunteer.objects.get()


def test_coordinators_see_the_guardian_on_the_volunteers_record(client, minor):
    client.force_login(user_in_group("Coordinators"))
    content = client.get(f"/admin/registry/volunteers/inspect/{minor.pk}/").content.decode()
    assert "Anna Kowalska-Nowak" in content
    assert "+48602345678" in content or "602 345 678" in content
    edit = client.get(f"/admin/registry/volunteers/edit/{minor.pk}/").content.decode()
    assert 'name="guardian_name"' in edit and 'value="Anna Kowalska-Nowak"' in edit


def test_the_guardian_is_in_the_persons_data_export(minor):
    data = personal_data(minor)["volunteer"]
    assert data["guardian_name"] == "Anna Kowalska-Nowak"
    assert data["guardian_contact"] == "+48602345678"
    readable = personal_data_html(minor, "pl")
    assert "Anna Kowalska-Nowak" in readable and "+48602345678" in readable


def test_anonymising_removes_the_guardian(minor):
    log(minor, "wagtail.edit", data={"guardian": "Anna Kowalska-Nowak, +48602345678"})
    anonymise_volunteer(minor)
    minor.refresh_from_db()
    assert (minor.guardian_name, minor.guardian_contact) == ("", "")
    logged = " ".join(str(entry.data) for entry in ModelLogEntry.objects.all())
    assert "Kowalska" not in logged and "602345678" not in logged
