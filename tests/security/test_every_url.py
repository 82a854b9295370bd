"""The access matrix over every URL the project serves (tests/security/url_catalogue.py), for six roles.

For anonymous visitors, Communications, Wagtail's default Editors and Moderators, a user in no group and a
coordinator: GET every address (and the registry listings' exports and searches for a volunteer), then
POST to every admin address a form that would create or change registry rows. Nobody outside the registry
permissions may be shown a registry record (a volunteer's name, e-mail or phone, an organisation's or area's
name, a recognition that is not public, a service record's note), be answered 200 by an address built on a
registry model (a listing counts records even without names), or change a registry row. Coordinators may
see registry records in the admin, never on the public site or in Django's admin.
"""

import datetime
import hashlib
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Site, Task, Workflow
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.operations import translate_object

from news.models import NewsCategory
from opportunities.models import CompletedTraining, Shift, Signup
from registry.models import Area, HourReport, Organisation, Recognition, ServiceRecord, Volunteer
from tests.opportunities.builders import make_opportunity, make_shift

from .conftest import build_site_pages
from .url_catalogue import REGISTRY_MODELS, Filler, all_routes

ROLES = ["anonymous", "communications", "editors", "moderators", "no_group", "coordinator"]
OUTSIDERS = [role for role in ROLES if role != "coordinator"]
# All registry rows share one id, so any address with an id that could name a registry row names one.
REGISTRY_ID = 4242
MARKERS = {
    "volunteer first name": "Zdzisławqxfirst",
    "volunteer last name": "Bączekqxlast",
    "volunteer e-mail": "qx-marker-7731@example.org",
    "volunteer phone": "601977314",
    "organisation": "Komenda qxorganisation",
    "area": "Obszar qxarea",
    "recognition not public": "Wyróżnienie qxhidden",
    "service record note": "Notatka qxservice",
    "hour report note": "Notatka qxhourreport",
}
# Programme areas are public by design (the join form offers them): their names may appear on public pages.
PUBLIC_BY_DESIGN = {"area"}
SEARCH = "qxlast"
# Addresses built on a registry model that answer 200 to anyone with admin access, and why that is harmless.
REGISTRY_200_ALLOWED = {
    # Wagtail answers a bulk action it refuses with a page listing the items by label ("Volunteer #4242").
    "wagtail_bulk_action",
}
# POSTing here would end the session the rest of the run needs.
NO_POST = {"wagtailadmin_logout", "admin:logout"}


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "#1f5f8b").save(buffer, "PNG")
    return buffer.getvalue()


def make_user(username, groups=(), permissions=()):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "a long passphrase 42")
    user.groups.add(*(Group.objects.get(name=name) for name in groups))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def make_users():
    return {
        "communications": make_user("communications", groups=["Communications"]),
        "editors": make_user("editor", groups=["Editors"]),
        "moderators": make_user("moderator", groups=["Moderators"]),
        "no_group": make_user("nogroup"),
        "coordinator": make_user("coordinator", groups=["Coordinators"]),
    }


