"""The demo's site pages: the home page, "about", the accessibility statement and the partners."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from core.demo.images import logo
from home.models import AccessibilityStatementPage, PartnerIndexPage, PartnerPage, StandardPage, default_home

from . import content


def load_home(loader):
    hero = loader.pictures(content.PICTURES)["hero"]
    home, changed = loader.update(default_home(), content.HOME, hero_image=hero)
    loader.translated(home, content.HOME, changed)
    return home


def load_standard_pages(loader, home):
    page, changed = loader.upsert(StandardPage, home, content.ABOUT)
    loader.translated(page, content.ABOUT, changed)
    replace_plain_statement(loader, home, content.ACCESSIBILITY["slug"].pl)
    page, changed = loader.upsert(AccessibilityStatementPage, home, content.ACCESSIBILITY)
    loader.translated(page, content.ACCESSIBILITY, changed)


def replace_plain_statement(loader, home, slug):
    """Demos loaded before the statement had its own page type kept it as a plain page: remove that one."""
    statement_type = ContentType.objects.get_for_model(AccessibilityStatementPage)
    for page in Page.objects.child_of(home).filter(slug=slug).exclude(content_type=statement_type):
        for translation in page.get_translations():
            translation.delete()
        page.delete()
        loader.stats["pages deleted"] += 1


def load_partners(loader, home):
    """The partner pages by key ("kmp-kielce"…), for the news that name them."""
    index, changed = loader.upsert(PartnerIndexPage, home, content.PARTNER_INDEX)
    loader.translated(index, content.PARTNER_INDEX, changed)
    partners = {}
    for key, role, (initials, colour, shape), spec in content.PARTNERS:
        image = loader.image(f"Demo logo: {spec['title'].pl}", lambda i=initials, c=colour, s=shape: logo(i, c, s))
        page, changed = loader.upsert(PartnerPage, index, spec, role=role, logo=image)
        loader.translated(page, spec, changed)
        partners[key] = page
    return partners
