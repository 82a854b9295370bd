"""Who may open each registry admin URL: anonymous, communications, coordinator, view-only, superuser.

The URLs come from the URLconf, so a new registry view without an expectation here fails the test;
no response to someone refused may contain a volunteer's name, email or phone.
"""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from opportunities.models import Signup
from paperwork.models import (
    Agreement,
    AgreementTemplate,
    DocumentRequest,
    GuardianConsent,
    InsurancePolicy,
    IssuedDocument,
    SafeguardingCheck,
    SafetyInformation,
    VolunteerSafetyAcknowledgement,
)
from registry.models import Area, DataSubjectRequest, HourReport, Organisation, Recognition, ServiceRecord, Volunteer
from tests.opportunities.builders import make_opportunity, make_shift

from .registry_urls import CHOOSER_NAME, PAPERWORK_MODELS, REGISTRY_MODELS, SNIPPET_NAME, registry_admin_routes

ROLES = ["anonymous", "communications", "coordinator", "viewer", "superuser"]
EVERY_ADMIN_USER = {"communications", "coordinator", "viewer", "superuser"}
REGISTRY_READERS = {"coordinator", "viewer", "superuser"}
REGISTRY_WRITERS = {"coordinator", "superuser"}

# Who gets a 200 for each kind of view; everyone else must be refused.
SNIPPET_ACTIONS = {
    "list": REGISTRY_READERS,
    "list_results": REGISTRY_READERS,
    "inspect": REGISTRY_READERS,
    # Wagtail asks for add/change/delete to see history and change for usage: view-only users are refused.
    "history": REGISTRY_WRITERS,
    "history_results": REGISTRY_WRITERS,
    "usage": REGISTRY_WRITERS,
    "add": REGISTRY_WRITERS,
    "edit": REGISTRY_WRITERS,
    "delete": REGISTRY_WRITERS,
}
CHOOSER_ACTIONS = {
    "choose": REGISTRY_READERS,
    "choose_results": REGISTRY_READERS,
    "chosen": REGISTRY_READERS,
    "chosen_multiple": REGISTRY_READERS,
    "create": REGISTRY_WRITERS,
}
NAMED_VIEWS = {
    "registry_volunteer_personal_data": ("volunteer", REGISTRY_WRITERS),
    "registry_volunteer_anonymise": ("volunteer", REGISTRY_WRITERS),
    "registry_volunteer_personal_data_copy": ("volunteer", REGISTRY_WRITERS),
    "registry_log_hours": ("servicerecord", REGISTRY_WRITERS),
    # Messages to volunteers: registry.message_volunteers / view_messagelog, which Coordinators hold.
    "registry_messages_compose": ("volunteer", REGISTRY_WRITERS),
    "registry_messages_log": ("volunteer", REGISTRY_WRITERS),
    "registry_hour_report_decide": ("hourreport", REGISTRY_WRITERS),
    # Paperwork (paperwork/wagtail_hooks.py): a volunteer's documents, a document's PDF, revoking it.
    "paperwork_volunteer_documents": ("volunteer", REGISTRY_WRITERS),
    "paperwork_register": ("issueddocument", REGISTRY_WRITERS),
    "paperwork_register_results": ("issueddocument", REGISTRY_WRITERS),
    "paperwork_document_pdf": ("issueddocument", REGISTRY_WRITERS),
    "paperwork_document_revoke": ("issueddocument", REGISTRY_WRITERS),
    # Bulk issuing from the register, and volunteers' document requests (paperwork/bulk_admin.py, request_admin.py).
    "paperwork_certificates_for_year": ("issueddocument", REGISTRY_WRITERS),
    "paperwork_document_requests": ("documentrequest", REGISTRY_WRITERS),
    "paperwork_document_requests_results": ("documentrequest", REGISTRY_WRITERS),
    "paperwork_document_request": ("documentrequest", REGISTRY_WRITERS),
}
# The coordinators' rota (opportunities/viewsets.py, under /admin/registry/shifts/): shifts, sign-ups, check-in,
# hours, messages, CSV and print. Only the Coordinators' opportunities permissions open them; registry view-only
# users hold none of those and are refused too.
SHIFT_VIEW_PREFIX = "shifts:"
EXPORT_FORMATS = ["csv", "xlsx"]

MARKERS = {
    "first_name": "Zdzisławqxfirst",
    "last_name": "Bączekqxlast",
    "email": "qx-marker-7731@example.org",
    "phone": "+48601977314",
}


