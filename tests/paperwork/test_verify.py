import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from paperwork import issuing
from paperwork.numbering import format_code


@pytest.fixture
def certificate(served, coordinator):
    return issuing.issue_certificate(served, coordinator)


def verify_url(document, language="pl"):
    with translation.override(language):
        return reverse("paperwork_verify_code", kwargs={"code": document.verification_code})


def test_the_page_confirms_number_kind_date_and_initials_and_nothing_more(client, certificate):
    response = client.get(verify_url(certificate))
    page = response.content.decode()
    assert response.status_code == 200
    assert certificate.number in page and "Ł. G." in page
    for personal in ("Łucja", "Gąsiorowska", certificate.holder.email, "Komenda", "Bezpieczeństwo"):
        assert personal not in page


def test_the_page_is_never_kept_by_a_shared_cache(client, certificate):
    response = client.get(verify_url(certificate))
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response.get("X-Cache") != "HIT"
    assert client.get(verify_url(certificate)).get("X-Cache") != "HIT"


def test_both_languages_have_their_own_address(client, certificate):
    assert verify_url(certificate, "en").startswith("/en/")
    assert client.get(verify_url(certificate, "en")).status_code == 200


def test_a_revoked_document_says_so(client, certificate, coordinator):
    issuing.revoke(certificate, coordinator, "Błąd w liczbie godzin")
    page = client.get(verify_url(certificate, "en")).content.decode()
    assert "revoked" in page
    assert "Błąd w liczbie godzin" not in page


def test_a_replaced_document_names_its_replacement(client, served, coordinator, certificate):
    replacement = issuing.issue_certificate(served, coordinator, replaces=certificate)
    page = client.get(verify_url(certificate, "en")).content.decode()
    assert f"replaced by document no. {replacement.number}" in page


def test_an_unknown_code_answers_404_with_a_clear_message(client, db):
    with translation.override("en"):
        url = reverse("paperwork_verify_code", kwargs={"code": "0" * 20})
    response = client.get(url)
    assert response.status_code == 404
    assert "No document has this verification code" in response.content.decode()


def test_the_form_sends_a_typed_code_to_its_page(client, certificate):
    with translation.override("pl"):
        form_url = reverse("paperwork_verify")
    typed = format_code(certificate.verification_code).lower()
    response = client.get(form_url, {"code": typed})
    assert response.status_code == 302 and response["Location"] == verify_url(certificate)
    assert client.get(form_url, {"code": "nonsense"}).status_code == 404


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_query_count_does_not_depend_on_the_document(client, served, coordinator, language):
    plain = issuing.issue_certificate(served, coordinator)
    replaced = issuing.issue_certificate(served, coordinator)
    issuing.issue_certificate(served, coordinator, replaces=replaced)
    client.get(verify_url(plain, language))  # warm the site's per-process memo
    counts = []
    for document in (plain, replaced, plain):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(verify_url(document, language)).status_code == 200
        counts.append(len(queries.captured_queries))
    # One query for the register row (with its replacement's number), the rest are the site's own.
    assert len(set(counts)) == 1 and counts[0] <= 8


def test_lookups_are_rate_limited_per_client(client, certificate, settings):
    settings.PAPERWORK_VERIFY_RATE = "3/600"
    statuses = [client.get(verify_url(certificate)).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
