"""News: dated articles with categories and tags, listed by an index page with a feed."""

from functools import partial
from operator import getitem
from urllib.parse import urlencode

from django import forms
from django.apps import apps
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock
from core.cache import memo
from core.images import LISTING_SPEC, LOGO_STRIP_SPEC, with_renditions
from core.private_sections import PrivateSectionsAwareMixin, public
from core.slugs import TransliteratedSlugMixin
from core.translation import PAGE_TRANSLATABLE_FIELDS

ARTICLES_PER_PAGE = 10


class MemoisedCountPaginator(Paginator):
    """A paginator whose count is memoised per content generation under `count_key` (when set)."""

    count_key = None

    @cached_property
    def count(self):
        if self.count_key is None:
            return super().count
        return memo.memoised(self.count_key, lambda: Paginator.count.func(self))


def with_listing_renditions(queryset):
    """Each article with its listing image at listing size: a fixed number of queries for any list."""
    return with_renditions(queryset, "listing_image", LISTING_SPEC)


def localized_or_original(objects, model, locale_id, **filters):
    """Each object's translation in the given locale where one exists, else the object itself.

    Synchronised relations keep pointing at the source language's objects; this swaps them
    for the page's language with one query for the whole list.
    """
    objects = list(objects)
    keys = {obj.translation_key for obj in objects}
    translations = {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=keys, locale_id=locale_id, **filters)
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


class NewsCategory(TranslatableMixin, models.Model):
    """A topic editors file news under; translated, with one slug shared across languages."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    def __str__(self):
        return self.name

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_category_unique_slug_per_locale"),
        ]


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsIndexPage(TransliteratedSlugMixin, PrivateSectionsAwareMixin, RoutablePageMixin, Page):
    """Lists news newest first, filtered by year, category and tag, with an RSS feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    def get_articles(self):
        articles = public(NewsPage.objects.live()).descendant_of(self)
        return articles.select_related("listing_image").order_by("-date", "-pk")

    def article_years(self):
        """The years that have articles, newest first (memoised until the content changes)."""
        return memo.memoised(
            ("news-years", self.pk),
            lambda: [day.year for day in self.get_articles().dates("date", "year", order="DESC")],
        )

    # What the listing puts in the template's context (see listing()).
    LISTING_NAMES = ("filterset", "articles", "active_filters", "rejected_filters", "clear_all_url")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: the template shows the listing inside a fragment cached per query string until the content
        # changes, so a cached listing costs neither queries nor building the filter form.
        listing = SimpleLazyObject(lambda: self.listing(request))
        context.update({name: SimpleLazyObject(partial(getitem, listing, name)) for name in self.LISTING_NAMES})
        return context

    def listing(self, request):
        """The filter form, the requested page of articles and the filters applied, from the query string."""
        from .filters import NewsFilterSet

        articles = with_listing_renditions(self.get_articles())
        filterset = NewsFilterSet(
            request.GET or None, queryset=articles, years=self.article_years(), locale_id=self.locale_id
        )
        paginator = MemoisedCountPaginator(filterset.qs, ARTICLES_PER_PAGE)
        # The count changes only with the content: kept per filter until the next change.
        filters = tuple(sorted((name, tuple(values)) for name, values in request.GET.lists() if name != "page"))
        paginator.count_key = ("news-count", self.pk, filters)
        return {
            "filterset": filterset,
            "articles": paginator.get_page(request.GET.get("page")),
            "active_filters": [
                {"name": name, "label": label, "value": value, "clear_url": self.query_without(request, name)}
                for name, label, value in filterset.active_filters()
            ],
            "rejected_filters": filterset.rejected_filters(),
            "clear_all_url": self.get_url(request),
        }

    def query_for_language(self, request, translated_index):
        """The filters of this listing's query string that exist in another language's listing.

        For the language switcher: the year when that listing has articles from it, the category when it
        has a translation there (slugs are shared), the tag when an article there carries it.
        """
        from .filters import articles_with_tag

        translated_index = NewsIndexPage.objects.get(pk=translated_index.pk)
        kept = {}
        year = request.GET.get("year", "")
        if year.isdigit() and int(year) in translated_index.article_years():
            kept["year"] = year
        # A NUL byte cannot reach PostgreSQL (it refuses the whole query): such a value is no filter at all.
        category = request.GET.get("category", "").replace("\x00", "")
        if category and NewsCategory.objects.filter(slug=category, locale_id=translated_index.locale_id).exists():
            kept["category"] = category
        tag = request.GET.get("tag", "").replace("\x00", "").strip()
        if tag and articles_with_tag(translated_index.get_articles(), tag).exists():
            kept["tag"] = tag
        return urlencode(kept)

    @staticmethod
    def query_without(request, name):
        """The current query string minus one filter (and the page, which no longer applies)."""
        query = request.GET.copy()
        for key in (name, "page"):
            query.pop(key, None)
        return f"?{query.urlencode()}" if query else "?"

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import NewsFeed

        return NewsFeed()(request, index=self)

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")


