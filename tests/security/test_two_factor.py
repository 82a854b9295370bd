"""Two-step verification (TOTP) in the admin: optional for everyone, required of registry users when switched on."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

SETUP_URL = "/admin/2fa/setup/"
VERIFY_URL = "/admin/2fa/verify/"


def make_user(username, *permissions):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "a long passphrase 42")
    for codename in ["access_admin", *permissions]:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.fixture
def coordinator(db):
    return make_user("coordinator", "view_volunteer", "change_volunteer")


@pytest.fixture
def editor(db):
    return make_user("editor")


def current_code(device):
    """The six digits the app shows now (TOTP.token() is an int, so leading zeros must be put back)."""
    token = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    return str(token).zfill(device.digits)


def confirmed_device_for(user):
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


@pytest.fixture
def require_2fa(settings):
    settings.REGISTRY_REQUIRE_2FA = True


def request_link(client, capture):
    """Asks for the enrolment link and returns the one e-mailed (sent after the transaction commits)."""
    with capture(execute=True):
        client.post(SETUP_URL, {"action": "send_link"})
    links = re.findall(r"https?://\S+/admin/2fa/enrol/\S+/", mail.outbox[-1].body)
    assert len(links) == 1
    return links[0].removeprefix("http://testserver")


def enrol(client, capture):
    """Opens the e-mailed link in this signed-in session: the set-up page then shows a secret."""
    response = client.get(request_link(client, capture))
    assert response.status_code == 302 and response["Location"] == SETUP_URL


def test_registry_user_without_a_device_is_sent_to_set_one_up_when_required(client, coordinator, require_2fa):
    client.force_login(coordinator)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP_URL)


def test_every_admin_url_redirects_an_unverified_registry_user_when_required(client, coordinator, require_2fa):
    client.force_login(coordinator)
    for url in ["/admin/pages/", "/admin/account/", "/admin/search/?q=x"]:
        assert client.get(url)["Location"].startswith(SETUP_URL), url


def test_user_without_registry_permissions_is_not_forced_to_use_2fa(client, editor, require_2fa):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_registry_user_is_not_forced_when_the_requirement_is_off(client, coordinator, settings):
    settings.REGISTRY_REQUIRE_2FA = False
    client.force_login(coordinator)
    assert client.get("/admin/").status_code == 200


def test_setup_page_shows_an_inline_qr_code_allowed_by_the_admin_policy(
    client, coordinator, require_2fa, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    enrol(client, django_capture_on_commit_callbacks)
    response = client.get(SETUP_URL)
    assert response.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in response.content.decode()
    assert "data:" in response["Content-Security-Policy"].split("img-src", 1)[1].split(";", 1)[0]


def test_confirming_the_first_code_turns_2fa_on_and_opens_the_admin(
    client, coordinator, require_2fa, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    enrol(client, django_capture_on_commit_callbacks)
    device = TOTPDevice.objects.get(user=coordinator)
    response = client.post(SETUP_URL, {"token": current_code(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_during_setup_leaves_2fa_off(client, coordinator, require_2fa, django_capture_on_commit_callbacks):
    client.force_login(coordinator)
    enrol(client, django_capture_on_commit_callbacks)
    response = client.post(SETUP_URL, {"token": "000000"})
    assert response.status_code == 200
    assert not TOTPDevice.objects.get(user=coordinator).confirmed
    assert client.get("/admin/").status_code == 302


def test_a_user_with_a_device_must_enter_a_code_after_signing_in(client, editor):
    confirmed_device_for(editor)
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY_URL)


def test_a_wrong_code_is_refused_and_the_admin_stays_closed(client, editor):
    device = confirmed_device_for(editor)
    client.force_login(editor)
    wrong = str((int(current_code(device)) + 1) % 1_000_000).zfill(device.digits)
    response = client.post(VERIFY_URL, {"token": wrong})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_the_right_code_opens_the_admin(client, editor):
    device = confirmed_device_for(editor)
    client.force_login(editor)
    response = client.post(VERIFY_URL, {"token": current_code(device), "next": "/admin/"})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_verify_never_redirects_to_another_site(client, editor):
    device = confirmed_device_for(editor)
    client.force_login(editor)
    response = client.post(VERIFY_URL, {"token": current_code(device), "next": "https://evil.example.com/"})
    assert response["Location"] == "/admin/"


def test_two_factor_pages_need_an_admin_sign_in(client, db):
    for url in [SETUP_URL, VERIFY_URL, "/admin/2fa/enrol/x/"]:
        assert client.get(url)["Location"].startswith("/admin/login/"), url


def test_any_admin_user_can_turn_2fa_on_from_the_account_page(client, editor):
    client.force_login(editor)
    response = client.get("/admin/account/")
    assert response.status_code == 200
    assert f'href="{SETUP_URL}"' in response.content.decode()
    assert client.get(SETUP_URL).status_code == 200


# Enrolment needs the e-mailed link: a password alone (what a thief has) never shows a secret.


def test_a_password_alone_never_shows_a_secret_or_registers_a_device(client, coordinator, require_2fa):
    client.force_login(coordinator)
    response = client.get(SETUP_URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert "data:image/svg+xml" not in page and "otpauth" not in page
    assert not TOTPDevice.objects.filter(user=coordinator).exists()
    client.post(SETUP_URL, {"token": "123456"})
    assert not TOTPDevice.objects.filter(user=coordinator).exists()
    assert client.get("/admin/")["Location"].startswith(SETUP_URL)


def test_the_link_goes_to_the_account_address_only_after_commit_and_names_nobody(
    client, coordinator, require_2fa, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(SETUP_URL, {"action": "send_link"})
        assert mail.outbox == []
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [coordinator.email]
    assert "/admin/2fa/enrol/" in message.body and "coordinator" not in message.body.replace(coordinator.email, "")


def test_a_second_request_within_a_minute_sends_no_second_mail(
    client, coordinator, require_2fa, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    request_link(client, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SETUP_URL, {"action": "send_link"})
    assert len(mail.outbox) == 1


def test_the_link_works_once(client, coordinator, require_2fa, django_capture_on_commit_callbacks):
    client.force_login(coordinator)
    link = request_link(client, django_capture_on_commit_callbacks)
    assert client.get(link).status_code == 302
    device = TOTPDevice.objects.get(user=coordinator)
    assert client.get(link).status_code == 400
    assert list(TOTPDevice.objects.filter(user=coordinator)) == [device]


def test_the_link_opens_nothing_in_another_account(
    client, coordinator, require_2fa, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    link = request_link(client, django_capture_on_commit_callbacks)
    thief = make_user("thief", "view_volunteer")
    client.force_login(thief)
    assert client.get(link).status_code == 400
    assert not TOTPDevice.objects.filter(user__in=[thief, coordinator]).exists()
    assert "otpauth" not in client.get(SETUP_URL).content.decode()


def test_an_expired_link_is_refused(client, coordinator, require_2fa, django_capture_on_commit_callbacks, monkeypatch):
    from security import enrolment

    client.force_login(coordinator)
    link = request_link(client, django_capture_on_commit_callbacks)
    monkeypatch.setattr(enrolment, "ENROLMENT_LINK_SECONDS", -1)
    assert client.get(link).status_code == 400
    assert not TOTPDevice.objects.filter(user=coordinator).exists()


def test_a_pending_device_from_another_session_cannot_be_confirmed_here(
    client, coordinator, require_2fa, django_capture_on_commit_callbacks
):
    """The owner opened the link in their browser; a thief's session with the password gets no secret."""
    from django.test import Client

    owner = Client()
    owner.force_login(coordinator)
    enrol(owner, django_capture_on_commit_callbacks)
    device = TOTPDevice.objects.get(user=coordinator)
    client.force_login(coordinator)
    page = client.get(SETUP_URL).content.decode()
    assert "otpauth" not in page and "data:image/svg+xml" not in page
    client.post(SETUP_URL, {"token": current_code(device)})
    device.refresh_from_db()
    assert not device.confirmed


def test_nobody_changes_their_own_e_mail_address_where_the_link_is_sent(client, editor):
    client.force_login(editor)
    page = client.get("/admin/account/").content.decode()
    assert 'name="name_email-first_name"' in page
    assert 'name="name_email-email"' not in page
