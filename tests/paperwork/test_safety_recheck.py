"""A new version of an area's safety information after people signed up for its shifts (paperwork/safety_recheck.py):
each person who owes it for a shift still to come is e-mailed once per version, through the task queue after the
version is saved; nobody else, nothing twice (re-save, retried task, daily run, even after the outbox forgot its
e-mails); the day-before reminder mentions it; nobody is taken off the shift; the logs name no one."""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from opportunities.models import Signup
from opportunities.reminders import send_shift_reminders
from opportunities.signups import cancel, sign_up
from outbox.models import Email
from paperwork.models import SafetyInformation, SafetyVersionNotice
from paperwork.requirements import acknowledge_information
from paperwork.safety_recheck import EMAIL_KIND, tell_about, tell_about_all
from paperwork.tasks import safety_new_version
from registry.models import Volunteer
from tests.opportunities.builders import active_volunteer, make_opportunity, make_shift
from tests.registry.factories import AreaFactory

pytestmark = pytest.mark.django_db


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def at_nine(days):
    day = days_from_today(days)
    return timezone.make_aware(datetime.datetime(day.year, day.month, day.day, 9))


@pytest.fixture
def water():
    return AreaFactory(name="Bezpieczeństwo nad wodą", slug="woda")


@pytest.fixture
def first_version(water):
    return SafetyInformation.objects.create(
        area=water, version=1, in_force_from=days_from_today(-100), text_pl="<p>Wersja 1</p>"
    )


@pytest.fixture
def patrol(water):
    return make_opportunity(area=water, title="Patrol nad zalewem")


def shift_in(patrol, days):
    return make_shift(patrol, starts_at=at_nine(days), capacity=5)


def signed_up(volunteer, shift, first_version):
    """Signed up the ordinary way: the version in force then read first."""
    acknowledge_information(volunteer, first_version, days_from_today(-1))
    return sign_up(volunteer, shift)


@pytest.fixture
def save_version(water, django_capture_on_commit_callbacks):
    """Save a version as the admin does: committed, so the task runs (eagerly in tests) after commit."""

    def save(in_force_in_days, version=2):
        with django_capture_on_commit_callbacks(execute=True):
            return SafetyInformation.objects.create(
                area=water, version=version, in_force_from=days_from_today(in_force_in_days), text_pl="<p>Nowa</p>"
            )

    return save


def safety_emails():
    return Email.objects.filter(kind=EMAIL_KIND)


def test_each_person_owing_the_new_version_gets_one_email_listing_their_shifts(patrol, first_version, save_version):
    both, one = active_volunteer(preferred_language="en"), active_volunteer()
    early, late = shift_in(patrol, 20), shift_in(patrol, 30)
    for volunteer, shift in ((both, early), (both, late), (one, early)):
        signed_up(volunteer, shift, first_version)

    version = save_version(10)

    assert sorted(safety_emails().values_list("to", flat=True)) == sorted([both.email, one.email])
    email = safety_emails().get(to=both.email)
    assert "Bezpieczeństwo nad wodą" in email.body_text and "version (2)" in email.body_text
    assert email.body_text.count("Patrol nad zalewem") == 2
    with translation.override("en"):
        assert "/en/" in email.body_text and f"area={version.area_id}" in email.body_text
    assert email.key == f"{EMAIL_KIND}:{version.pk}:{both.pk}"
    # Nobody is taken off: the coordinator decides.
    assert set(Signup.objects.values_list("state", flat=True)) == {Signup.State.CONFIRMED}


def test_nobody_is_emailed_whose_shifts_are_before_the_new_version_starts(patrol, first_version, save_version):
    signed_up(active_volunteer(), shift_in(patrol, 5), first_version)

    save_version(10)

    assert not safety_emails().exists()


def test_nobody_is_emailed_who_already_acknowledged_the_new_version(patrol, first_version, water):
    volunteer = active_volunteer()
    signed_up(volunteer, shift_in(patrol, 20), first_version)
    version = SafetyInformation.objects.create(
        area=water, version=2, in_force_from=days_from_today(10), text_pl="<p>Nowa</p>"
    )
    acknowledge_information(volunteer, version)  # a later version may be read in advance

    assert tell_about(version) == 0
    assert not safety_emails().exists()


