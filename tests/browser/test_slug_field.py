"""The page editor's slug field transliterates Polish letters as the editor types, in the browser."""

import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect
from wagtail.models import Site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-editor-passphrase"


def test_the_slug_is_made_from_the_title_and_typed_slugs_in_plain_ascii(page, site_settings):
    User.objects.create_superuser("slug-editor", "slug@example.org", PASSWORD)
    home = Site.objects.get(is_default_site=True).root_page
    page.goto("/admin/login/")
    page.locator("[name='username']").fill("slug-editor")
    page.locator("[name='password']").fill(PASSWORD)
    page.locator("form [type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/add/home/standardpage/{home.pk}/")
    page.locator("[name='title']").fill("Żółta łódź nad Zalewem Kieleckim")
    page.locator("[name='title']").blur()
    slug = page.locator("[name='slug']")
    expect(slug).to_have_value("zolta-lodz-nad-zalewem-kieleckim")

    page.get_by_role("tab", name=re.compile(r"promote|promocja", re.IGNORECASE)).click()
    slug.fill("Świętokrzyskie ŁĄKI")
    slug.blur()
    expect(slug).to_have_value("swietokrzyskie-laki")