def make_registry():
    organisation = Organisation.objects.create(
        pk=REGISTRY_ID, name=MARKERS["organisation"], kind=Organisation.Kind.POLICE
    )
    area = Area.objects.create(pk=REGISTRY_ID, name=MARKERS["area"], slug="qxarea")
    volunteer = Volunteer.objects.create(
        pk=REGISTRY_ID,
        first_name=MARKERS["volunteer first name"],
        last_name=MARKERS["volunteer last name"],
        email=MARKERS["volunteer e-mail"],
        phone="+48" + MARKERS["volunteer phone"],
        city="Kielce",
        date_of_birth=datetime.date(1990, 1, 2),
        organisation=organisation,
    )
    volunteer.areas.add(area)
    ServiceRecord.objects.create(
        pk=REGISTRY_ID,
        volunteer=volunteer,
        date=datetime.date(2026, 3, 1),
        area=area,
        organisation=organisation,
        hours=Decimal("2"),
        note=MARKERS["service record note"],
    )
    HourReport.objects.create(
        pk=REGISTRY_ID,
        volunteer=volunteer,
        date=datetime.date(2026, 3, 2),
        hours=Decimal("1.5"),
        note=MARKERS["hour report note"],
    )
    Recognition.objects.create(
        pk=REGISTRY_ID,
        title=MARKERS["recognition not public"],
        date=datetime.date(2026, 1, 1),
        organisation=organisation,
        is_public=False,
    )
    # A shift whose rota lists the volunteer, under the same id: the rota's addresses show them to coordinators only.
    shift = make_shift(make_opportunity(area=area, organisation=organisation), pk=REGISTRY_ID)
    Signup.objects.create(pk=REGISTRY_ID, shift=shift, volunteer=volunteer, state=Signup.State.CONFIRMED)
    Shift.objects.filter(pk=REGISTRY_ID).update(places_taken=1)
    return area


def registry_fingerprint():
    """Every registry row's values, plus the translations of its areas: any write changes it."""
    digest = hashlib.sha256()
    for model in [
        Volunteer,
        Organisation,
        Area,
        ServiceRecord,
        Recognition,
        HourReport,
        Shift,
        Signup,
        CompletedTraining,
    ]:
        for row in model.objects.order_by("pk").values():
            digest.update(repr(sorted(row.items())).encode())
    digest.update(str(TranslationSource.objects.count()).encode())
    return digest.hexdigest()


@pytest.fixture
def world(db):
    """The rows every address is filled from: pages in both languages, media, registry rows, a translation."""
    users = make_users()
    pages = build_site_pages()
    area = make_registry()
    english = Locale.objects.get(language_code="en")
    translate_object(area, [english])
    source = TranslationSource.objects.get(object_id=area.translation_key)
    news = pages["pl"]["NewsPage"]
    image = Image.objects.create(title="logo", file=ContentFile(png_bytes(), name="logo.png"))
    document = Document.objects.create(title="doc", file=ContentFile(b"hello", name="doc.txt"))
    ids = {
        "default": REGISTRY_ID,
        **{model: REGISTRY_ID for model in REGISTRY_MODELS},
        "page": news.pk,
        "image": image.pk,
        "document": document.pk,
        "user": users["communications"].pk,
        "group": Group.objects.get(name="Communications").pk,
        "collection": Collection.get_first_root_node().pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "locale": english.pk,
        "newscategory": NewsCategory.objects.create(name="Wydarzenia", slug="wydarzenia").pk,
        "translation": source.translations.get().pk,
        "translation_source": source.pk,
        "string_segment": StringSegment.objects.filter(source=source).first().pk,
        "revision": news.save_revision().pk,
        "volunteer_content_type": ContentType.objects.get_for_model(Volunteer).pk,
        "workflow": getattr(Workflow.objects.first(), "pk", REGISTRY_ID),
        "task": getattr(Task.objects.first(), "pk", REGISTRY_ID),
    }
    page_urls = [page.url for language in pages.values() for page in language.values()]
    filler = Filler(ids, page_urls, f"/documents/{document.pk}/doc.txt")
    return {"users": users, "filler": filler, "english": english}


def catalogue(filler):
    addresses = []
    for route in all_routes():
        addresses.extend(filler.addresses(route) or [])
    extra = []
    for address in addresses:
        name = address.route.name
        if address.registry and name.endswith(":list"):
            extra += [(address, "?export=csv"), (address, "?export=xlsx")]
        if name.endswith((":list", ":list_results", ":choose", ":choose_results", "search")) or name == "search":
            extra.append((address, f"?q={SEARCH}"))
    for address, query in extra:
        addresses.append(type(address)(address.url + query, address.route, address.registry))
    return addresses


def body_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace") + " " + response.get("Location", "")


