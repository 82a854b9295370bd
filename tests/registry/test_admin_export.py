"""CSV/XLSX export of the registry listings: own permission, filtered rows, streamed, audited without personal data."""

import codecs
import csv
import datetime
import io
import json
import re

import pytest
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from registry.models import Volunteer
from tests.registry.factories import OrganisationFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

VOLUNTEERS_URL = "/admin/registry/volunteers/"


def csv_rows(response):
    """Read the CSV as Excel set to Polish does: UTF-8 after the byte-order mark, semicolon-separated."""
    content = b"".join(response.streaming_content)
    assert content.startswith(codecs.BOM_UTF8)
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_csv_export_is_streamed(coordinator_client):
    VolunteerFactory()
    response = coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"})
    assert response.status_code == 200
    assert response.streaming


def test_csv_export_holds_only_the_filtered_rows(coordinator_client):
    VolunteerFactory(last_name="Aktywna", status=Volunteer.Status.ACTIVE)
    VolunteerFactory(last_name="Zgłoszona", status=Volunteer.Status.APPLIED)
    response = coordinator_client.get(VOLUNTEERS_URL, {"export": "csv", "status": "active"})
    assert [row["Last name"] for row in csv_rows(response)] == ["Aktywna"]


def test_csv_export_holds_only_the_searched_rows(coordinator_client):
    VolunteerFactory(last_name="Przybylska")
    VolunteerFactory(last_name="Kowalczyk")
    response = coordinator_client.get(VOLUNTEERS_URL, {"export": "csv", "q": "przybyl"})
    assert [row["Last name"] for row in csv_rows(response)] == ["Przybylska"]


def test_csv_export_is_not_limited_to_one_page(coordinator_client):
    VolunteerFactory.create_batch(55)
    response = coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"})
    assert len(csv_rows(response)) == 55


