"""Each of the project's own admin pages names itself in the admin header.

Wagtail's slim header shows the breadcrumbs' last item as the page's visible title; a view that keeps Wagtail's
bare breadcrumbs ("Home") is headed "Start" in Polish, whatever the page is. Opened as a coordinator with the
admin in Polish; the permission-denied page as someone from Communications, whom the page refuses.
"""

import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.users.models import UserProfile

from opportunities.models import Signup
from paperwork.models import DocumentRequest, IssuedDocument
from registry.models import Area, HourReport, Organisation, Volunteer
from tests.opportunities.builders import make_opportunity, make_shift

pytestmark = pytest.mark.django_db

WAGTAIL_HOME = {"Start", "Strona główna", "Home"}

# (URL name, the row its pk comes from or None, the page's title in Polish, who opens it)
PAGES = [
    ("registry_hour_report_decide", "hourreport", "Decyzja", "Coordinators"),
    ("registry_log_hours", None, "Godziny z wydarzenia", "Coordinators"),
    ("registry_volunteer_anonymise", "volunteer", "Anonimizuj", "Coordinators"),
    ("registry_messages_log", None, "Wiadomości do wolontariuszy", "Coordinators"),
    ("registry_log_hours", None, "Brak uprawnień", "Communications"),
    ("paperwork_volunteer_documents", "volunteer", "Dokumenty", "Coordinators"),
    ("paperwork_register", None, "Rejestr wystawionych dokumentów", "Coordinators"),
    ("paperwork_document_revoke", "document", "Unieważnij dokument", "Coordinators"),
    ("paperwork_certificates_for_year", None, "Zaświadczenia za rok", "Coordinators"),
    ("paperwork_document_requests", None, "Prośby o dokumenty", "Coordinators"),
    ("paperwork_document_request", "documentrequest", "Prośba o dokument", "Coordinators"),
    ("shifts:rota", "shift", "Grafik", "Coordinators"),
    ("shifts:check_in", "shift", "Sprawdzanie obecności", "Coordinators"),
    ("shifts:count_hours", "shift", "Zalicz obecność jako godziny", "Coordinators"),
    ("shifts:message", "shift", "Napisz do osób z tego dyżuru", "Coordinators"),
    ("shifts:cancel", "shift", "Odwołaj dyżur", "Coordinators"),
]


@pytest.fixture
def rows():
    organisation = Organisation.objects.create(name="Komenda Miejska Policji", kind=Organisation.Kind.POLICE)
    area = Area.objects.create(name="Profilaktyka", slug="profilaktyka")
    volunteer = Volunteer.objects.create(
        first_name="Ewa", last_name="Nowak", email="ewa@example.org", city="Kielce", organisation=organisation
    )
    shift = make_shift(make_opportunity(area=area, organisation=organisation))
    Signup.objects.create(shift=shift, volunteer=volunteer, state=Signup.State.CONFIRMED)
    document = IssuedDocument.objects.create(
        kind=IssuedDocument.Kind.CERTIFICATE,
        year=2026,
        serial=1,
        holder=volunteer,
        language="pl",
        verification_code="0123456789ABCDEFGHJK",
        content={"holder_name": "Ewa Nowak", "issuer": "Program"},
    )
    return {
        "volunteer": volunteer,
        "shift": shift,
        "document": document,
        "documentrequest": DocumentRequest.objects.create(volunteer=volunteer, kind="certificate", language="pl"),
        "hourreport": HourReport.objects.create(
            volunteer=volunteer, date=datetime.date(2026, 3, 3), hours=Decimal("1")
        ),
    }


def polish_admin(client, group):
    user = User.objects.create_user(group.lower(), password="not-used-in-tests-1")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "pl"
    profile.save()
    client.force_login(user)
    return client


def header_title(response):
    """The header's visible title: the last breadcrumb, without its sublabel (e.g. the person's name)."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    last = soup.select("header [data-w-breadcrumbs] ol > li")[-1]
    for sublabel in last.select(".w-breadcrumbs__sublabel, .w-sr-only"):
        sublabel.decompose()
    return last.get_text(" ", strip=True)


@pytest.mark.parametrize(("name", "row", "title", "group"), PAGES, ids=[f"{p[0]}-{p[3]}" for p in PAGES])
def test_each_custom_admin_page_shows_its_own_title_in_the_header(client, rows, name, row, title, group):
    url = reverse(name, args=[rows[row].pk] if row else [])
    response = polish_admin(client, group).get(url)
    assert response.status_code == (403 if group == "Communications" else 200)
    shown = header_title(response)
    assert shown not in WAGTAIL_HOME
    assert shown == title == str(response.context["page_title"])
