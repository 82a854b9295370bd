"""The accessibility statement Polish public bodies must publish, as a page type.

The Act of 4 April 2019 on the digital accessibility of public bodies' websites and mobile applications
fixes the statement's structure, and the official monitoring reads its parts by element id (`a11y-wstep`,
`a11y-podmiot`, …). Editors fill in the facts; the template (home/accessibility_statement_page.html)
writes the fixed wording and the ids, so the markup is always right. One statement per language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.private_sections import PrivateSectionsAwareMixin, public
from core.slugs import TransliteratedSlugMixin
from core.translation import PAGE_TRANSLATABLE_FIELDS

__all__ = ["AccessibilityStatementPage"]

STATUS_CONTEXT = "website accessibility status"
TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class AccessibilityStatementPage(TransliteratedSlugMixin, PrivateSectionsAwareMixin, Page):
    """The statement required by Polish law: its parts as fields, its structure and ids in the template."""

    class Status(models.TextChoices):
        # Completes the sentence "The website is … with the Act".
        COMPLIANT = "compliant", pgettext_lazy("website accessibility status", "compliant")
        PARTIALLY_COMPLIANT = (
            "partially-compliant",
            pgettext_lazy("website accessibility status", "partially compliant"),
        )
        NON_COMPLIANT = "non-compliant", pgettext_lazy("website accessibility status", "not compliant")

    class Assessment(models.TextChoices):
        SELF = "self", _("Self-assessment by the public body")
        EXTERNAL = "external", _("Assessment by an external party")

    entity_name = models.CharField(
        _("public body"), max_length=255, help_text=_("The full name of the body the website belongs to.")
    )
    website_name = models.CharField(_("website name"), max_length=255)
    website_url = models.URLField(
        _("website address"), blank=True, help_text=_("Leave empty for this website's home page in this language.")
    )
    published_on = models.DateField(_("date the website was published"))
    updated_on = models.DateField(_("date of the last significant update"))
    status = models.CharField(_("compliance status"), max_length=30, choices=Status.choices)
    non_compliance = RichTextField(
        _("inaccessible content and exclusions"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("What is not accessible and why, or which exclusions apply. Required unless compliant."),
    )
    burden_analysis_url = models.URLField(
        _("disproportionate burden analysis"),
        blank=True,
        help_text=_("Address of the published analysis, when the body relies on disproportionate burden."),
    )
    prepared_on = models.DateField(_("date the statement was prepared"))
    reviewed_on = models.DateField(_("date of the last review of the statement"), null=True, blank=True)
    assessment = models.CharField(
        _("the statement is based on"), max_length=20, choices=Assessment.choices, default=Assessment.SELF
    )
    auditor = models.CharField(
        _("external assessor"), max_length=255, blank=True, help_text=_("Who assessed the website, if not the body.")
    )
    keyboard_shortcuts = RichTextField(_("keyboard shortcuts"), blank=True, features=TEXT_FEATURES)
    contact_person = models.CharField(
        _("contact person"),
        max_length=255,
        help_text=_("Who answers accessibility requests. Shown publicly, as the Act requires."),
    )
    contact_email = models.EmailField(_("contact e-mail address"))
    contact_phone = models.CharField(_("contact telephone number"), max_length=50)
    feedback = RichTextField(
        _("feedback and contact: more information"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("For example how quickly requests are answered."),
    )
    procedure = RichTextField(
        _("requests and complaints procedure"),
        features=TEXT_FEATURES,
        help_text=_(
            "The right to ask for accessibility or an accessible alternative, the deadlines, and how to complain."
        ),
    )
    architecture = RichTextField(
        _("architectural accessibility"),
        features=TEXT_FEATURES,
        help_text=_("The body's buildings: entrances, lifts, parking, assistance dogs, sign-language interpreting."),
    )
    mobile_apps = RichTextField(
        _("mobile applications"),
        features=TEXT_FEATURES,
        help_text=_("The body's mobile applications and where to get them, or that it has none."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldRowPanel([FieldPanel("website_name"), FieldPanel("website_url")]),
                FieldRowPanel([FieldPanel("published_on"), FieldPanel("updated_on")]),
            ],
            heading=_("Website"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("non_compliance"), FieldPanel("burden_analysis_url")],
            heading=_("Compliance with the Act"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldRowPanel([FieldPanel("assessment"), FieldPanel("auditor")]),
                FieldPanel("keyboard_shortcuts"),
            ],
            heading=_("Preparing the statement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("feedback"),
            ],
            heading=_("Feedback and contact details"),
        ),
        FieldPanel("procedure"),
        FieldPanel("architecture"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = Page.search_fields + [index.SearchField("entity_name"), index.SearchField("procedure")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("entity_name"),
        TranslatableField("website_name"),
        SynchronizedField("website_url"),
        SynchronizedField("published_on"),
        SynchronizedField("updated_on"),
        SynchronizedField("status"),
        TranslatableField("non_compliance"),
        SynchronizedField("burden_analysis_url"),
        SynchronizedField("prepared_on"),
        SynchronizedField("reviewed_on"),
        SynchronizedField("assessment"),
        SynchronizedField("auditor"),
        TranslatableField("keyboard_shortcuts"),
        SynchronizedField("contact_person"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        TranslatableField("feedback"),
        TranslatableField("procedure"),
        TranslatableField("architecture"),
        TranslatableField("mobile_apps"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        if self.status != self.Status.COMPLIANT and not self.non_compliance:
            errors["non_compliance"] = _("Say what is not accessible and why, or which exclusions apply.")
        if self.assessment == self.Assessment.EXTERNAL and not self.auditor:
            errors["auditor"] = _("Name who assessed the website.")
        if self.updated_on and self.published_on and self.updated_on < self.published_on:
            errors["updated_on"] = _("The last update cannot be earlier than the publication.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from .localization import home_pages

        context = super().get_context(request, *args, **kwargs)
        url = self.website_url
        if not url:
            home = home_pages(request).get(self.locale.language_code)
            url = request.build_absolute_uri(home.get_url(request) if home else "/")
        context["statement_website_url"] = url
        return context

    @classmethod
    def for_locale(cls, locale):
        """The live, public statement in a language, or None."""
        return public(cls.objects.live()).filter(locale=locale).order_by("path").first()

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
