"""Signing out of the admin takes a POST: a link or a prefetch (GET) leaves the session alone."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "a long passphrase 42")
    client.force_login(user)
    return client


def test_a_get_to_the_logout_address_keeps_the_session(staff_client):
    assert staff_client.get("/admin/logout/").status_code == 405
    assert staff_client.get("/admin/").status_code == 200


def test_a_post_signs_out(staff_client):
    response = staff_client.post("/admin/logout/")
    assert response.status_code == 302
    assert staff_client.get("/admin/").status_code == 302