def leaks(response, url):
    text = body_of(response)
    public = not url.startswith(("/admin/", "/django-admin/"))
    return [label for label, marker in MARKERS.items() if marker in text and not (public and label in PUBLIC_BY_DESIGN)]


def client_for(role, world, client):
    client.raise_request_exception = False
    if role != "anonymous":
        client.force_login(world["users"][role])
    return client


def post_payload(world):
    """Fields that, accepted anywhere, would create or change a registry row or its translation."""
    return {
        "first_name": "Qxpost",
        "last_name": "Qxpost",
        "name": "Qxpost",
        "title": "Qxpost",
        "slug": "qxpost",
        "email": "qxpost@example.org",
        "phone": "+48600000000",
        "kind": "police",
        "date": "2026-05-05",
        "hours": "3",
        "note": "Qxpost",
        "status": "active",
        "is_public": "on",
        "locales": [world["english"].pk],
        "publish_translations": "on",
        "id": [REGISTRY_ID],
    }


def may_write_registry(address):
    """Where a write could reach a registry row: registry addresses, wagtail-localize's, Django's admin."""
    return address.registry or address.url.startswith(("/admin/localize/", "/django-admin/", "/admin/bulk/"))


def test_every_url_pattern_is_filled(world):
    unfilled = [f"{route.route} ({route.name})" for route in all_routes() if world["filler"].addresses(route) is None]
    assert not unfilled, "URL patterns the access matrix cannot fill: " + ", ".join(unfilled)


def test_the_catalogue_covers_wagtail_localize_django_admin_and_the_pages(world):
    urls = {address.url for address in catalogue(world["filler"])}
    assert len(urls) > 400
    for expected in [
        f"/admin/localize/api/snippets/registry/volunteer/{REGISTRY_ID}/",
        f"/admin/localize/submit/snippet/registry/area/{REGISTRY_ID}/",
        "/admin/registry/volunteers/",
        "/admin/bulk/registry/recognition/delete/",
        "/django-admin/auth/user/",
        "/pl/",
        "/en/",
    ]:
        assert expected in urls, expected


@pytest.mark.parametrize("role", ROLES)
def test_no_role_sees_registry_records_outside_the_registry_permissions(role, world, client):
    client = client_for(role, world, client)
    failures = []
    addresses = catalogue(world["filler"])
    signed_in = client.get("/admin/").status_code
    for address in addresses:
        response = client.get(address.url)
        leaked = leaks(response, address.url)
        admin = address.url.startswith("/admin/")
        if role == "coordinator":
            if leaked and not admin:
                failures.append(f"{address.url}: {leaked} shown to a coordinator outside the Wagtail admin")
            continue
        if leaked:
            failures.append(f"{address.url}: {leaked} shown to {role}")
        if address.registry and response.status_code == 200 and address.route.name not in REGISTRY_200_ALLOWED:
            failures.append(f"{address.url}: a registry address answered 200 to {role}")
    assert len(addresses) > 400
    assert not failures, f"{len(failures)} of {len(addresses)} addresses failed for {role}:\n" + "\n".join(failures)
    # Still the same person at the end: an address that ended the session would have made the rest vacuous.
    assert client.get("/admin/").status_code == signed_in


@pytest.mark.parametrize("role", OUTSIDERS)
def test_no_role_outside_the_registry_changes_a_registry_row(role, world, client):
    client = client_for(role, world, client)
    before = registry_fingerprint()
    payload = post_payload(world)
    failures = []
    posted = 0
    signed_in = client.get("/admin/").status_code
    for address in catalogue(world["filler"]):
        if not may_write_registry(address) or address.route.name in NO_POST:
            continue
        client.post(address.url, payload)
        posted += 1
        if registry_fingerprint() != before:
            failures.append(address.url)
            before = registry_fingerprint()
    assert posted > 100
    assert not failures, f"{role} changed registry rows by POSTing to: " + ", ".join(failures)
    assert client.get("/admin/").status_code == signed_in
