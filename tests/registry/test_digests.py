"""Coordinators' digests: counts and links to the filtered list, no names, once a day, at their times."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from celery.schedules import crontab
from django.conf import settings as django_settings
from django.core.management import call_command
from django.utils import timezone

from outbox.models import Email
from registry.models import Volunteer
from tests.registry.factories import VolunteerFactory

pytestmark = pytest.mark.django_db

COORDINATORS = "koordynatorzy@example.org"
TODAY = datetime.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def coordinators(settings):
    settings.REGISTRY_COORDINATORS_EMAIL = COORDINATORS
    settings.REGISTRY_ANSWER_DAYS = 14


def today_is(day):
    return mock.patch("django.utils.timezone.localdate", return_value=day)


def active(expires_on, **kwargs):
    return VolunteerFactory(status=Volunteer.Status.ACTIVE, vetting_expires_on=expires_on, **kwargs)


def applied_days_ago(days, **kwargs):
    volunteer = VolunteerFactory(status=Volunteer.Status.APPLIED, **kwargs)
    moment = timezone.make_aware(datetime.datetime.combine(TODAY, datetime.time(12))) - datetime.timedelta(days=days)
    Volunteer.objects.filter(pk=volunteer.pk).update(created_at=moment)
    return volunteer


def test_the_vetting_digest_counts_and_links_without_names(mailoutbox, django_capture_on_commit_callbacks):
    active(TODAY + datetime.timedelta(days=10), first_name="Bożydar", last_name="Kapusta")
    active(TODAY + datetime.timedelta(days=29))
    active(TODAY - datetime.timedelta(days=1))
    active(TODAY + datetime.timedelta(days=90))
    with today_is(TODAY), django_capture_on_commit_callbacks(execute=True):
        call_command("registry_vetting_digest")
    [message] = mailoutbox
    assert message.to == [COORDINATORS]
    assert "2 aktywnych wolontariuszy" in message.body or "2 active" in message.body
    assert "/admin/registry/volunteers/?status=active&vetting=expiring" in message.body
    assert "/admin/registry/volunteers/?status=active&vetting=expired" in message.body
    for personal in ("Bożydar", "Kapusta", "@example.org"):
        assert personal not in message.body + message.subject


def test_a_digest_is_sent_once_a_day_however_often_it_runs(mailoutbox, django_capture_on_commit_callbacks):
    active(TODAY + datetime.timedelta(days=3))
    with today_is(TODAY), django_capture_on_commit_callbacks(execute=True):
        call_command("registry_vetting_digest")
        call_command("registry_vetting_digest")
    assert len(mailoutbox) == 1
    assert Email.objects.filter(kind="digest.vetting").count() == 1


def test_nothing_to_report_sends_nothing(mailoutbox, django_capture_on_commit_callbacks):
    active(TODAY + datetime.timedelta(days=200))
    applied_days_ago(3)
    with today_is(TODAY), django_capture_on_commit_callbacks(execute=True):
        call_command("registry_vetting_digest")
        call_command("registry_unanswered_digest")
    assert mailoutbox == []


def test_the_unanswered_digest_counts_applications_older_than_the_promise(
    mailoutbox, django_capture_on_commit_callbacks
):
    applied_days_ago(20, first_name="Bożydar")
    applied_days_ago(15)
    applied_days_ago(13)
    VolunteerFactory(status=Volunteer.Status.ACTIVE)
    with today_is(TODAY), django_capture_on_commit_callbacks(execute=True):
        call_command("registry_unanswered_digest")
    [message] = mailoutbox
    assert message.body.count("2 ") >= 1
    assert "/admin/registry/volunteers/?status=applied&joined_to=2026-11-15" in message.body
    assert "Bożydar" not in message.body


def unanswered_digest_body(settings, days, language, mailoutbox, capture):
    """The digest as sent with REGISTRY_ANSWER_DAYS=days, in the site's language `language`."""
    settings.REGISTRY_ANSWER_DAYS = days
    settings.LANGUAGE_CODE = language
    applied_days_ago(days + 3)
    with today_is(TODAY), capture(execute=True):
        call_command("registry_unanswered_digest")
    [message] = mailoutbox
    return " ".join(message.body.split())


@pytest.mark.parametrize("days, period", [(1, "1 day"), (2, "2 days"), (5, "5 days")])
def test_the_unanswered_digest_says_the_promised_days_in_the_right_number(
    settings, mailoutbox, django_capture_on_commit_callbacks, days, period
):
    body = unanswered_digest_body(settings, days, "en", mailoutbox, django_capture_on_commit_callbacks)
    assert f"1 application has been waiting for an answer for more than {period}, longer than" in body


POLISH_PERIODS = [(1, "1 dzień"), (2, "2 dni"), (5, "5 dni"), (22, "22 dni")]


@pytest.mark.parametrize("days, period", POLISH_PERIODS)
def test_the_unanswered_digest_says_the_promised_days_in_polish(
    settings, mailoutbox, django_capture_on_commit_callbacks, days, period
):
    body = unanswered_digest_body(settings, days, "pl", mailoutbox, django_capture_on_commit_callbacks)
    assert f"1 zgłoszenie czeka na odpowiedź dłużej niż {period}, czyli" in body


def test_the_digest_link_filters_exactly_the_counted_applications():
    from registry.digests import unanswered_count
    from registry.filters import VolunteerFilterSet

    for days in (20, 15, 14, 13):
        applied_days_ago(days)
    listed = VolunteerFilterSet(
        data={"status": "applied", "joined_to": "2026-11-15"}, queryset=Volunteer.objects.all()
    ).qs
    assert unanswered_count(TODAY) == listed.count() == 2


