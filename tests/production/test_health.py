import pytest
from django.db import OperationalError
from django.test import Client

import core.health
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_health_says_the_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "database": "ok",
        "cache": "ok",
        "broker": "in-process",
        "oldest_waiting_email_seconds": 0,
    }


def test_health_is_never_cached(client):
    response = client.get("/healthz")
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert "X-Cache" not in response


def test_health_answers_503_when_the_database_does_not(client, monkeypatch):
    monkeypatch.setattr(core.health, "database_answers", lambda: False)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_health_reports_a_cache_that_does_not_answer_without_failing(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == "unavailable"


def test_a_database_outage_shows_a_503_page_without_a_traceback(monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(HomePage, "get_context", unreachable)
    response = Client(raise_request_exception=False).get("/pl/")
    assert response.status_code == 503
    assert response["Retry-After"]
    body = response.content.decode()
    assert "Traceback" not in body and "connection refused" not in body
    assert '<html lang="pl">' in body


def test_other_errors_still_show_the_500_page(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(HomePage, "get_context", broken)
    response = Client(raise_request_exception=False).get("/pl/")
    assert response.status_code == 500


def test_health_reports_a_broker_that_does_not_answer_and_the_oldest_waiting_email(client, settings, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from outbox.models import Email
    from website.celery import app

    settings.CELERY_TASK_ALWAYS_EAGER = False
    monkeypatch.setitem(app.conf, "broker_url", "redis://127.0.0.1:1/0")
    Email.objects.create(key="k", kind="test", to="a@example.org", subject="s", body_text="t", from_email="x@x.org")
    Email.objects.update(created_at=timezone.now() - timedelta(minutes=10))
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["broker"] == "unavailable"
    assert 600 <= body["oldest_waiting_email_seconds"] < 660
