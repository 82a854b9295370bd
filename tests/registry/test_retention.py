"""`manage.py registry_retention`: closed applications are anonymised once the retention period is over."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from registry.models import Volunteer
from tests.registry.factories import VolunteerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _retention(settings):
    settings.REGISTRY_RETENTION_DAYS = 365


def volunteer(status, days_ago, **fields):
    """A volunteer whose status last changed `days_ago` days ago (None: the change date is unknown)."""
    person = VolunteerFactory(status=status, **fields)
    changed = timezone.now() - timedelta(days=days_ago if days_ago is not None else 0)
    if days_ago is None:
        Volunteer.objects.filter(pk=person.pk).update(status_changed_at=None, updated_at=changed - timedelta(days=400))
    else:
        Volunteer.objects.filter(pk=person.pk).update(status_changed_at=changed, updated_at=changed)
    return person


def run(*args):
    out = StringIO()
    call_command("registry_retention", *args, stdout=out)
    return out.getvalue()


def anonymised(person):
    person.refresh_from_db()
    return person.anonymised_at is not None


def test_old_rejected_and_withdrawn_applications_are_anonymised():
    rejected = volunteer(Volunteer.Status.REJECTED, 400)
    withdrawn = volunteer(Volunteer.Status.WITHDRAWN, 366)
    run()
    assert anonymised(rejected) and anonymised(withdrawn)


def test_recent_rejections_are_kept():
    recent = volunteer(Volunteer.Status.REJECTED, 300)
    run()
    assert not anonymised(recent)


@pytest.mark.parametrize("status", ["applied", "screening", "trained", "active", "inactive"])
def test_other_statuses_are_kept_however_old(status):
    person = volunteer(status, 2000)
    run()
    assert not anonymised(person)


def test_the_last_update_counts_when_the_status_change_date_is_unknown():
    person = volunteer(Volunteer.Status.WITHDRAWN, None)
    run()
    assert anonymised(person)


def test_the_period_comes_from_the_setting(settings):
    settings.REGISTRY_RETENTION_DAYS = 30
    person = volunteer(Volunteer.Status.REJECTED, 45)
    run()
    assert anonymised(person)


def test_a_second_run_does_nothing_more():
    person = volunteer(Volunteer.Status.REJECTED, 400)
    run()
    person.refresh_from_db()
    first = person.anonymised_at
    assert "Anonymised 0 volunteer(s)" in run()
    person.refresh_from_db()
    assert person.anonymised_at == first


def test_a_dry_run_reports_the_ids_and_changes_nothing():
    person = volunteer(Volunteer.Status.REJECTED, 400, first_name="Wiesława", email="wieslawa@example.org")
    output = run("--dry-run")
    assert "1 volunteer(s) would be anonymised" in output
    assert str(person.pk) in output
    assert not anonymised(person)
    assert "Wiesława" not in output and "wieslawa@example.org" not in output


def test_the_report_names_no_one():
    volunteer(Volunteer.Status.REJECTED, 400, first_name="Wiesława", last_name="Gąsiorowska")
    output = run()
    assert "Anonymised 1 volunteer(s)" in output
    assert "Wiesława" not in output and "Gąsiorowska" not in output
