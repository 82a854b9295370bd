"""News: dated articles with categories and tags, listed by an index page with a feed."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock


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


class NewsIndexPage(RoutablePageMixin, Page):
    """Lists news newest first, filtered by year, category and tag, with an RSS feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]

    def get_articles(self):
        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("listing_image")
            .order_by("-date", "-pk")
        )

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")


class NewsPage(Page):
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
            [FieldPanel("categories"), FieldPanel("tags"), InlinePanel("related_partners", label=_("Partner"))],
            heading=_("Categories, tags and partners"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("date"),
        TranslatableField("lead"),
        TranslatableField("body"),
        SynchronizedField("listing_image"),
        SynchronizedField("categories"),
        SynchronizedField("tags"),
        SynchronizedField("related_partners"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")


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
