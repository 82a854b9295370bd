"""Public pages that read from or write to the registry."""

from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.private_sections import PrivateSectionsAwareMixin
from core.slugs import TransliteratedSlugMixin
from core.translation import PAGE_TRANSLATABLE_FIELDS

from .privacy import PrivacyNoticeMixin

__all__ = ["JoinPage", "RecognitionIndexPage"]

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

#: The thank-you step's address under the join page, in each language's words (plain ASCII).
THANK_YOU_SLUGS = {"pl": "dziekujemy", "en": "thank-you"}


class JoinPage(TransliteratedSlugMixin, PrivateSectionsAwareMixin, RoutablePageMixin, PrivacyNoticeMixin, Page):
    """The public application form; each valid submission becomes a Volunteer with status "applied".

    Serving lives in registry.join.views; the routes here only hand over to it. The information clause
    (PrivacyNoticeMixin) is required for publishing and shown with the form.
    """

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
        *PrivacyNoticeMixin.privacy_panels,
        MultiFieldPanel([FieldPanel("consent_text"), FieldPanel("consent_version")], heading=_("Consent")),
        MultiFieldPanel([FieldPanel("thank_you_title"), FieldPanel("thank_you_text")], heading=_("Thank-you page")),
        FieldPanel("notification_email"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        *PrivacyNoticeMixin.privacy_translatable_fields,
        TranslatableField("consent_text"),
        SynchronizedField("consent_version"),
        TranslatableField("thank_you_title"),
        TranslatableField("thank_you_text"),
        SynchronizedField("notification_email"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    preview_modes = [("", _("Form")), ("thank-you", _("Thank-you page"))]

    def consent_fingerprint(self):
        """What an application records as the consent given: the version, the live revision of this page (in
        its language) and a digest of the consent and information texts, e.g. "2026-01/rev42/3f9a0c1b2d4e5f60".
        """
        digest = self.privacy_text_hash(self.consent_text)[:16]
        return f"{self.consent_version}/rev{self.live_revision_id or 0}/{digest}"

    @path("")
    def index_route(self, request, *args, **kwargs):
        from registry.join.views import join_form

        return join_form(self, request)

    @re_path(rf"^(?P<step>{'|'.join(THANK_YOU_SLUGS.values())})/$", name="thank_you")
    def thank_you_route(self, request, step=None):
        from registry.join.views import thank_you

        own_step = self.thank_you_slug()
        if step is not None and step != own_step:
            # The other language's word (or the old English one under /pl/): one permanent hop to this page's.
            return redirect(self.get_url(request) + f"{own_step}/", permanent=True)
        return thank_you(self, request)

    def thank_you_slug(self):
        return THANK_YOU_SLUGS.get(self.locale.language_code, THANK_YOU_SLUGS["en"])

    def reverse_subpage(self, name, args=None, kwargs=None):
        """`reverse_subpage("thank_you")` gives the thank-you address in this page's language."""
        if name == "thank_you" and not args and not kwargs:
            kwargs = {"step": self.thank_you_slug()}
        return super().reverse_subpage(name, args=args, kwargs=kwargs)

    def serve_preview(self, request, mode_name):
        if mode_name == "thank-you":
            return self.thank_you_route(request)
        return self.index_route(request)

    class Meta:
        verbose_name = _("join page")
        verbose_name_plural = _("join pages")


class RecognitionIndexPage(TransliteratedSlugMixin, PrivateSectionsAwareMixin, Page):
    """Lists the recognitions coordinators marked public, read live from the registry."""

    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
    ]

    def get_context(self, request, *args, **kwargs):
        # Imported here: registry.public_recognitions imports the models package this module belongs to.
        from registry.public_recognitions import public_recognitions

        context = super().get_context(request, *args, **kwargs)
        context["recognitions"] = public_recognitions(request)
        return context

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("recognition index page")
        verbose_name_plural = _("recognition index pages")
