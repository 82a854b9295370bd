"""Production sessions: kept in PostgreSQL, read through Redis, and gone from both when someone signs out."""

import pytest
from django.contrib.sessions.models import Session

from tests.security.test_production_settings import production_environment, production_settings

pytestmark = pytest.mark.django_db

CACHED_DB = "django.contrib.sessions.backends.cached_db"


def test_production_reads_sessions_through_redis_and_keeps_them_in_the_database():
    found = production_settings(["SESSION_ENGINE"], production_environment())
    assert found["SESSION_ENGINE"] == repr(CACHED_DB)


def test_a_signed_in_session_is_read_from_redis_without_a_query_and_signing_out_ends_it_everywhere(
    client, settings, redis_cache, django_user_model, django_assert_num_queries
):
    settings.SESSION_ENGINE = CACHED_DB
    user = django_user_model.objects.create_user("editor", "e@example.org", "a long passphrase 42")
    client.force_login(user)
    key = client.session.session_key
    assert Session.objects.filter(session_key=key).exists()  # the record, should Redis lose it

    from importlib import import_module

    store = import_module(CACHED_DB).SessionStore
    with django_assert_num_queries(0):
        assert store(key).load()["_auth_user_id"] == str(user.pk)

    client.post("/admin/logout/")

    assert not Session.objects.filter(session_key=key).exists()
    assert store(key).load() == {}