def test_csv_export_lists_areas_and_host_organisation_by_name(coordinator_client):
    VolunteerFactory(organisation=OrganisationFactory(name="Komenda Miejska Policji w Kielcach"))
    row = csv_rows(coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"}))[0]
    assert row["Host organisation"] == "Komenda Miejska Policji w Kielcach"


def test_csv_export_is_written_in_the_users_admin_language(coordinator_client):
    VolunteerFactory(status=Volunteer.Status.ACTIVE)
    row = csv_rows(coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"}))[0]
    assert row["Status"] == "Active"


def test_xlsx_export_holds_only_the_filtered_rows(coordinator_client):
    VolunteerFactory(last_name="Aktywna", status=Volunteer.Status.ACTIVE)
    VolunteerFactory(last_name="Zgłoszona", status=Volunteer.Status.APPLIED)
    response = coordinator_client.get(VOLUNTEERS_URL, {"export": "xlsx", "status": "active"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    last_name_column = rows[0].index("Last name")
    assert [row[last_name_column] for row in rows[1:]] == ["Aktywna"]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize(
    "url",
    [
        VOLUNTEERS_URL,
        "/admin/registry/organisations/",
        "/admin/registry/recognitions/",
        "/admin/registry/service-records/",
        "/admin/registry/areas/",
    ],
)
def test_export_is_refused_to_a_user_who_may_only_view(client, viewer, url, export_format):
    client.force_login(viewer)
    assert client.get(url).status_code == 200
    assert client.get(url, {"export": export_format}).status_code == 403


def test_export_through_the_results_url_is_refused_too(client, viewer):
    client.force_login(viewer)
    assert client.get(VOLUNTEERS_URL + "results/", {"export": "csv"}).status_code == 403


def test_export_is_refused_to_communications_staff(client, communications):
    client.force_login(communications)
    response = client.get(VOLUNTEERS_URL, {"export": "csv"})
    assert response.status_code in (302, 403)


def test_export_buttons_are_hidden_from_a_user_who_may_only_view(client, viewer):
    client.force_login(viewer)
    response = client.get(VOLUNTEERS_URL)
    assert b"export=csv" not in response.content
    assert b"export=xlsx" not in response.content


def test_export_buttons_are_shown_to_coordinators(coordinator_client):
    response = coordinator_client.get(VOLUNTEERS_URL)
    assert b"export=csv" in response.content


def test_export_with_an_invalid_filter_exports_nothing(coordinator_client):
    VolunteerFactory()
    response = coordinator_client.get(VOLUNTEERS_URL, {"export": "csv", "joined_from": "not-a-date"})
    assert response.status_code == 302
    assert "export" not in response["Location"]
    assert not ModelLogEntry.objects.filter(action="registry.export").exists()


def test_export_is_written_to_the_audit_log(coordinator_client, coordinator):
    VolunteerFactory.create_batch(2, status=Volunteer.Status.ACTIVE, city="Kielce")
    coordinator_client.get(VOLUNTEERS_URL, {"export": "csv", "status": "active", "city": "Kielce"})
    entry = ModelLogEntry.objects.get(action="registry.export")
    assert entry.user == coordinator
    assert entry.data["rows"] == 2
    assert entry.data["format"] == "csv"
    assert set(entry.data["filters"]) == {"status", "city"}


def test_export_audit_entry_holds_no_personal_data(coordinator_client):
    VolunteerFactory(first_name="Eufrozyna", last_name="Zdziebłowska", city="Sandomierz")
    coordinator_client.get(VOLUNTEERS_URL, {"export": "csv", "city": "Sandomierz", "q": "Zdziebłowska"})
    entry = ModelLogEntry.objects.get(action="registry.export")
    stored = entry.label + json.dumps(entry.data, ensure_ascii=False)
    for personal in ("Eufrozyna", "Zdziebłowska", "Sandomierz"):
        assert personal not in stored


def test_export_reads_rows_in_chunks(coordinator_client, monkeypatch):
    """CSV memory must not grow with the row count: the queryset is iterated, never cached whole."""
    from django.db.models.query import QuerySet

    chunk_sizes = []
    original_iterator = QuerySet.iterator

    def recording_iterator(self, chunk_size=None):
        chunk_sizes.append(chunk_size)
        return original_iterator(self, chunk_size=chunk_size)

    monkeypatch.setattr(QuerySet, "iterator", recording_iterator)
    VolunteerFactory.create_batch(3)
    rows = csv_rows(coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"}))
    assert len(rows) == 3
    assert chunk_sizes and all(size for size in chunk_sizes)


def test_csv_export_neutralises_text_that_a_spreadsheet_would_run_as_a_formula(coordinator_client):
    VolunteerFactory(last_name='=HYPERLINK("http://example.com","x")', phone="+48600100200")
    row = csv_rows(coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"}))[0]
    assert row["Last name"].startswith("'=")
    assert row["Phone"] == "+48600100200"


def test_export_reads_the_volunteers_once_and_never_into_one_list(coordinator_client):
    """Wagtail's listing context counts its rows with len(), which would load the whole table before streaming."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    VolunteerFactory.create_batch(3)
    with CaptureQueriesContext(connection) as queries:
        csv_rows(coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"}))
    # PostgreSQL streams through a server-side cursor, so its query reads "DECLARE ... CURSOR FOR SELECT ...".
    selects = [query["sql"].split(" CURSOR FOR ", 1)[-1] for query in queries.captured_queries]
    row_reads = [sql for sql in selects if sql.startswith('SELECT "registry_volunteer"."id"') and "COUNT(" not in sql]
    assert len(row_reads) == 1


# Exports for Polish Excel (issue 12, point 16)


@pytest.fixture(name="polish_coordinator_client")
def polish_coordinator_client_fixture(client, coordinator):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "pl"
    profile.save()
    client.force_login(coordinator)
    return client


def test_csv_export_opens_in_polish_excel_with_polish_letters_intact(polish_coordinator_client):
    VolunteerFactory(
        first_name="Łucja",
        last_name="Źdźbło-Żółkiewska",
        city="Łódź",
        status=Volunteer.Status.ACTIVE,
        vetting_checked_on=datetime.date(2026, 1, 5),
        vetting_expires_on=datetime.date(2028, 4, 13),
    )
    response = polish_coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = b"".join(response.streaming_content)
    assert content.startswith(codecs.BOM_UTF8)
    header = content.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("ID;Imię;Nazwisko;")
    row = csv_rows_from_bytes(content)[0]
    assert (row["Imię"], row["Nazwisko"], row["Miejscowość"]) == ("Łucja", "Źdźbło-Żółkiewska", "Łódź")
    assert row["Status"] == "Aktywny udział"
    assert row["Zaświadczenie o niekaralności ważne do"] == "13.04.2028"
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}", row["Data dołączenia"])


def csv_rows_from_bytes(content):
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_export_files_and_sheets_are_named_in_the_users_language(polish_coordinator_client):
    from django.utils import timezone

    VolunteerFactory(last_name="Wróbel")
    today = timezone.localdate().isoformat()
    response = polish_coordinator_client.get(VOLUNTEERS_URL, {"export": "csv"})
    assert f'filename="wolontariusze-{today}.csv"' in response["Content-Disposition"]
    response = polish_coordinator_client.get(VOLUNTEERS_URL, {"export": "xlsx"})
    assert f'filename="wolontariusze-{today}.xlsx"' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["Wolontariusze"]
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[1][rows[0].index("Nazwisko")] == "Wróbel"

    response = polish_coordinator_client.get("/admin/registry/service-records/", {"export": "xlsx"})
    assert f'filename="wpisy-godzin-wolontariatu-{today}.xlsx"' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["Wpisy godzin wolontariatu"]


def test_english_exports_are_named_in_english(coordinator_client):
    VolunteerFactory()
    response = coordinator_client.get("/admin/registry/recognitions/", {"export": "xlsx"})
    assert 'filename="recognitions-' in response["Content-Disposition"]
    assert load_workbook(io.BytesIO(b"".join(response.streaming_content))).sheetnames == ["Recognitions"]
