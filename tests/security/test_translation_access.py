"""wagtail-localize's snippet API, submit/update views and report stay within the snippet model's permissions."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from news.models import NewsCategory
from registry.models import Area, Organisation, Recognition, ServiceRecord, Volunteer

REGISTRY_MODELS = ["volunteer", "servicerecord", "organisation", "area", "recognition"]
# People who have wagtail-localize's submit_translation but no registry permission.
OUTSIDERS = ["Communications", "Editors", "Moderators"]
AREA_NAME = "Bezpieczeństwo nad wodą qxarea"
SECRETS = [AREA_NAME, "Komenda qxorg", "Wyróżnienie niepubliczne qxrec", "qxvol@example.org", "notatka qxnote"]


def make_user(username, groups=(), permissions=(), **extra):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "a long passphrase 42", **extra)
    user.groups.add(*(Group.objects.get(name=name) for name in groups))
    for spec in permissions:
        app_label, codename = spec.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


@pytest.fixture
def records(db):
    organisation = Organisation.objects.create(name="Komenda qxorg", kind=Organisation.Kind.POLICE)
    area = Area.objects.create(name=AREA_NAME, slug="woda")
    volunteer = Volunteer.objects.create(
        first_name="Anna", last_name="Qx", email="qxvol@example.org", date_of_birth=datetime.date(1990, 1, 2)
    )
    service = ServiceRecord.objects.create(
        volunteer=volunteer,
        date=datetime.date(2026, 3, 1),
        area=area,
        organisation=organisation,
        hours=2,
        note="notatka qxnote",
    )
    recognition = Recognition.objects.create(
        title="Wyróżnienie niepubliczne qxrec", date=datetime.date(2026, 1, 1), organisation=organisation
    )
    return {
        "volunteer": volunteer,
        "servicerecord": service,
        "organisation": organisation,
        "area": area,
        "recognition": recognition,
    }


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


def signed_in(client, user):
    client.force_login(user)
    return client


def body(response):
    return response.content.decode("utf-8", "replace")


def assert_refused_without_secrets(response, url):
    assert response.status_code in (302, 403, 404), (url, response.status_code)
    for secret in SECRETS:
        assert secret not in body(response), (secret, url)


@pytest.mark.parametrize("group", OUTSIDERS)
def test_the_snippet_api_lists_no_registry_record_to_translators_outside_the_registry(client, records, group):
    client = signed_in(client, make_user("outsider", groups=[group]))
    for model in REGISTRY_MODELS:
        for url in [
            f"/admin/localize/api/snippets/registry/{model}/",
            f"/admin/localize/api/snippets/registry/{model}/{records[model].pk}/",
        ]:
            assert_refused_without_secrets(client.get(url), url)


def test_the_snippet_api_serves_only_translatable_models_to_people_who_may_see_them(client, records):
    client = signed_in(client, make_user("coordinator", groups=["Coordinators"]))
    areas = client.get("/admin/localize/api/snippets/registry/area/")
    assert areas.status_code == 200 and AREA_NAME in body(areas)
    # Coordinators may see volunteers, but volunteers are never translated: not served here (a 404, which the
    # language middleware turns into a redirect to /pl/admin/…, itself a 404).
    for url in [
        "/admin/localize/api/snippets/registry/volunteer/",
        f"/admin/localize/api/snippets/registry/volunteer/{records['volunteer'].pk}/",
    ]:
        response = client.get(url, follow=True)
        assert response.status_code == 404 and "qxvol@example.org" not in body(response), url


def test_communications_still_reach_the_news_categories_they_translate(client, db):
    category = NewsCategory.objects.create(name="Wydarzenia", slug="wydarzenia")
    client = signed_in(client, make_user("comms", groups=["Communications"]))
    listing = client.get("/admin/localize/api/snippets/news/newscategory/")
    assert listing.status_code == 200 and "Wydarzenia" in body(listing)
    assert client.get(f"/admin/localize/api/snippets/news/newscategory/{category.pk}/").status_code == 200


@pytest.mark.parametrize("group", OUTSIDERS)
def test_translators_outside_the_registry_can_neither_open_nor_submit_an_area_translation(
    client, records, english, group
):
    client = signed_in(client, make_user("outsider", groups=[group]))
    url = f"/admin/localize/submit/snippet/registry/area/{records['area'].pk}/"
    assert_refused_without_secrets(client.get(url), url)
    assert_refused_without_secrets(client.post(url, {"locales": [english.pk]}), url)
    assert not Area.objects.filter(locale=english).exists()
    assert not TranslationSource.objects.exists()


def test_someone_who_may_change_areas_translates_them(client, records, english):
    translator = make_user(
        "translator",
        permissions=["wagtailadmin.access_admin", "wagtail_localize.submit_translation", "registry.change_area"],
    )
    client = signed_in(client, translator)
    url = f"/admin/localize/submit/snippet/registry/area/{records['area'].pk}/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"locales": [english.pk]}).status_code == 302
    assert Area.objects.filter(locale=english, translation_key=records["area"].translation_key).exists()


@pytest.fixture
def area_translated(client, records, english):
    """The area submitted for translation into English by a superuser, as the admin does it."""
    admin = make_user("admin", is_superuser=True, is_staff=True)
    client.force_login(admin)
    client.post(f"/admin/localize/submit/snippet/registry/area/{records['area'].pk}/", {"locales": [english.pk]})
    client.logout()
    return TranslationSource.objects.get(object_id=records["area"].translation_key)


@pytest.mark.parametrize("group", OUTSIDERS)
def test_translators_outside_the_registry_cannot_update_an_area_translation(client, area_translated, group):
    client = signed_in(client, make_user("outsider", groups=[group]))
    url = f"/admin/localize/update/{area_translated.pk}/"
    before = area_translated.last_updated_at
    Area.objects.filter(pk=area_translated.get_source_instance().pk).update(name="Zmienione qxarea")
    assert_refused_without_secrets(client.get(url), url)
    assert_refused_without_secrets(client.post(url, {"publish_translations": "on"}), url)
    area_translated.refresh_from_db()
    assert area_translated.last_updated_at == before


@pytest.mark.parametrize("group", OUTSIDERS)
def test_the_translations_report_shows_registry_translations_only_to_people_who_may_see_them(
    client, area_translated, group
):
    NewsCategory.objects.create(name="Wydarzenia qxcat", slug="wydarzenia")
    category = NewsCategory.objects.get(slug="wydarzenia")
    admin = get_user_model().objects.get(username="admin")
    client.force_login(admin)
    client.post(
        f"/admin/localize/submit/snippet/news/newscategory/{category.pk}/",
        {"locales": [Locale.objects.get(language_code="en").pk]},
    )
    report = client.get("/admin/localize/reports/translations/")
    assert AREA_NAME in body(report) and "Wydarzenia qxcat" in body(report)

    client.force_login(make_user("outsider", groups=[group]))
    for url in ["/admin/localize/reports/translations/", "/admin/localize/reports/translations/results/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert AREA_NAME not in body(response) and "/admin/registry/" not in body(response), url
    if group == "Communications":  # they may see news categories, so their translations stay listed
        assert "Wydarzenia qxcat" in body(client.get("/admin/localize/reports/translations/"))
