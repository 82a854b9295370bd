"""Site-wide page types: the home page, plain content pages and partners."""

from functools import partial
from operator import getitem

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock
from core.images import LISTING_SPEC, LOGO_SPEC, with_renditions
from core.private_sections import PrivateSectionsAwareMixin, public
from core.routing import SiteRootRoutingMixin
from core.slugs import TransliteratedSlugMixin
from core.translation import PAGE_TRANSLATABLE_FIELDS
from news.models import NewsPage
from registry import stats as registry_stats

from .accessibility import AccessibilityStatementPage

__all__ = ["AccessibilityStatementPage", "HomePage", "PartnerIndexPage", "PartnerPage", "StandardPage"]

LATEST_NEWS_COUNT = 4


def default_home():
    """The default site's home page (made by a data migration): where new top-level pages go."""
    return Site.objects.select_related("root_page").get(is_default_site=True).root_page.specific


class HomePage(TransliteratedSlugMixin, SiteRootRoutingMixin, PrivateSectionsAwareMixin, Page):
    """The front door: hero, latest news, figures from the registry, a call to join."""

    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    join_title = models.CharField(_("call to join: title"), max_length=200, blank=True)
    join_text = models.TextField(_("call to join: text"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        MultiFieldPanel([FieldPanel("join_title"), FieldPanel("join_text")], heading=_("Call to join")),
        FieldPanel("body"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("hero_title"),
        TranslatableField("hero_text"),
        SynchronizedField("hero_image"),
        TranslatableField("join_title"),
        TranslatableField("join_text"),
        TranslatableField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # Joined when the page is routed (core/routing.py, home.HomePage.route): the hero shows it.
    serve_select_related = ["hero_image"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsIndexPage",
        "home.PartnerIndexPage",
        "registry.JoinPage",
        "registry.RecognitionIndexPage",
        "home.AccessibilityStatementPage",
        "opportunities.OpportunityIndexPage",
    ]
    max_count_per_parent = 1
    # The sections the home page links to, by context name.
    LINKED_SECTIONS = ("join_page", "recognition_page", "news_index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: the template shows them inside fragments cached until the content changes, so a cached home
        # page costs no query for them. The private sections are memoised per content generation.
        sections = SimpleLazyObject(
            lambda: self.sections(
                join_page="registry.JoinPage",
                recognition_page="registry.RecognitionIndexPage",
                news_index="news.NewsIndexPage",
            )
        )
        context.update(
            {name: SimpleLazyObject(partial(getitem, sections, name)) for name in self.LINKED_SECTIONS},
            latest_news=SimpleLazyObject(self.latest_news),
            figures=registry_stats.public_figures(),
        )
        return context

    def latest_news(self):
        """The newest public articles."""
        articles = public(NewsPage.objects.live()).descendant_of(self).order_by("-date", "-pk")
        return list(with_renditions(articles, "listing_image", LISTING_SPEC)[:LATEST_NEWS_COUNT])

    def sections(self, **model_labels):
        """The first live page of each type in this home page's language, by name, in one query.

        Plain `Page` objects (title and address are all the home page links need), None where there is none.
        """
        from django.apps import apps
        from django.contrib.contenttypes.models import ContentType

        content_types = {
            name: ContentType.objects.get_for_model(apps.get_model(label)).pk for name, label in model_labels.items()
        }
        pages = public(Page.objects.live()).filter(locale_id=self.locale_id, content_type_id__in=content_types.values())
        first_by_type = {}
        for page in pages.order_by("path"):
            first_by_type.setdefault(page.content_type_id, page)
        return {name: first_by_type.get(type_id) for name, type_id in content_types.items()}

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(TransliteratedSlugMixin, PrivateSectionsAwareMixin, Page):
    """A plain content page: about the programme, contact, privacy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class PartnerIndexPage(TransliteratedSlugMixin, PrivateSectionsAwareMixin, Page):
    """Lists the partners we cooperate with and those who support us."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.PartnerPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Both roles in one query (with their logos), split here. Lazy: the template shows them inside a
        # fragment cached until the content changes, so a cached listing costs no query.
        partners = SimpleLazyObject(
            lambda: list(
                with_renditions(public(PartnerPage.objects.live()).child_of(self).order_by("path"), "logo", LOGO_SPEC)
            )
        )
        context["cooperating"] = SimpleLazyObject(
            lambda: [partner for partner in partners if partner.role == PartnerPage.Role.COOPERATING]
        )
        context["supporters"] = SimpleLazyObject(
            lambda: [partner for partner in partners if partner.role == PartnerPage.Role.SUPPORTER]
        )
        context["groups"] = [
            (PartnerPage.Role.COOPERATING.label, context["cooperating"]),
            (PartnerPage.Role.SUPPORTER.label, context["supporters"]),
        ]
        return context

    class Meta:
        verbose_name = _("partner index page")
        verbose_name_plural = _("partner index pages")


class PartnerPage(TransliteratedSlugMixin, PrivateSectionsAwareMixin, Page):
    """One partner: a cooperating institution or a supporter, shown in the footer strips."""

    class Role(models.TextChoices):
        COOPERATING = "cooperating", _("We cooperate with")
        SUPPORTER = "supporter", _("They support us")

    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.COOPERATING)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("role"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("role"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        TranslatableField("description"),
    ]

    parent_page_types = ["home.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner page")
        verbose_name_plural = _("partner pages")
