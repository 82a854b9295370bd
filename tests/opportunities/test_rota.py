"""The coordinators' rota in the admin: shifts (one-off and repeating), the rota, CSV, print, messages, cancel."""

import datetime
import uuid

import pytest
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from opportunities.admin_views import ROTA_FILE_WORD
from opportunities.models import OpportunityPage, Shift, Signup
from opportunities.signups import sign_up
from outbox.models import Email
from registry.admin_views import ascii_slug
from tests.registry.registry_users import user_in_group

from .builders import active_volunteer, local, make_shift

pytestmark = pytest.mark.django_db

FUTURE = timezone.now() + datetime.timedelta(days=30)


@pytest.fixture
def coordinator_client(client, db):
    client.force_login(user_in_group("Coordinators"))
    return client


@pytest.fixture
def future_shift(opportunity):
    start = timezone.localtime(FUTURE).replace(hour=9, minute=0, second=0, microsecond=0)
    return make_shift(opportunity, starts_at=start, capacity=1)


def series_data(opportunity, **overrides):
    data = {
        "opportunity": opportunity.pk,
        "day": "2026-10-17",
        "start_time": "09:00",
        "end_time": "13:00",
        "repeat_on": ["5"],
        "repeat_until": "2026-11-07",
        "capacity": "4",
        "place": "",
        "notes": "Kamizelki na miejscu.",
    }
    data.update(overrides)
    return data


def test_repeating_shifts_are_created_in_one_go_with_one_series(coordinator_client, opportunity):
    response = coordinator_client.post("/admin/registry/shifts/new/", series_data(opportunity))
    assert response.status_code == 302, response.content.decode()[:2000]
    shifts = list(Shift.objects.order_by("starts_at"))
    assert len(shifts) == 4
    assert len({shift.series for shift in shifts}) == 1 and shifts[0].series is not None
    assert {timezone.localtime(shift.starts_at).time() for shift in shifts} == {datetime.time(9)}
    assert ModelLogEntry.objects.filter(action="opportunities.shift.create_series", data__shifts=4).exists()


def test_a_one_off_shift_has_no_series(coordinator_client, opportunity):
    coordinator_client.post("/admin/registry/shifts/new/", series_data(opportunity, repeat_on=[], repeat_until=""))
    assert Shift.objects.get().series is None


def test_repeating_without_a_last_date_is_refused_and_nothing_is_created(coordinator_client, opportunity):
    response = coordinator_client.post("/admin/registry/shifts/new/", series_data(opportunity, repeat_until=""))
    assert response.status_code == 200
    assert not Shift.objects.exists()


def test_the_listing_filters_by_free_places(coordinator_client, opportunity, future_shift):
    full = make_shift(opportunity, starts_at=future_shift.starts_at + datetime.timedelta(days=1), capacity=1)
    sign_up(active_volunteer(), full)
    response = coordinator_client.get("/admin/registry/shifts/", {"free_places": "true"})
    assert response.status_code == 200
    listed = [shift.pk for shift in response.context["object_list"]]
    assert listed == [future_shift.pk]


