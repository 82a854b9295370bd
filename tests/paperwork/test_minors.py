"""Agreements with minors: a child under 13 is represented by a parent or guardian who concludes the agreement;
for 13–17 a missing guardian's consent is flagged when the agreement is saved; consents are prefilled from the
application."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from paperwork import issuing, pdf
from paperwork.models import Agreement, GuardianConsent
from paperwork.requirements import guardian_concludes
from tests.registry.factories import VolunteerFactory

from .pdf_reading import text

pytestmark = pytest.mark.django_db

STARTS = datetime.date(2026, 9, 1)
AGREEMENTS_ADD = "/admin/paperwork/agreements/add/"


def born_years_before(day, years, days=0):
    return day.replace(year=day.year - years) - datetime.timedelta(days=days)


@pytest.fixture
def child(organisation):
    """12 on the agreement's first day (13 the day after)."""
    return VolunteerFactory(
        first_name="Kacper",
        last_name="Wróblewski",
        date_of_birth=born_years_before(STARTS, 13, days=-1),
        guardian_name="Marta Wróblewska",
        guardian_contact="+48602345678",
        organisation=organisation,
    )


@pytest.fixture
def teenager(organisation):
    return VolunteerFactory(
        date_of_birth=born_years_before(STARTS, 15),
        guardian_name="Piotr Zieliński",
        guardian_contact="piotr.z@example.org",
        organisation=organisation,
    )


def agreement(volunteer, organisation, **fields):
    values = {
        "volunteer": volunteer,
        "organisation": organisation,
        "starts_on": STARTS,
        "tasks": "Pomoc przy festynie rodzinnym",
        "manner": "Pod opieką koordynatorki",
        "termination_terms": "Za porozumieniem stron.",
    }
    values.update(fields)
    return Agreement(**values)


def admin_data(volunteer, organisation, **fields):
    data = {
        "volunteer": volunteer.pk,
        "organisation": organisation.pk,
        "starts_on": STARTS.isoformat(),
        "tasks": "Pomoc przy festynie rodzinnym",
        "manner": "Pod opieką koordynatorki",
        "termination_terms": "Za porozumieniem stron.",
        "signed_for_organisation_by": "",
        "signed_for_volunteer_by": "",
    }
    data.update(fields)
    return data


def test_under_13_is_on_the_day_before_the_13th_birthday():
    born = datetime.date(2013, 9, 2)
    assert guardian_concludes(born, datetime.date(2026, 9, 1))
    assert not guardian_concludes(born, datetime.date(2026, 9, 2))
    assert not guardian_concludes(None, datetime.date(2026, 9, 2))


def test_an_agreement_with_a_child_under_13_needs_the_guardian(child, organisation):
    with pytest.raises(ValidationError) as refused:
        agreement(child, organisation).full_clean()
    assert list(refused.value.message_dict) == ["signed_for_volunteer_by"]
    agreement(child, organisation, signed_for_volunteer_by="Marta Wróblewska").full_clean()


def test_the_age_counts_on_the_agreements_first_day(child, organisation):
    # The same child, from their 13th birthday on, concludes it with the guardian's consent instead.
    agreement(child, organisation, starts_on=STARTS + datetime.timedelta(days=1)).full_clean()


def test_the_admin_form_refuses_an_under_13_agreement_without_the_guardian_in_polish(
    client, coordinator, child, organisation
):
    client.force_login(coordinator)
    with translation.override("pl"):
        response = client.post(AGREEMENTS_ADD, admin_data(child, organisation), HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 200
    assert not Agreement.objects.exists()
    content = response.content.decode()
    assert "nie ma ukończonych 13 lat, dlatego porozumienie zawiera w jej imieniu rodzic lub opiekun" in content


def test_the_admin_form_saves_an_under_13_agreement_with_the_guardian(client, coordinator, child, organisation):
    client.force_login(coordinator)
    data = admin_data(child, organisation, signed_for_volunteer_by="Marta Wróblewska")
    assert client.post(AGREEMENTS_ADD, data).status_code == 302
    assert Agreement.objects.get().signed_for_volunteer_by == "Marta Wróblewska"


def test_the_pdf_names_the_guardian_as_acting_for_the_child(child, organisation, coordinator):
    concluded = agreement(child, organisation, signed_for_volunteer_by="Marta Wróblewska")
    concluded.save()
    document = issuing.issue_agreement(concluded, coordinator, language="pl")
    content = " ".join(text(pdf.render_pdf(document)).split())
    assert "Marta Wróblewska" in content
    assert (
        "rodzic lub opiekun (przedstawiciel ustawowy) w imieniu osoby wykonującej świadczenia: Kacper Wróblewski"
        in content
    )
    assert "osoba wykonująca świadczenia wolontariusza lub jej przedstawiciel" not in content


def test_an_adults_pdf_keeps_the_volunteers_own_signature(volunteer, organisation, coordinator):
    volunteer.date_of_birth = datetime.date(1990, 1, 1)
    volunteer.save()
    own = agreement(volunteer, organisation)
    own.save()
    document = issuing.issue_agreement(own, coordinator, language="en")
    content = " ".join(text(pdf.render_pdf(document)).split())
    assert "for the volunteer" in content
    assert "acting for the volunteer" not in content


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


def test_saving_a_teenagers_agreement_without_a_consent_warns(client, coordinator, teenager, organisation):
    client.force_login(coordinator)
    response = client.post(AGREEMENTS_ADD, admin_data(teenager, organisation), follow=True)
    assert Agreement.objects.filter(volunteer=teenager).exists()
    [warning] = [message for message in messages_of(response) if "under 18" in message or "niepełnoletnia" in message]
    assert f"?volunteer={teenager.pk}" in warning


def test_a_teenager_with_a_consent_on_record_gets_no_warning(client, coordinator, teenager, organisation):
    GuardianConsent.objects.create(
        volunteer=teenager, guardian_name="Piotr Zieliński", guardian_contact="+48600", given_on=STARTS
    )
    client.force_login(coordinator)
    response = client.post(AGREEMENTS_ADD, admin_data(teenager, organisation), follow=True)
    assert Agreement.objects.filter(volunteer=teenager).exists()
    assert not [message for message in messages_of(response) if "under 18" in message or "niepełnoletnia" in message]


def test_the_consent_form_is_prefilled_from_the_application(client, coordinator, teenager):
    client.force_login(coordinator)
    content = client.get(reverse("wagtailsnippets_paperwork_guardianconsent:add"), {"volunteer": teenager.pk})
    content = content.content.decode()
    assert 'value="Piotr Zieliński"' in content
    assert 'value="piotr.z@example.org"' in content
    assert f'value="{teenager.pk}"' in content


def test_the_consent_form_ignores_an_unknown_volunteer(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("wagtailsnippets_paperwork_guardianconsent:add"), {"volunteer": "999999"})
    assert response.status_code == 200


def test_a_minors_record_offers_to_record_the_consent_until_there_is_one(client, coordinator, teenager):
    client.force_login(coordinator)
    inspect = f"/admin/registry/volunteers/inspect/{teenager.pk}/"
    assert f"guardian-consents/add/?volunteer={teenager.pk}" in client.get(inspect).content.decode()
    GuardianConsent.objects.create(
        volunteer=teenager, guardian_name="Piotr Zieliński", guardian_contact="+48600", given_on=STARTS
    )
    assert f"guardian-consents/add/?volunteer={teenager.pk}" not in client.get(inspect).content.decode()