class NewsPageForm(WagtailAdminPageForm):
    """The article editor: the categories offered are those of the article's own language, as checkboxes.

    An article synchronised from another language may point at that language's categories: they are
    shown as their translations here, so saving files the article under its own language's categories.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "categories" not in self.fields:
            return
        locale_id = self.instance.locale_id or (self.parent_page.locale_id if self.parent_page else None)
        if locale_id is None:
            return
        self.fields["categories"].queryset = NewsCategory.objects.filter(locale_id=locale_id).order_by("name")
        if self.instance.pk and not self.is_bound:
            current = localized_or_original(self.instance.categories.all(), NewsCategory, locale_id)
            self.initial["categories"] = [category.pk for category in current if category.locale_id == locale_id]


class NewsPage(TransliteratedSlugMixin, PrivateSectionsAwareMixin, Page):
    """One dated article."""

    date = models.DateField(_("date"))
    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown in listings and at the top."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    categories = ParentalManyToManyField(NewsCategory, verbose_name=_("categories"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, verbose_name=_("tags"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                InlinePanel("related_partners", label=_("Partner")),
            ],
            heading=_("Categories, tags and partners"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("date"),
        TranslatableField("lead"),
        TranslatableField("body"),
        SynchronizedField("listing_image"),
        SynchronizedField("categories"),
        SynchronizedField("tags"),
        SynchronizedField("related_partners"),
    ]

    base_form_class = NewsPageForm
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    # Joined when the page is routed (core/routing.py, home.HomePage.route): the article's header shows it.
    serve_select_related = ["listing_image"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: the template shows them inside a fragment cached until the content changes.
        context.update(
            # Only linked to: the plain page has its address, and saves the query for the specific one.
            news_index=SimpleLazyObject(self.get_parent),
            categories=SimpleLazyObject(self.localized_categories),
            partners=SimpleLazyObject(self.localized_partners),
        )
        return context

    def localized_categories(self):
        return localized_or_original(self.categories.all(), NewsCategory, self.locale_id)

    def localized_partners(self):
        # The partner model by its label, as the relation names it: news sits below home (home lists the news).
        PartnerPage = apps.get_model("home", "PartnerPage")
        related = list(self.related_partners.values_list("partner_id", "partner__translation_key"))
        # One query for every live version of those partners (with logos): the one in the page's language
        # where it exists, else the linked page itself when it is live.
        keys = {key for _pk, key in related}
        versions = with_renditions(PartnerPage.objects.live().filter(translation_key__in=keys), "logo", LOGO_STRIP_SPEC)
        by_id, localized = {}, {}
        for partner in versions:
            by_id[partner.pk] = partner
            if partner.locale_id == self.locale_id:
                localized[partner.translation_key] = partner
        chosen = (localized.get(key) or by_id.get(pk) for pk, key in related)
        return [partner for partner in chosen if partner is not None]

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
        indexes = [
            # Listings are newest first: with this index the newest few are read, not all articles sorted.
            models.Index(fields=["-date", "-page_ptr"], name="news_page_newest_first"),
        ]


class NewsPageRelatedPartner(Orderable):
    """A partner the article is about; a plain page link so translation sync stays safe."""

    page = ParentalKey(NewsPage, related_name="related_partners", on_delete=models.CASCADE)
    partner = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("partner", page_type="home.PartnerPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related partner")
        verbose_name_plural = _("related partners")