def test_the_rota_shows_confirmed_waiting_and_cancelled(coordinator_client, future_shift):
    sign_up(active_volunteer(last_name="Pierwszaosoba"), future_shift)
    sign_up(active_volunteer(last_name="Czekajaca"), future_shift)
    response = coordinator_client.get(f"/admin/registry/shifts/rota/{future_shift.pk}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Pierwszaosoba" in content and "Czekajaca" in content
    assert [s.volunteer.last_name for s in response.context["waiting"]] == ["Czekajaca"]


def test_a_coordinator_signs_someone_up_and_the_rules_still_apply(coordinator_client, future_shift):
    url = f"/admin/registry/shifts/rota/{future_shift.pk}/"
    volunteer = active_volunteer()
    assert coordinator_client.post(url, {"volunteer": volunteer.pk}).status_code == 302
    assert Signup.objects.get(volunteer=volunteer).signed_up_by is not None
    # The same person again: refused with a reason, nothing stored.
    response = coordinator_client.post(url, {"volunteer": volunteer.pk})
    assert response.status_code == 200
    assert Signup.objects.filter(volunteer=volunteer).count() == 1


def test_removing_someone_promotes_the_waiting_list(coordinator_client, future_shift):
    first = sign_up(active_volunteer(), future_shift)
    waiting = sign_up(active_volunteer(), future_shift)
    coordinator_client.post(f"/admin/registry/shifts/rota/{future_shift.pk}/", {"remove": first.pk})
    waiting.refresh_from_db()
    assert waiting.state == Signup.State.CONFIRMED
    assert Email.objects.filter(kind="opportunities.promoted").count() == 1


def test_the_csv_has_a_byte_order_mark_semicolons_and_a_polish_file_name(coordinator_client, future_shift):
    OpportunityPage.objects.filter(pk=future_shift.opportunity_id).update(title="Patrol nad jeziorem – Łódź")
    sign_up(active_volunteer(last_name="Kowalska", phone="+48601000111"), future_shift)
    response = coordinator_client.get(f"/admin/registry/shifts/rota/{future_shift.pk}/csv/", HTTP_ACCEPT_LANGUAGE="pl")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert "Kowalska" in body and ";+48601000111;" in body
    # The list's word in the user's language ("grafik" once the Polish catalogue has it), the title in ASCII.
    with translation.override("pl"):
        word = ascii_slug(ROTA_FILE_WORD)
    day = timezone.localtime(future_shift.starts_at).date().isoformat()
    expected = f'filename="{word}-patrol-nad-jeziorem-lodz-{day}.csv"'
    assert response["Content-Disposition"] == f"attachment; {expected}"
    assert ModelLogEntry.objects.filter(action="registry.export", data__rows=1).exists()


def test_the_printable_rota_and_its_pdf(coordinator_client, future_shift):
    sign_up(active_volunteer(last_name="Drukowana"), future_shift)
    page = coordinator_client.get(f"/admin/registry/shifts/rota/{future_shift.pk}/print/")
    assert b"Drukowana" in page.content and b"@media print" in page.content
    assert b"<svg" in page.content  # the QR code of the check-in page
    pdf = coordinator_client.get(f"/admin/registry/shifts/rota/{future_shift.pk}/print/", {"format": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_a_message_is_previewed_then_sent_once(coordinator_client, future_shift):
    sign_up(active_volunteer(email="osoba@example.org"), future_shift)
    url = f"/admin/registry/shifts/rota/{future_shift.pk}/message/"
    data = {"token": str(uuid.uuid4()), "subject": "Zbiórka", "text": "Przy wejściu o 8:45."}
    preview = coordinator_client.post(url, {**data, "preview": "1"})
    assert preview.context["preview"] and preview.context["recipient_count"] == 1
    assert not Email.objects.filter(kind="opportunities.message").exists()
    coordinator_client.post(url, {**data, "send": "1"})
    coordinator_client.post(url, {**data, "send": "1"})
    assert list(Email.objects.filter(kind="opportunities.message").values_list("to", flat=True)) == [
        "osoba@example.org"
    ]


def test_cancelling_a_shift_needs_a_reason_and_tells_people(coordinator_client, future_shift):
    sign_up(active_volunteer(), future_shift)
    url = f"/admin/registry/shifts/cancel/{future_shift.pk}/"
    assert coordinator_client.post(url, {"reason": ""}).status_code == 200
    assert Shift.objects.get(pk=future_shift.pk).cancelled_at is None
    coordinator_client.post(url, {"reason": "Ostrzeżenie przed burzą"})
    assert Shift.objects.get(pk=future_shift.pk).cancelled_at is not None
    assert Email.objects.filter(kind="opportunities.shift-cancelled").count() == 1


def test_lowering_places_below_the_people_confirmed_is_refused(coordinator_client, opportunity, future_shift):
    Shift.objects.filter(pk=future_shift.pk).update(capacity=3)
    for _ in range(2):
        sign_up(active_volunteer(), future_shift)
    start = timezone.localtime(future_shift.starts_at)
    response = coordinator_client.post(
        f"/admin/registry/shifts/edit/{future_shift.pk}/",
        {
            "starts_at": start.strftime("%Y-%m-%d %H:%M"),
            "ends_at": (start + datetime.timedelta(hours=4)).strftime("%Y-%m-%d %H:%M"),
            "capacity": "1",
            "place": "",
            "notes": "",
        },
    )
    assert response.status_code == 200
    assert Shift.objects.get(pk=future_shift.pk).capacity == 3


def test_communications_staff_are_refused_the_rota(client, future_shift):
    sign_up(active_volunteer(last_name="Niewidoczna"), future_shift)
    client.force_login(user_in_group("Communications"))
    for suffix in ("", "check-in/", "count-hours/", "message/", "csv/", "print/"):
        response = client.get(f"/admin/registry/shifts/rota/{future_shift.pk}/{suffix}")
        assert response.status_code in (302, 403), suffix
        assert b"Niewidoczna" not in response.content


def test_check_in_marks_present_and_hours_are_counted_once(coordinator_client, opportunity):
    now = timezone.now()
    shift = make_shift(opportunity, starts_at=local(2030, 1, 1, 9), capacity=2)
    signup = sign_up(active_volunteer(), shift, now=now)
    Shift.objects.filter(pk=shift.pk).update(
        starts_at=now - datetime.timedelta(hours=3), ends_at=now - datetime.timedelta(hours=1)
    )
    page = coordinator_client.get(f"/admin/registry/shifts/rota/{shift.pk}/check-in/")
    assert page.status_code == 200 and b'name="attendance" value="present"' in page.content
    coordinator_client.post(
        f"/admin/registry/shifts/rota/{shift.pk}/check-in/", {"signup": signup.pk, "attendance": "present"}
    )
    signup.refresh_from_db()
    assert signup.attendance == "present"
    for _ in range(2):
        coordinator_client.post(f"/admin/registry/shifts/rota/{shift.pk}/count-hours/")
    signup.refresh_from_db()
    assert signup.service_record is not None and signup.service_record.hours == 2
    assert signup.volunteer.service_records.count() == 1


def test_a_shift_with_sign_ups_cannot_be_deleted_but_an_empty_one_can(coordinator_client, opportunity, future_shift):
    sign_up(active_volunteer(), future_shift)
    response = coordinator_client.post(f"/admin/registry/shifts/delete/{future_shift.pk}/")
    assert response.status_code == 302 and Shift.objects.filter(pk=future_shift.pk).exists()
    empty = make_shift(opportunity, starts_at=future_shift.starts_at + datetime.timedelta(days=1))
    coordinator_client.post(f"/admin/registry/shifts/delete/{empty.pk}/")
    assert not Shift.objects.filter(pk=empty.pk).exists()


def test_the_listing_counts_shifts_with_the_right_plural(coordinator_client, opportunity, future_shift):
    from opportunities.admin_views import shift_count

    for day in range(1, 5):
        make_shift(opportunity, starts_at=future_shift.starts_at + datetime.timedelta(days=day))
    response = coordinator_client.get("/admin/registry/shifts/")
    assert response.context["paginator"].items_count_label == shift_count(5)


def test_each_listed_shift_opens_its_rota(coordinator_client, future_shift):
    html = coordinator_client.get("/admin/registry/shifts/").content.decode()
    assert f'href="/admin/registry/shifts/rota/{future_shift.pk}/"' in html


def test_the_rota_loads_the_volunteer_choosers_script(coordinator_client, future_shift):
    html = coordinator_client.get(f"/admin/registry/shifts/rota/{future_shift.pk}/").content.decode()
    # The "add a person" form's chooser button calls SnippetChooser, defined in Wagtail's snippet-chooser script.
    assert "wagtailsnippets/js/snippet-chooser.js" in html


@pytest.fixture
def counted_shift(coordinator_client, opportunity):
    """A shift that took place: one person present and counted as hours, one confirmed but not counted."""
    now = timezone.now()
    shift = make_shift(opportunity, starts_at=local(2030, 1, 1, 9), capacity=3)
    counted = sign_up(active_volunteer(last_name="Policzona"), shift, now=now)
    other = sign_up(active_volunteer(last_name="Niepoliczona"), shift, now=now)
    Shift.objects.filter(pk=shift.pk).update(
        starts_at=now - datetime.timedelta(hours=3), ends_at=now - datetime.timedelta(hours=1)
    )
    check_in = f"/admin/registry/shifts/rota/{shift.pk}/check-in/"
    coordinator_client.post(check_in, {"signup": counted.pk, "attendance": "present"})
    coordinator_client.post(f"/admin/registry/shifts/rota/{shift.pk}/count-hours/")
    counted.refresh_from_db()
    assert counted.service_record is not None
    return shift, counted, other


def test_the_rota_offers_no_removal_of_a_person_whose_hours_were_counted(coordinator_client, counted_shift):
    shift, counted, other = counted_shift

    html = coordinator_client.get(f"/admin/registry/shifts/rota/{shift.pk}/").content.decode()

    assert f'name="remove" value="{counted.pk}"' not in html
    assert f'name="remove" value="{other.pk}"' in html
    assert f'href="/admin/registry/service-records/edit/{counted.service_record_id}/"' in html
    # Nor is the shift offered for cancelling.
    assert f'href="/admin/registry/shifts/cancel/{shift.pk}/"' not in html


def test_removing_a_counted_person_is_refused_with_a_reason_and_the_hours_stay(coordinator_client, counted_shift):
    shift, counted, _other = counted_shift

    response = coordinator_client.post(
        f"/admin/registry/shifts/rota/{shift.pk}/", {"remove": counted.pk}, HTTP_ACCEPT_LANGUAGE="en", follow=True
    )

    counted.refresh_from_db()
    assert counted.state == Signup.State.CONFIRMED and counted.service_record is not None
    assert Shift.objects.get(pk=shift.pk).places_taken == 2
    assert not Email.objects.filter(kind="opportunities.removed").exists()
    shown = [str(message) for message in response.context["messages"]]
    assert any("zaliczona jako godziny" in message and "ewidencji" in message for message in shown)


def test_a_shift_with_counted_hours_cannot_be_cancelled(coordinator_client, counted_shift):
    shift, counted, other = counted_shift
    url = f"/admin/registry/shifts/cancel/{shift.pk}/"

    page = coordinator_client.get(url).content.decode()
    coordinator_client.post(url, {"reason": "Pomyłka"})

    assert 'name="reason"' not in page and "zaliczona jako godziny" in page
    shift.refresh_from_db()
    assert shift.cancelled_at is None
    assert list(Signup.objects.filter(shift=shift).values_list("state", flat=True)) == ["confirmed", "confirmed"]
    assert not Email.objects.filter(kind="opportunities.shift-cancelled").exists()


def test_check_in_cannot_change_a_counted_attendance(coordinator_client, counted_shift):
    shift, counted, _other = counted_shift
    url = f"/admin/registry/shifts/rota/{shift.pk}/check-in/"

    page = coordinator_client.get(url).content.decode()
    coordinator_client.post(url, {"signup": counted.pk, "attendance": "absent"})

    assert f'<input type="hidden" name="signup" value="{counted.pk}">' not in page
    counted.refresh_from_db()
    assert counted.attendance == Signup.Attendance.PRESENT
