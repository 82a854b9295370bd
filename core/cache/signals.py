"""What invalidates the page cache: anything that can change what a public page shows.

Each change bumps the generation twice: at once (so a test or a shell sees it) and after the
transaction commits (so a page rebuilt meanwhile from the old data is not kept).
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import generation

# Models shown on public pages besides pages, images and settings. Registry work (volunteers, service
# records, status changes) is not among them: the home page's figures have their own short-lived cache
# (registry/stats.py), so logging an hour or editing a volunteer leaves every cached page valid. Shifts and
# sign-ups bump a narrower scope of their own (opportunities/freshness.py, scopes.py).
SHOWN_ON_PAGES = [
    "news.NewsCategory",
    "opportunities.Training",  # named in an opportunity's requirements
    "registry.Area",
    "registry.Organisation",
    "registry.Recognition",
]
DISPATCH_UID = "pagecache"


def invalidate(**kwargs):
    generation.bump()
    transaction.on_commit(generation.bump)


def invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate()


def shown_models():
    models = [apps.get_model(label) for label in SHOWN_ON_PAGES]
    # A view restriction makes a section private: it must leave cached pages and listings at once.
    models += [get_image_model(), Site, Locale, PageViewRestriction]
    # Site-wide settings (footer, social links...) appear on every page.
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    models += [model for model in apps.get_models() if issubclass(model, BaseGenericSetting | BaseSiteSetting)]
    return models


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"{DISPATCH_UID}-{id(signal)}")
    post_delete.connect(invalidate_on_page_delete, dispatch_uid=f"{DISPATCH_UID}-page-delete")
    for model in shown_models():
        post_save.connect(invalidate, sender=model, dispatch_uid=f"{DISPATCH_UID}-save-{model._meta.label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"{DISPATCH_UID}-delete-{model._meta.label}")