def expectation(route):
    """(model, roles let in) for a registry admin route, or None when this test does not know it."""
    for pattern, actions in ((SNIPPET_NAME, SNIPPET_ACTIONS), (CHOOSER_NAME, CHOOSER_ACTIONS)):
        match = pattern.match(route.name)
        if match and match["app"] == "registry" and match["model"] in REGISTRY_MODELS and match["action"] in actions:
            return match["model"], actions[match["action"]]
        # The view-only role holds registry permissions only: the paperwork lets in coordinators and superusers.
        if match and match["app"] == "paperwork" and match["model"] in PAPERWORK_MODELS and match["action"] in actions:
            return match["model"], actions[match["action"]] & REGISTRY_WRITERS
    if route.name.startswith(SHIFT_VIEW_PREFIX):
        return "shift", REGISTRY_WRITERS
    return NAMED_VIEWS.get(route.name)


def make_user(username, groups=(), permissions=(), **extra):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "a long passphrase 42", **extra)
    user.groups.add(*groups)
    for spec in permissions:
        app_label, codename = spec.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


def real_group(name):
    """The group from the data migration (registry/migrations); the test fails if it is missing."""
    return Group.objects.get(name=name)


@pytest.fixture
def users(db):
    view_only = ["wagtailadmin.access_admin", "registry.view_statuschange"] + [
        f"registry.view_{model}" for model in REGISTRY_MODELS
    ]
    return {
        "communications": make_user("communications", groups=[real_group("Communications")]),
        "coordinator": make_user("coordinator", groups=[real_group("Coordinators")]),
        "viewer": make_user("viewer", permissions=view_only),
        "superuser": make_user("superuser", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def records(db):
    organisation = Organisation.objects.create(name="Komenda Miejska Policji", kind=Organisation.Kind.POLICE)
    area = Area.objects.create(name="Profilaktyka", slug="profilaktyka")
    volunteer = Volunteer.objects.create(
        **MARKERS, city="Kielce", date_of_birth=datetime.date(1990, 1, 2), organisation=organisation
    )
    service = ServiceRecord.objects.create(
        volunteer=volunteer, date=datetime.date(2026, 3, 1), area=area, organisation=organisation, hours=Decimal("2")
    )
    recognition = Recognition.objects.create(title="Gala", date=datetime.date(2026, 1, 1), volunteer=volunteer)
    data_request = DataSubjectRequest.objects.create(
        volunteer=volunteer, kind=DataSubjectRequest.Kind.ACCESS, received_on=datetime.date(2026, 3, 2)
    )
    document = IssuedDocument.objects.create(
        kind=IssuedDocument.Kind.CERTIFICATE,
        year=2026,
        serial=1,
        holder=volunteer,
        language="pl",
        verification_code="0123456789ABCDEFGHJK",
        content={"holder_name": f"{MARKERS['first_name']} {MARKERS['last_name']}", "issuer": "Program"},
    )
    hour_report = HourReport.objects.create(volunteer=volunteer, date=datetime.date(2026, 3, 3), hours=Decimal("1"))
    shift = make_shift(make_opportunity(area=area, organisation=organisation))
    Signup.objects.create(shift=shift, volunteer=volunteer, state=Signup.State.CONFIRMED)
    return {
        "hourreport": hour_report,
        "shift": shift,
        **paperwork_records(volunteer, organisation, area),
        "issueddocument": document,
        "documentrequest": DocumentRequest.objects.create(volunteer=volunteer, kind="certificate", language="pl"),
        "datasubjectrequest": data_request,
        "volunteer": volunteer,
        "organisation": organisation,
        "area": area,
        "servicerecord": service,
        "recognition": recognition,
    }


def paperwork_records(volunteer, organisation, area):
    day = datetime.date(2026, 3, 1)
    agreement = Agreement.objects.create(
        volunteer=volunteer, organisation=organisation, starts_on=day, tasks="t", manner="m", termination_terms="r"
    )
    information = SafetyInformation.objects.create(area=area, version=1, in_force_from=day, text_pl="<p>Ryzyka</p>")
    policy = InsurancePolicy.objects.create(
        organisation=organisation, insurer="PZU", number="1", starts_on=day, ends_on=day, covers_everyone=False
    )
    policy.volunteers.add(volunteer)
    return {
        "agreement": agreement,
        "agreementtemplate": AgreementTemplate.objects.create(name="Wzór", language="pl", body="<p>{numer}</p>"),
        "safetyinformation": information,
        "volunteersafetyacknowledgement": VolunteerSafetyAcknowledgement.objects.create(
            volunteer=volunteer, information=information
        ),
        "insurancepolicy": policy,
        "guardianconsent": GuardianConsent.objects.create(
            volunteer=volunteer, guardian_name="Opiekun", guardian_contact=MARKERS["phone"], given_on=day
        ),
        "safeguardingcheck": SafeguardingCheck.objects.create(
            volunteer=volunteer, checked_on=day, outcome="cleared", evidence="criminal_record"
        ),
    }


def client_for(role, users, client):
    if role != "anonymous":
        client.force_login(users[role])
    return client


def assert_refused(response, url, role):
    if role == "anonymous":
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), (url, role)
    else:
        assert response.status_code in (302, 403), (url, role, response.status_code)
        if response.status_code == 302:
            assert "/admin/login/" in response["Location"] or response["Location"] == "/admin/", (url, role)


def assert_no_personal_data(response, url, role):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    for field, marker in MARKERS.items():
        assert marker not in text, f"{field} of a volunteer shown to {role} at {url}"


def check(client, url, role, allowed, failures):
    response = client.get(url)
    try:
        if role in allowed:
            assert response.status_code == 200, (url, role, response.status_code)
        else:
            assert_refused(response, url, role)
            assert_no_personal_data(response, url, role)
            # Follow the refusal (e.g. to the dashboard with an error message): still nothing personal.
            if response.status_code == 302:
                assert_no_personal_data(client.get(response["Location"]), url, role)
    except AssertionError as error:
        failures.append(str(error))


def requests_for(route, records):
    model, allowed = expectation(route)
    url = route.path(records[model].pk)
    if route.name.endswith(":chosen_multiple"):
        url += f"?id={records[model].pk}"
    yield url, allowed
    if route.name.endswith(":list"):
        # The paperwork's listings have no export permission of their own: only a superuser (who holds every
        # permission) passes the guard.
        exporters = {"superuser"} if model in PAPERWORK_MODELS else {"superuser", "coordinator"}
        for export_format in EXPORT_FORMATS:
            yield f"{url}?export={export_format}", exporters


def test_every_registry_admin_url_has_an_expectation():
    routes = registry_admin_routes()
    unknown = [f"{route.route} ({route.name})" for route in routes if expectation(route) is None]
    assert routes, "no registry admin URLs found at all"
    assert not unknown, "registry admin URLs this access matrix does not know: " + ", ".join(unknown)


def test_every_registry_model_has_a_listing_and_the_gdpr_views_exist():
    names = {route.name for route in registry_admin_routes()}
    for model in REGISTRY_MODELS:
        assert f"wagtailsnippets_registry_{model}:list" in names
    assert set(NAMED_VIEWS) <= names
    for name in [
        "index",
        "add",
        "edit",
        "rota",
        "check_in",
        "count_hours",
        "message",
        "rota_csv",
        "rota_print",
        "cancel",
    ]:
        assert f"{SHIFT_VIEW_PREFIX}{name}" in names


@pytest.mark.parametrize("role", ROLES)
def test_registry_admin_urls_let_in_exactly_the_expected_roles(role, users, records, client):
    client = client_for(role, users, client)
    failures = []
    checked = 0
    for route in registry_admin_routes():
        if expectation(route) is None:
            continue  # reported by test_every_registry_admin_url_has_an_expectation
        for url, allowed in requests_for(route, records):
            check(client, url, role, allowed, failures)
            checked += 1
    assert checked > 50, f"only {checked} registry URLs checked"
    assert not failures, f"{len(failures)} of {checked} checks failed for {role}:\n" + "\n".join(failures)


# Parts of the markers: a search for them would bring back the whole value if the volunteer were found.
SEARCH_TERMS = ["qxlast", "qxfirst", "qx-marker-7731", "977314"]


@pytest.mark.parametrize("role", ROLES)
def test_dashboard_and_admin_search_show_no_personal_data_to_people_outside_the_registry(role, users, records, client):
    client = client_for(role, users, client)
    dashboard = client.get("/admin/")
    if role == "anonymous":
        assert_refused(dashboard, "/admin/", role)
    else:
        assert dashboard.status_code == 200
    for term in SEARCH_TERMS:
        response = client.get("/admin/pages/search/", {"q": term})
        # Users without page permissions are sent back to the dashboard; the rest see results.
        assert response.status_code in (200, 302), (term, role)
        if role not in REGISTRY_READERS:
            assert_no_personal_data(response, f"/admin/pages/search/?q={term}", role)
    if role not in REGISTRY_READERS:
        assert_no_personal_data(dashboard, "/admin/", role)


@pytest.mark.parametrize("model", REGISTRY_MODELS)
def test_generic_snippet_and_bulk_addresses_do_not_bypass_the_registry_permissions(model, users, records, client):
    client = client_for("communications", users, client)
    record = records[model]
    listing = client.get(f"/admin/snippets/registry/{model}/", follow=True)
    final_path = listing.redirect_chain[-1][0] if listing.redirect_chain else ""
    assert not (listing.status_code == 200 and final_path.startswith("/admin/registry/")), final_path
    assert_no_personal_data(listing, f"/admin/snippets/registry/{model}/", "communications")
    bulk_url = f"/admin/bulk/registry/{model}/delete/?id={record.pk}"
    # Wagtail answers a bulk action it refuses with a page listing the items ("Volunteer #1"), never their data.
    assert_no_personal_data(client.get(bulk_url), bulk_url, "communications")
    client.post(bulk_url)
    assert type(record).objects.filter(pk=record.pk).exists()
