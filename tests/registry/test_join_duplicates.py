"""Applying again, or many times at once: one record per email address, decided by the database."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from registry.models import Volunteer

from .join_helpers import application

JOIN_URL = "/pl/dolacz/"


def test_applying_again_with_the_same_email_in_another_case_keeps_one_record(client, join_page):
    client.post(JOIN_URL, application(email="zofia@example.org"))
    client.post(JOIN_URL, application(email="ZOFIA@Example.ORG", first_name="Zosia"))
    assert Volunteer.objects.count() == 1
    assert Volunteer.objects.get().first_name == "Zofia"


def test_a_repeat_application_is_noted_on_the_existing_record(client, join_page):
    client.post(JOIN_URL, application(email="zofia@example.org"))
    first_applied = Volunteer.objects.get().last_applied_at
    client.post(JOIN_URL, application(email="Zofia@example.org"))
    client.post(JOIN_URL, application(email="zofia@EXAMPLE.org"))
    volunteer = Volunteer.objects.get()
    assert volunteer.repeat_applications == 2
    assert volunteer.last_applied_at > first_applied


def test_a_repeat_gets_the_same_answer_as_a_first_application(client, join_page):
    first = client.post(JOIN_URL, application(email="zofia@example.org"))
    repeat = client.post(JOIN_URL, application(email="ZOFIA@example.org"))
    assert (repeat.status_code, repeat["Location"]) == (first.status_code, first["Location"])
    assert client.get(repeat["Location"]).content == client.get(first["Location"]).content


def test_an_anonymised_record_does_not_block_a_new_application(client, join_page):
    client.post(JOIN_URL, application(email="zofia@example.org"))
    Volunteer.objects.update(anonymised_at="2026-01-01T00:00:00Z")
    client.post(JOIN_URL, application(email="zofia@example.org"))
    assert Volunteer.objects.count() == 2
    assert Volunteer.objects.not_anonymised().count() == 1


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: SQLite serialises writers, so it cannot show a race between inserts",
)
# serialized_rollback: the migrations' site and locales are back for this test after earlier flushes.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_identical_applications_at_the_same_moment_store_one_record(join_page):
    data = application(email="race@example.org")
    start = threading.Barrier(8)
    statuses = []

    def apply():
        try:
            start.wait()
            statuses.append(Client().post(JOIN_URL, data).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=apply) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [303] * 8
    assert Volunteer.objects.filter(email="race@example.org").count() == 1
    assert Volunteer.objects.get(email="race@example.org").repeat_applications == 7
