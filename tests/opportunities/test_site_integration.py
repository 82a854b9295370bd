"""Opportunities elsewhere on the site: the sitemap, the search, the home page's section, the admin."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission

from .public_tree import add_opportunity, add_shift
from .test_pages import html_of, text_of

pytestmark = pytest.mark.django_db


def search_titles(client, query, language="pl"):
    with translation.override(language):
        url = reverse("search")
    html = html_of(client, f"{url}?q={query}")
    return re.findall(r'class="search-results__link" href="[^"]+">([^<]+)</a>', html)


def test_opportunities_are_in_the_sitemap_with_their_translation(client, lake_patrol):
    page, page_en = lake_patrol

    xml = client.get("/sitemap.xml").content.decode()

    assert f"http://testserver{page.url}" in xml
    assert f'hreflang="en" href="http://testserver{page_en.url}"' in xml


@pytest.mark.parametrize("query", ["jezioro", "jeziorach", "patrol", "patrolu", "zalewu", "kielcach"])
def test_an_opportunity_is_found_by_inflected_polish_forms(client, lake_patrol, query):
    assert "Patrole nad jeziorem" in search_titles(client, query)


def test_an_opportunity_is_found_in_english(client, lake_patrol):
    assert "Lake patrols" in search_titles(client, "patrol", language="en")


def test_home_page_shows_upcoming_opportunities_with_free_places_only(client, tree):
    open_one = add_opportunity(tree, "Rozmowy z seniorami")
    full = add_opportunity(tree, "Dyżur na festynie")
    past = add_opportunity(tree, "Dawny dyżur")
    add_shift(open_one, days=2, capacity=3, taken=1)
    add_shift(full, days=1, capacity=2, taken=2)
    add_shift(past, days=-2, capacity=2)

    text = text_of(html_of(client, tree.home.url))

    assert "Najbliższe oferty z wolnymi miejscami" in text
    assert "Rozmowy z seniorami" in text
    assert "Dyżur na festynie" not in text
    assert "Dawny dyżur" not in text
    assert "Wszystkie oferty wolontariatu" in text


def test_home_page_section_follows_each_sign_up_though_its_fragment_is_kept(client, tree):
    from opportunities.signups import sign_up

    from .builders import active_volunteer

    one_place = add_shift(add_opportunity(tree, "Rozmowy z seniorami"), days=2, capacity=1)
    built = {"HTTP_COOKIE": "sessionid=none"}  # a visitor with a session: the page is built, its fragments kept
    assert "Rozmowy z seniorami" in text_of(html_of(client, tree.home.url, **built))

    sign_up(active_volunteer(), one_place)

    assert "Rozmowy z seniorami" not in text_of(html_of(client, tree.home.url, **built))


def test_home_page_section_is_absent_without_free_places(client, tree):
    assert "Najbliższe oferty z wolnymi miejscami" not in text_of(html_of(client, tree.home.url))


def _home_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        response = client.get(url, HTTP_COOKIE="sessionid=none")  # a session: built, not taken from the cache
    assert response.status_code == 200
    return len(context)


def test_home_page_section_costs_a_fixed_number_of_queries(client, tree):
    def add(count, start):
        for number in range(start, start + count):
            add_shift(add_opportunity(tree, f"Zadanie {number}"), days=1 + number, capacity=4)

    add(1, 0)
    _home_queries(client, tree.home.url)
    few = _home_queries(client, tree.home.url)
    add(9, 1)
    _home_queries(client, tree.home.url)

    assert _home_queries(client, tree.home.url) == few


def test_coordinators_may_edit_pages_under_a_new_opportunities_index(tree):
    coordinators = Group.objects.get(name="Coordinators")

    granted = set(
        GroupPagePermission.objects.filter(group=coordinators, page=tree.index).values_list(
            "permission__codename", flat=True
        )
    )

    assert {"add_page", "change_page", "publish_page"} <= granted
    assert not GroupPagePermission.objects.filter(group=coordinators, page=tree.home).exists()
    assert GroupPagePermission.objects.filter(group=coordinators, page=tree.index_en).exists()


def test_both_groups_may_keep_the_training_list(db):
    for name in ("Communications", "Coordinators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"add_training", "change_training", "view_training"} <= codenames


def test_a_coordinator_can_open_the_editor_of_an_opportunity(client, lake_patrol, django_user_model):
    page, _page_en = lake_patrol
    user = django_user_model.objects.create_user("koordynator", "k@example.org", "x")
    user.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(user)

    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.get_parent().get_parent().pk])).status_code == 302


def test_communications_staff_can_open_the_editor_of_an_opportunity(client, lake_patrol, django_user_model):
    page, page_en = lake_patrol
    user = django_user_model.objects.create_user("redakcja", "r@example.org", "x")
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)

    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page_en.pk])).status_code == 200


def test_editors_can_list_trainings_in_the_admin(admin_client, tree):
    response = admin_client.get(reverse("wagtailsnippets_opportunities_training:list"))

    assert response.status_code == 200
    assert "Pierwsza pomoc" in response.content.decode()