def test_the_schedule_runs_each_job_in_warsaw_time():
    schedule = django_settings.CELERY_BEAT_SCHEDULE
    assert django_settings.CELERY_TIMEZONE == "Europe/Warsaw"
    tasks = {entry["task"]: entry["schedule"] for entry in schedule.values()}
    assert tasks["registry.retention"] == crontab(minute=30, hour=3)
    assert isinstance(tasks["registry.vetting_digest"], crontab)
    assert isinstance(tasks["registry.unanswered_digest"], crontab)
    assert tasks["outbox.sweep"] == 60.0


def fires_at(name, warsaw_time, last_run):
    """Whether beat would run the named job at this Warsaw wall-clock time, given its last run."""
    from website.celery import app

    schedule = django_settings.CELERY_BEAT_SCHEDULE[name]["schedule"]
    warsaw = ZoneInfo("Europe/Warsaw")
    moment = warsaw_time.replace(tzinfo=warsaw)
    entry = crontab(
        minute=schedule.minute, hour=schedule.hour, day_of_week=schedule.day_of_week, nowfun=lambda: moment, app=app
    )
    return entry.is_due(last_run.replace(tzinfo=warsaw))[0]


def test_the_digests_and_retention_fire_at_their_warsaw_times():
    monday = datetime.datetime(2026, 11, 30, 8, 0, 30)
    last_week = datetime.datetime(2026, 11, 23, 8, 0, 30)
    assert fires_at("registry-vetting-digest", monday, last_week)
    assert not fires_at("registry-vetting-digest", monday - datetime.timedelta(hours=1), last_week)
    assert not fires_at("registry-vetting-digest", monday + datetime.timedelta(days=1), monday)
    assert fires_at("registry-unanswered-digest", monday + datetime.timedelta(days=1), monday)
    friday = datetime.datetime(2026, 11, 27, 8, 0, 30)
    assert not fires_at("registry-unanswered-digest", monday - datetime.timedelta(days=1), friday)  # Sunday
    night = datetime.datetime(2026, 12, 1, 3, 30, 10)
    assert fires_at("registry-retention", night, night - datetime.timedelta(days=1))


# Data-subject requests nearing their one-month deadline (GDPR art. 12(3))


def data_request(received_days_ago, done=False, volunteer=None):
    from registry.models import DataSubjectRequest

    received = TODAY - datetime.timedelta(days=received_days_ago)
    return DataSubjectRequest.objects.create(
        kind=DataSubjectRequest.Kind.ACCESS,
        received_on=received,
        volunteer=volunteer,
        done_on=received if done else None,
    )


def test_the_data_requests_digest_counts_requests_due_soon_and_overdue_without_names(
    mailoutbox, django_capture_on_commit_callbacks
):
    person = VolunteerFactory(first_name="Bożydar", last_name="Kapusta")
    data_request(26, volunteer=person)  # due on 4 December: within 7 days
    data_request(29)  # due on 1 December
    data_request(40)  # overdue
    data_request(10)  # due in three weeks: not yet
    data_request(45, done=True)  # answered
    with today_is(TODAY), django_capture_on_commit_callbacks(execute=True):
        call_command("registry_data_requests_digest")
    [message] = mailoutbox
    assert message.to == [COORDINATORS]
    assert "/admin/registry/data-requests/?state=due-soon" in message.body
    assert "/admin/registry/data-requests/?state=overdue" in message.body
    assert "2 " in message.body and "1 " in message.body
    for personal in ("Bożydar", "Kapusta", "@example.org"):
        assert personal not in message.body + message.subject


def test_the_data_requests_digest_link_lists_exactly_the_counted_requests():
    from registry.digests import data_request_figures
    from registry.gdpr.requests import DataSubjectRequestFilterSet
    from registry.models import DataSubjectRequest

    for days in (40, 29, 26, 24, 10):
        data_request(days)
    with today_is(TODAY):
        figures = data_request_figures(TODAY)
        for state, key in (("due-soon", "due_soon"), ("overdue", "overdue")):
            listed = DataSubjectRequestFilterSet(data={"state": state}, queryset=DataSubjectRequest.objects.all()).qs
            assert listed.count() == figures[key]
    assert figures == {"due_soon": 3, "overdue": 1}


def test_the_data_requests_digest_is_sent_once_a_day_and_not_when_nothing_is_due(
    mailoutbox, django_capture_on_commit_callbacks
):
    data_request(10)
    with today_is(TODAY), django_capture_on_commit_callbacks(execute=True):
        call_command("registry_data_requests_digest")
    assert mailoutbox == []
    data_request(40)
    with today_is(TODAY), django_capture_on_commit_callbacks(execute=True):
        call_command("registry_data_requests_digest")
        call_command("registry_data_requests_digest")
    assert len(mailoutbox) == 1


def test_the_data_requests_digest_and_the_accessibility_reminder_fire_at_their_warsaw_times():
    tuesday = datetime.datetime(2026, 12, 1, 8, 15, 30)
    monday = datetime.datetime(2026, 11, 30, 8, 15, 30)
    assert fires_at("registry-data-requests-digest", tuesday, monday)
    assert not fires_at("registry-data-requests-digest", tuesday - datetime.timedelta(minutes=30), monday)
    saturday = datetime.datetime(2026, 12, 5, 8, 15, 30)
    assert not fires_at("registry-data-requests-digest", saturday, saturday - datetime.timedelta(days=1))
    march_day = datetime.datetime(2027, 3, 2, 9, 0, 30)
    assert fires_at("home-accessibility-review", march_day, march_day - datetime.timedelta(days=1))
    assert not fires_at("home-accessibility-review", march_day.replace(hour=8), march_day - datetime.timedelta(days=1))
    tasks = {entry["task"] for entry in django_settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"registry.data_requests_digest", "home.accessibility_review_reminder"} <= tasks
