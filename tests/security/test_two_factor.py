"""Two-step verification (TOTP) in the admin: optional for everyone, required of registry users when switched on."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
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


def test_setup_page_shows_an_inline_qr_code_allowed_by_the_admin_policy(client, coordinator, require_2fa):
    client.force_login(coordinator)
    response = client.get(SETUP_URL)
    assert response.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in response.content.decode()
    assert "data:" in response["Content-Security-Policy"].split("img-src", 1)[1].split(";", 1)[0]


def test_confirming_the_first_code_turns_2fa_on_and_opens_the_admin(client, coordinator, require_2fa):
    client.force_login(coordinator)
    client.get(SETUP_URL)
    device = TOTPDevice.objects.get(user=coordinator)
    response = client.post(SETUP_URL, {"token": current_code(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_during_setup_leaves_2fa_off(client, coordinator, require_2fa):
    client.force_login(coordinator)
    client.get(SETUP_URL)
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
    for url in [SETUP_URL, VERIFY_URL]:
        assert client.get(url)["Location"].startswith("/admin/login/"), url


def test_any_admin_user_can_turn_2fa_on_from_the_account_page(client, editor):
    client.force_login(editor)
    response = client.get("/admin/account/")
    assert response.status_code == 200
    assert f'href="{SETUP_URL}"' in response.content.decode()
    assert client.get(SETUP_URL).status_code == 200
