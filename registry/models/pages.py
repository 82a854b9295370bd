"""Public pages that read from or write to the registry."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

__all__ = ["JoinPage", "RecognitionIndexPage"]

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class JoinPage(Page):
    """The public application form; each valid submission becomes a Volunteer with status "applied"."""

    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)
    consent_text = RichTextField(
        _("consent text"),
        features=TEXT_FEATURES,
        help_text=_("What the applicant agrees to about the processing of their personal data."),
    )
    consent_version = models.CharField(
        _("consent text version"),
        max_length=50,
        default="1",
        help_text=_("Change this whenever the consent text changes; each application records the version."),
    )
    thank_you_title = models.CharField(_("thank-you title"), max_length=200, blank=True)
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=TEXT_FEATURES)
    notification_email = models.EmailField(
        _("coordinators' notification address"),
        blank=True,
        help_text=_("Gets a message with a link to each new application. Not displayed publicly."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("consent_text"), FieldPanel("consent_version")], heading=_("Consent")),
        MultiFieldPanel([FieldPanel("thank_you_title"), FieldPanel("thank_you_text")], heading=_("Thank-you page")),
        FieldPanel("notification_email"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("consent_text"),
        SynchronizedField("consent_version"),
        TranslatableField("thank_you_title"),
        TranslatableField("thank_you_text"),
        SynchronizedField("notification_email"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("join page")
        verbose_name_plural = _("join pages")


class RecognitionIndexPage(Page):
    """Lists the recognitions coordinators marked public, read live from the registry."""

    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("recognition index page")
        verbose_name_plural = _("recognition index pages")
