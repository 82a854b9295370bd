"""The accessibility statement's yearly review (by 31 March): a reminder to the site's editors in March and once
overdue, each once a year, to the Communications group and superusers only."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from wagtail.users.models import UserProfile

from home.accessibility_review import DUE, OVERDUE, review_state
from outbox.models import Email
from tests.home.factories import AccessibilityStatementPageFactory

pytestmark = pytest.mark.django_db


def today_is(day):
    return mock.patch("django.utils.timezone.localdate", return_value=day)


@pytest.fixture
def editors():
    editor = User.objects.create_user("editor", email="redakcja@example.org", password="not-used-in-tests-1")
    editor.groups.add(Group.objects.get(name="Communications"))
    admin = User.objects.create_superuser("boss", email="admin@example.org", password="not-used-in-tests-1")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "en"
    profile.save()
    coordinator = User.objects.create_user("coord", email="koordynacja@example.org", password="not-used-in-tests-1")
    coordinator.groups.add(Group.objects.get(name="Coordinators"))
    User.objects.create_user("gone", email="byly@example.org", is_active=False).groups.add(
        Group.objects.get(name="Communications")
    )
    return editor, admin


@pytest.fixture
def statement():
    return AccessibilityStatementPageFactory(
        prepared_on=datetime.date(2025, 3, 20), reviewed_on=datetime.date(2026, 2, 10)
    )


def run(day):
    with today_is(day):
        call_command("accessibility_review_reminder")


@pytest.mark.parametrize(
    ("reviewed", "today", "expected"),
    [
        (datetime.date(2026, 2, 10), datetime.date(2027, 2, 28), None),  # before March: nothing yet
        (datetime.date(2026, 2, 10), datetime.date(2027, 3, 1), DUE),
        (datetime.date(2026, 2, 10), datetime.date(2027, 3, 31), DUE),
        (datetime.date(2026, 2, 10), datetime.date(2027, 4, 1), OVERDUE),
        (datetime.date(2027, 1, 15), datetime.date(2027, 3, 10), None),  # reviewed this year
        (datetime.date(2027, 3, 30), datetime.date(2027, 6, 1), None),
        (None, datetime.date(2027, 3, 5), DUE),  # never reviewed, prepared in 2025
    ],
)
def test_the_review_is_due_in_march_and_overdue_after_it_unless_done_this_year(statement, reviewed, today, expected):
    statement.reviewed_on = reviewed
    assert review_state(statement, today) == expected


def test_in_march_each_editor_gets_one_reminder_in_their_admin_language(
    statement, editors, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run(datetime.date(2027, 3, 1))
        run(datetime.date(2027, 3, 2))
        run(datetime.date(2027, 3, 31))
    by_address = {message.to[0]: message for message in mailoutbox}
    assert sorted(by_address) == ["admin@example.org", "redakcja@example.org"]  # no coordinator, no inactive account
    assert len(mailoutbox) == 2
    english = by_address["admin@example.org"]
    assert "by 31 March" in english.subject
    assert f"/admin/pages/{statement.pk}/edit/" in english.body
    assert "10.02.2026" in english.body or "2026" in english.body


def test_once_overdue_a_second_reminder_goes_once(statement, editors, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        run(datetime.date(2027, 3, 15))
        run(datetime.date(2027, 4, 1))
        run(datetime.date(2027, 5, 1))
    kinds = sorted(Email.objects.values_list("kind", flat=True))
    assert kinds == ["accessibility.review_due"] * 2 + ["accessibility.review_overdue"] * 2
    assert len(mailoutbox) == 4


def test_a_review_recorded_stops_the_reminders(statement, editors, mailoutbox, django_capture_on_commit_callbacks):
    statement.reviewed_on = datetime.date(2027, 3, 3)
    statement.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        run(datetime.date(2027, 3, 4))
        run(datetime.date(2027, 4, 2))
    assert mailoutbox == []


def test_no_statement_no_reminder(editors, mailoutbox):
    run(datetime.date(2027, 3, 4))
    assert not Email.objects.exists()


def test_the_site_app_does_not_import_the_registry():
    import ast
    from pathlib import Path

    for name in ("accessibility_review.py", "tasks.py"):
        tree = ast.parse((Path(__file__).resolve().parents[2] / "home" / name).read_text())
        modules = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        modules += [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
        assert not any(module.startswith("registry") for module in modules)
