"""Admin forms: clear errors where the database constraints would refuse a row."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation
from wagtail.models import Locale

from registry.forms import MAX_HOURS
from registry.models import Recognition, ServiceRecord, Volunteer
from registry.viewsets import RecognitionViewSet, ServiceRecordViewSet, VolunteerViewSet
from tests.registry.factories import AreaFactory, OrganisationFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted as written in the code; one test below checks the Polish catalogue."""
    with translation.override("en"):
        yield


def form_class(viewset_class):
    return viewset_class().get_form_class()


def volunteer_form(instance=None, **data):
    values = {"first_name": "Ewa", "last_name": "Sowa", "email": "ewa.sowa@example.org", "status": "applied"}
    values["source"] = "manual"
    values.update(data)
    return form_class(VolunteerViewSet)(data=values, instance=instance or Volunteer())


def service_record_form(**data):
    values = {"volunteer": VolunteerFactory().pk, "date": "2026-05-01", "hours": "3"}
    values.update(data)
    return form_class(ServiceRecordViewSet)(data=values, instance=ServiceRecord())


def recognition_form(**data):
    values = {"title": "Miejsce przyjazne wolontariuszom", "date": "2016-06-28"}
    values.update(data)
    return form_class(RecognitionViewSet)(data=values, instance=Recognition())


def test_valid_volunteer_form_saves():
    form = volunteer_form()
    assert form.is_valid(), form.errors
    assert form.save().pk


def test_email_already_on_record_in_another_letter_case_is_a_form_error():
    VolunteerFactory(email="ewa.sowa@example.org")
    form = volunteer_form(email="Ewa.Sowa@Example.org")
    assert not form.is_valid()
    assert "already on record" in form.errors["email"][0]


def test_a_volunteer_keeps_their_own_email_when_edited():
    volunteer = VolunteerFactory(email="ewa.sowa@example.org")
    form = volunteer_form(instance=volunteer, email="EWA.SOWA@example.org")
    assert form.is_valid(), form.errors


def test_email_of_an_anonymised_record_may_be_used_again():
    VolunteerFactory(email="ewa.sowa@example.org", anonymised_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    assert volunteer_form().is_valid()


def test_vetting_expiring_before_it_was_checked_is_a_form_error():
    form = volunteer_form(vetting_checked_on="2026-05-01", vetting_expires_on="2026-04-30")
    assert not form.is_valid()
    assert "cannot be before" in form.errors["vetting_expires_on"][0]


@pytest.mark.parametrize("hours", ["0", "-1", "24.01", "25"])
def test_hours_outside_the_range_are_a_form_error(hours):
    form = service_record_form(hours=hours)
    assert not form.is_valid()
    assert form.errors["hours"] == ["Hours must be more than 0 and at most 24."]


@pytest.mark.parametrize("hours", ["0.5", "24"])
def test_hours_inside_the_range_are_accepted(hours):
    form = service_record_form(hours=hours)
    assert form.is_valid(), form.errors
    assert form.save().hours == Decimal(hours)


def test_hours_limit_is_24():
    assert MAX_HOURS == 24


def test_recognition_to_nobody_is_a_form_error():
    form = recognition_form()
    assert not form.is_valid()
    assert "volunteer" in form.errors and "organisation" in form.errors


def test_recognition_to_both_a_volunteer_and_an_organisation_is_a_form_error():
    form = recognition_form(volunteer=VolunteerFactory().pk, organisation=OrganisationFactory().pk)
    assert not form.is_valid()
    assert "not both" in form.errors["volunteer"][0]
    assert "__all__" not in form.errors


def test_recognition_to_an_organisation_only_is_accepted():
    form = recognition_form(organisation=OrganisationFactory().pk)
    assert form.is_valid(), form.errors


def test_volunteer_form_offers_each_area_once_in_the_default_language():
    polish = AreaFactory(name="Seniorzy", slug="seniorzy")
    english, _ = Locale.objects.get_or_create(language_code="en")
    polish.copy_for_translation(english).save()
    choices = list(volunteer_form().fields["areas"].queryset)
    assert choices == [polish]


def test_form_errors_are_translated_into_polish():
    with translation.override("pl"):
        form = service_record_form(hours="30")
        assert not form.is_valid()
        assert form.errors["hours"] == ["Liczba godzin musi być większa niż 0 i nie większa niż 24."]
