"""The admin login: lockout after repeated failures, one answer for every failure, strong passwords."""

import datetime
import re

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command

LOGIN_URL = "/admin/login/"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail_until_locked(client, username="editor", address="203.0.113.7"):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, username, "wrong password", address)


def test_lockout_settings_are_five_failures_for_fifteen_minutes_per_username_and_address():
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME == datetime.timedelta(minutes=15)
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AUTHENTICATION_BACKENDS[0].startswith("axes.") or "Axes" in settings.AUTHENTICATION_BACKENDS[0]


def test_correct_password_signs_in_before_any_failure(client, editor):
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(editor.pk)


def test_five_wrong_passwords_lock_out_even_the_right_password(client, editor):
    fail_until_locked(client)
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_four_wrong_passwords_do_not_lock_out(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "editor", "wrong password")
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_lockout_page_is_translated_and_names_the_cool_off(client, editor):
    fail_until_locked(client)
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
        HTTP_ACCEPT_LANGUAGE="pl",
    )
    body = response.content.decode()
    assert response.status_code == 429
    assert "15" in body
    assert "Content-Security-Policy" in response


def test_lockout_is_per_address_so_another_address_can_still_sign_in(client, editor):
    fail_until_locked(client, address="203.0.113.7")
    assert sign_in(client, "editor", PASSWORD, address="198.51.100.20").status_code == 302


def test_lockout_ends_after_the_cool_off_time(client, editor):
    fail_until_locked(client)
    past = AccessAttempt.objects.all()
    past.update(attempt_time=past.first().attempt_time - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1))
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_axes_reset_username_command_unlocks_a_user(client, editor):
    fail_until_locked(client)
    call_command("axes_reset_username", "editor")
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_forged_forwarded_for_header_does_not_escape_the_lockout(client, editor, settings):
    settings.TRUSTED_PROXIES = []
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            LOGIN_URL,
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        )
    response = client.post(
        LOGIN_URL,
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
        HTTP_X_FORWARDED_FOR="192.0.2.99",
    )
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_lockout_follows_the_real_client(client, editor, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            LOGIN_URL,
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    other_client = client.post(
        LOGIN_URL,
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
    )
    assert other_client.status_code == 302


def without_csrf_token(html):
    """CSRF tokens (64 letters and digits, in the form and in the admin's JS config) differ on every response."""
    return re.sub(r"\b[A-Za-z0-9]{64}\b", "", html)


def test_unknown_user_and_wrong_password_get_the_same_answer(client, editor):
    wrong_password = sign_in(client, "editor", "wrong password")
    unknown_user = sign_in(client, "nobody-by-this-name", "wrong password")
    assert wrong_password.status_code == unknown_user.status_code == 200
    wrong_html = without_csrf_token(wrong_password.content.decode()).replace('value="editor"', "")
    unknown_html = without_csrf_token(unknown_user.content.decode()).replace('value="nobody-by-this-name"', "")
    assert wrong_html == unknown_html


def test_unknown_user_is_locked_out_like_a_real_one(client, db):
    fail_until_locked(client, username="nobody-by-this-name")
    assert sign_in(client, "nobody-by-this-name", "anything").status_code == 429


@pytest.mark.parametrize("password", ["short1!", "password1234", "123456789012345", "editor-editor"])
def test_weak_passwords_are_refused(password):
    user = get_user_model()(username="editor-editor", email="editor@example.org")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_unusual_passphrase_is_accepted():
    validate_password("lamp orbit Kielce rain 42", get_user_model()(username="editor"))


def test_sessions_live_in_the_database_and_end_after_a_working_day(client, editor):
    # Production reads them through Redis first (cached_db, tests/production/test_sessions.py).
    assert settings.SESSION_ENGINE.endswith(("backends.db", "backends.cached_db"))
    sign_in(client, "editor", PASSWORD)
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert client.cookies[settings.SESSION_COOKIE_NAME]["httponly"]


def test_a_request_without_a_client_address_is_recorded_without_one(client, editor):
    response = client.post(LOGIN_URL, {"username": "editor", "password": "wrong password"}, REMOTE_ADDR="")
    assert response.status_code == 200
    assert AccessAttempt.objects.get(username="editor").ip_address is None


def test_force_login_works_without_a_client_address(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
