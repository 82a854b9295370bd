import threading

import pytest
from django.db import connection, connections, transaction

from paperwork import issuing
from paperwork.models import DocumentCounter, IssuedDocument
from paperwork.numbering import CODE_ALPHABET, CODE_LENGTH, format_code, next_serial, normalise_code


def test_numbers_run_per_kind_and_year(served, coordinator):
    first = issuing.issue_certificate(served, coordinator)
    second = issuing.issue_certificate(served, coordinator)
    opinion = issuing.issue_opinion(served, coordinator, assessment="Rzetelna praca.")
    assert (first.serial, second.serial, opinion.serial) == (1, 2, 1)
    assert second.number == f"2/{second.year}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_next_serial_refuses_to_run_outside_a_transaction():
    with pytest.raises(RuntimeError):
        next_serial("certificate", 2026)


def test_a_failed_issue_leaves_no_gap_in_the_numbers(served, coordinator):
    with pytest.raises(RuntimeError), transaction.atomic():
        issuing.issue_certificate(served, coordinator)
        raise RuntimeError("the caller's transaction fails after issuing")
    assert issuing.issue_certificate(served, coordinator).serial == 1


def test_verification_codes_carry_at_least_80_random_bits_and_differ(served, coordinator):
    codes = {issuing.issue_certificate(served, coordinator).verification_code for _ in range(5)}
    assert len(codes) == 5
    assert CODE_LENGTH * 5 >= 80 and len(CODE_ALPHABET) == 32
    assert all(len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET) for code in codes)


def test_a_typed_code_is_read_whatever_its_case_dashes_and_misread_letters():
    code = "0123456789ABCDEFGHJK"
    typed = format_code(code).lower().replace("0", "o").replace("1", "l")
    assert normalise_code(typed) == code
    assert normalise_code("too-short") == ""
    assert normalise_code("U" * CODE_LENGTH) == "V" * CODE_LENGTH


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
# Serialised rollback: the flush after a transactional test would drop the data migrations' rows (locales,
# groups) that later tests on the reused database need.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_issuing_on_postgresql_never_repeats_or_skips_a_number(django_user_model):
    from registry.models import ServiceRecord
    from tests.registry.factories import VolunteerFactory

    user = django_user_model.objects.create_user("parallel")
    volunteer = VolunteerFactory()
    ServiceRecord.objects.create(volunteer=volunteer, date="2026-05-01", hours=2)
    errors, start = [], threading.Barrier(6)

    def issue_two():
        try:
            start.wait()
            for _ in range(2):
                issuing.issue_certificate(volunteer, user)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=issue_two) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    serials = sorted(IssuedDocument.objects.values_list("serial", flat=True))
    assert serials == list(range(1, 13))
    assert DocumentCounter.objects.get(kind="certificate").last_number == 12
