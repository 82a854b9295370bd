"""An event's hours for many volunteers in one form (registry/bulk_hours.py), and the single service-record form
filling in area and organisation from the volunteer."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from registry.models import ServiceRecord
from tests.registry.factories import AreaFactory, OrganisationFactory, VolunteerFactory

from .test_admin_forms import service_record_form

pytestmark = pytest.mark.django_db

URL = reverse("registry_log_hours")


@pytest.fixture
def event():
    area = AreaFactory(name="Bezpieczna woda")
    organisation = OrganisationFactory(name="Komisariat Wodny")
    people = [VolunteerFactory(status="active", organisation=organisation, areas=[area]) for _ in range(3)]
    return {"area": area, "organisation": organisation, "people": people}


def form_data(volunteers, token=None, **extra):
    data = {
        "date": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "area": "",
        "organisation": "",
        "note": "Festyn nad zalewem",
        "default_hours": "4",
        "volunteers": [volunteer.pk for volunteer in volunteers],
        "token": str(token or uuid.uuid4()),
    }
    data.update(extra)
    return data


def test_the_form_lists_active_volunteers_filtered_by_area(coordinator_client, event):
    other = VolunteerFactory(status="active", last_name="Poza-Obszarem")
    applicant = VolunteerFactory(status="applied", last_name="Kandydat")
    response = coordinator_client.get(URL, {"area": event["area"].pk})
    assert response.status_code == 200
    content = response.content.decode()
    for person in event["people"]:
        assert f'value="{person.pk}"' in content
    assert other.last_name not in content
    assert applicant.last_name not in content


def test_saving_logs_every_chosen_volunteer_with_the_default_hours(coordinator_client, event):
    area, organisation = event["area"], event["organisation"]
    data = form_data(event["people"], area=area.pk, organisation=organisation.pk)
    response = coordinator_client.post(URL, data)
    assert response.status_code == 302
    records = ServiceRecord.objects.all()
    assert sorted(records.values_list("volunteer_id", flat=True)) == sorted(p.pk for p in event["people"])
    assert {(r.hours, r.area, r.organisation, r.note) for r in records} == {
        (Decimal("4"), area, organisation, "Festyn nad zalewem")
    }


def test_hours_per_person_override_the_default(coordinator_client, event):
    first, second, _ = event["people"]
    coordinator_client.post(URL, form_data([first, second], **{f"hours_{second.pk}": "2.5"}))
    assert ServiceRecord.objects.get(volunteer=first).hours == Decimal("4")
    assert ServiceRecord.objects.get(volunteer=second).hours == Decimal("2.5")


def test_one_bad_row_saves_nothing_and_says_which(coordinator_client, event):
    first, second, third = event["people"]
    response = coordinator_client.post(URL, form_data(event["people"], **{f"hours_{second.pk}": "25"}))
    assert response.status_code == 200
    assert f"hours_{second.pk}" in response.context["form"].errors
    assert "Nothing was saved" in response.content.decode()
    assert not ServiceRecord.objects.exists()


def test_a_row_without_hours_and_no_default_saves_nothing(coordinator_client, event):
    first, second, _ = event["people"]
    data = form_data([first, second], default_hours="", **{f"hours_{first.pk}": "3"})
    response = coordinator_client.post(URL, data)
    assert f"hours_{second.pk}" in response.context["form"].errors
    assert not ServiceRecord.objects.exists()


def test_a_future_date_is_refused(coordinator_client, event):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = coordinator_client.post(URL, form_data(event["people"], date=tomorrow.isoformat()))
    assert "date" in response.context["form"].errors
    assert not ServiceRecord.objects.exists()


def test_a_volunteer_who_is_not_active_cannot_be_slipped_in(coordinator_client, event):
    applicant = VolunteerFactory(status="applied")
    response = coordinator_client.post(URL, form_data([*event["people"], applicant]))
    assert "volunteers" in response.context["form"].errors
    assert not ServiceRecord.objects.exists()


def test_submitting_the_same_form_twice_stores_the_hours_once(coordinator_client, event):
    data = form_data(event["people"])
    coordinator_client.post(URL, data)
    response = coordinator_client.post(URL, data, follow=True)
    assert ServiceRecord.objects.count() == 3
    assert "already saved" in response.content.decode()


def test_area_and_organisation_left_empty_come_from_each_volunteer(coordinator_client, event):
    coordinator_client.post(URL, form_data(event["people"]))
    assert {(r.area, r.organisation) for r in ServiceRecord.objects.all()} == {(event["area"], event["organisation"])}


@pytest.mark.parametrize("user", ["viewer", "communications"])
def test_people_who_may_not_add_service_records_are_refused(client, request, event, user):
    client.force_login(request.getfixturevalue(user))
    assert client.get(URL).status_code == 403
    assert client.post(URL, form_data(event["people"])).status_code == 403
    assert not ServiceRecord.objects.exists()


def test_the_registry_menu_offers_the_form_to_coordinators_only(coordinator_client, client, communications):
    assert URL in coordinator_client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(communications)
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


# The single service-record form


def test_the_single_form_fills_area_and_organisation_from_the_volunteer():
    area, organisation = AreaFactory(), OrganisationFactory()
    volunteer = VolunteerFactory(status="active", organisation=organisation, areas=[area])
    form = service_record_form(volunteer=volunteer.pk, area="", organisation="")
    assert form.is_valid(), form.errors
    record = form.save()
    assert (record.area, record.organisation) == (area, organisation)


def test_the_single_form_keeps_what_was_chosen():
    volunteer = VolunteerFactory(status="active", organisation=OrganisationFactory(), areas=[AreaFactory()])
    chosen_area, chosen_organisation = AreaFactory(), OrganisationFactory()
    form = service_record_form(volunteer=volunteer.pk, area=chosen_area.pk, organisation=chosen_organisation.pk)
    assert form.is_valid(), form.errors
    record = form.save()
    assert (record.area, record.organisation) == (chosen_area, chosen_organisation)


def test_the_single_form_leaves_the_area_empty_when_the_volunteer_has_several():
    volunteer = VolunteerFactory(status="active", areas=[AreaFactory(), AreaFactory()])
    form = service_record_form(volunteer=volunteer.pk, area="", organisation="")
    assert form.is_valid(), form.errors
    assert form.save().area is None


def test_the_database_refuses_the_same_volunteer_twice_in_one_batch(event):
    from django.db import IntegrityError, transaction

    token = uuid.uuid4()
    volunteer = event["people"][0]
    fields = {"volunteer": volunteer, "date": datetime.date(2026, 6, 1), "hours": Decimal("2"), "batch": token}
    ServiceRecord.objects.create(**fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        ServiceRecord.objects.create(**fields)
