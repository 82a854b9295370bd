"""New staff accounts get the Polish admin whatever their browser asks for; each can still choose."""

import pytest
from django.contrib.auth.models import Permission, User
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def staff(username="nowa-osoba"):
    user = User.objects.create_user(username, password="not-used-in-tests-1")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def test_a_new_account_prefers_polish():
    assert UserProfile.get_for_user(staff()).preferred_language == "pl"


def test_a_new_account_sees_the_admin_in_polish_with_an_english_browser(client):
    client.force_login(staff())
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").content.decode()
    assert '<html lang="pl"' in html


def test_an_account_that_chose_english_keeps_it(client):
    user = staff()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    user.save()
    client.force_login(user)
    assert '<html lang="en"' in client.get("/admin/").content.decode()