def test_cancelled_sign_ups_are_not_emailed(patrol, first_version, save_version):
    signup = signed_up(active_volunteer(), shift_in(patrol, 20), first_version)
    cancel(signup)

    save_version(10)

    assert not safety_emails().exists()


def test_a_re_save_a_retried_task_and_the_daily_run_send_nothing_more(
    patrol, first_version, save_version, django_capture_on_commit_callbacks
):
    volunteer = active_volunteer()
    signed_up(volunteer, shift_in(patrol, 20), first_version)
    version = save_version(10)
    assert safety_emails().count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        version.save()
    safety_new_version(version.pk)
    tell_about_all()
    call_command("paperwork_safety_recheck", stdout=open("/dev/null", "w"))  # noqa: SIM115
    # The outbox forgets sent e-mails after OUTBOX_KEEP_DAYS; the notice row still says the person was told.
    Email.objects.all().delete()
    tell_about_all()

    assert not safety_emails().exists()
    assert SafetyVersionNotice.objects.filter(volunteer=volunteer, information=version).count() == 1


def test_a_later_version_in_force_by_the_shift_day_is_the_one_told(patrol, first_version, save_version):
    volunteer = active_volunteer()
    signed_up(volunteer, shift_in(patrol, 20), first_version)
    signed_up(volunteer, shift_in(patrol, 40), first_version)

    second = save_version(10)
    third = save_version(30, version=3)

    # The 20-day shift owes version 2; the 40-day one owes version 3 (version 2 is no longer in force by then).
    assert sorted(safety_emails().values_list("key", flat=True)) == sorted(
        [f"{EMAIL_KIND}:{second.pk}:{volunteer.pk}", f"{EMAIL_KIND}:{third.pk}:{volunteer.pk}"]
    )


def test_people_who_may_not_be_written_to_are_not_emailed_nor_marked_as_told(patrol, first_version, water):
    volunteer = active_volunteer()
    signed_up(volunteer, shift_in(patrol, 20), first_version)
    Volunteer.objects.filter(pk=volunteer.pk).update(status=Volunteer.Status.WITHDRAWN)
    version = SafetyInformation.objects.create(
        area=water, version=2, in_force_from=days_from_today(10), text_pl="<p>Nowa</p>"
    )

    assert tell_about(version) == 0
    assert not SafetyVersionNotice.objects.exists()


def test_the_logs_name_no_one(patrol, first_version, save_version, caplog):
    volunteer = active_volunteer(first_name="Eufrozyna", last_name="Zdziebłowska")
    signed_up(volunteer, shift_in(patrol, 20), first_version)

    with caplog.at_level(logging.DEBUG):
        version = save_version(10)
        tell_about_all()

    assert f"safety information #{version.pk}: 1 owing, 1 e-mailed now" in caplog.text
    for personal in (volunteer.email, "Eufrozyna", "Zdziebłowska", volunteer.phone):
        assert personal not in caplog.text


def test_the_reminder_mentions_the_information_still_to_confirm(patrol, first_version, water):
    owing, done = active_volunteer(preferred_language="en"), active_volunteer(preferred_language="en")
    shift = shift_in(patrol, 1)
    signed_up(owing, shift, first_version)
    signed_up(done, shift, first_version)
    version = SafetyInformation.objects.create(
        area=water, version=2, in_force_from=days_from_today(0), text_pl="<p>Nowa</p>"
    )
    acknowledge_information(done, version)

    send_shift_reminders(now=shift.starts_at - datetime.timedelta(hours=2))

    reminders = Email.objects.filter(kind="opportunities.reminder")
    owing_text = reminders.get(to=owing.email).body_text
    assert "Before this shift:" in owing_text and "(version 2)" in owing_text
    assert "http://" in owing_text.split("Before this shift:", 1)[1] and f"area={water.pk}" in owing_text
    assert "Before this shift:" not in reminders.get(to=done.email).body_text
