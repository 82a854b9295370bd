"""A coordinator finds a new application with the filters, screens it, logs hours and exports the list."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from registry.models import ServiceRecord, Volunteer
from tests.registry.factories import VolunteerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-coordinator-passphrase"


@pytest.fixture
def coordinator():
    user = User.objects.create_user("browser-coordinator", "coordinator@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


@pytest.fixture
def application():
    return VolunteerFactory(last_name="Filtrowska", city="Sandomierz", status=Volunteer.Status.APPLIED)


def log_in(page, user):
    page.goto("/admin/login/")
    page.locator("[name='username']").fill(user.username)
    page.locator("[name='password']").fill(PASSWORD)
    page.locator("form [type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def filter_listing(page, name, value):
    """Wagtail's filter drawer: open it, open one filter, set its value; the listing refreshes itself."""
    drawer = page.get_by_role("button", name=re.compile(r"filt(ers|ry)", re.IGNORECASE))
    if drawer.get_attribute("aria-expanded") != "true":
        drawer.click()
    page.locator(f"button[aria-controls='drilldown-id_{name}']").click()
    field = page.locator(f"[name='{name}']")
    if field.first.get_attribute("type") == "radio":
        page.locator(f"[name='{name}'][value='{value}']").check()
    else:
        field.fill(value)
    expect(page).to_have_url(re.compile(rf"{name}={value}"))
    page.locator(f"#drilldown-id_{name} button.w-drilldown__back").click()


def test_a_coordinator_screens_an_application_logs_hours_and_exports_the_filtered_list(
    demo, page, coordinator, application
):
    log_in(page, coordinator)
    page.goto("/admin/registry/volunteers/")
    filter_listing(page, "status", "applied")
    filter_listing(page, "city", "Sandomierz")
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Filtrowska")
    listing_url = page.url

    # Screening
    rows.first.get_by_role("link", name="Filtrowska").click()
    page.locator("select[name='status']").select_option("screening")
    page.locator("form button.action-save").click()
    expect(page.locator(".messages")).to_be_visible()
    application.refresh_from_db()
    assert application.status == Volunteer.Status.SCREENING

    # Two hours of service
    page.goto("/admin/registry/service-records/add/")
    page.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-content")
    modal.get_by_role("link", name=re.compile(rf"(#|nr ){application.pk}\b")).first.click()
    expect(modal).to_be_hidden()
    page.locator("[name='date']").fill("2026-11-20")
    page.locator("[name='hours']").fill("2")
    page.locator("form button.action-save").click()
    expect(page.locator(".messages")).to_be_visible()
    record = ServiceRecord.objects.get(volunteer=application)
    assert record.hours == 2

    # The export holds exactly what the filters show (now status screening, in Sandomierz).
    page.goto(listing_url.replace("status=applied", "status=screening"))
    expect(page.locator("table.listing tbody tr")).to_have_count(1)
    page.get_by_role("button", name=re.compile(r"^(Actions|Akcje)$", re.IGNORECASE)).first.click()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"CSV")).click()
    # Polish Excel's CSV: a byte-order mark, semicolons, headings in the coordinator's language (Polish).
    text = download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    [email_heading] = [heading for heading in rows[0] if "e-mail" in heading.lower()] if rows else ["?"]
    assert email_heading == "Adres e-mail"
    assert [row[email_heading] for row in rows] == [application.email], rows
