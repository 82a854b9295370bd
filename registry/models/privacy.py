"""The information GDPR art. 13 requires where personal data are collected, kept as facts editors fill in."""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

__all__ = ["PrivacyNoticeMixin"]

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def _notice_field(verbose_name, help_text):
    # Required for publishing: Wagtail lets a draft be saved without them, never a live page (Page.full_clean).
    return RichTextField(verbose_name, features=TEXT_FEATURES, default="", help_text=help_text)


class PrivacyNoticeMixin(models.Model):
    """One field per part of the art. 13 information clause, so none can be left out of a published page.

    `privacy_summary` is shown with the form; the full clause is one click away on the same page.
    """

    privacy_summary = _notice_field(
        _("summary"),
        _("Two or three sentences shown above the consent: who processes the data, why, and the person's rights."),
    )
    privacy_controller = _notice_field(
        _("controller and contact details"),
        _("The legal entity that decides about the data (name, address), with its e-mail and phone."),
    )
    privacy_dpo = _notice_field(
        _("data protection officer"), _("How to reach the controller's data protection officer.")
    )
    privacy_purposes = _notice_field(
        _("purposes and legal basis"),
        _("What the data are used for and on which basis, e.g. consent (art. 6(1)(a) GDPR)."),
    )
    privacy_recipients = _notice_field(
        _("recipients"), _("Who else receives the data (e.g. host organisations, IT providers), or that no one does.")
    )
    privacy_retention = _notice_field(
        _("how long the data are kept"), _("How long the data are kept, or how that period is decided.")
    )
    privacy_rights = _notice_field(
        _("the person's rights"),
        _(
            "Access, rectification, erasure, restriction, objection, portability where it applies, and withdrawing "
            "consent at any time without affecting what was done before."
        ),
    )
    privacy_complaint = _notice_field(
        _("right to complain"),
        _("The right to lodge a complaint with the President of the Personal Data Protection Office (Prezes UODO)."),
    )
    privacy_requirement = _notice_field(
        _("whether giving the data is required"),
        _("Whether the data are required, and what happens if they are not given."),
    )

    #: The clause's parts in the order they are shown, with the heading each gets on the page.
    PRIVACY_PARTS = (
        ("privacy_controller", _("Who processes your data")),
        ("privacy_dpo", _("Data protection officer")),
        ("privacy_purposes", _("Why we process your data and on what basis")),
        ("privacy_recipients", _("Who receives your data")),
        ("privacy_retention", _("How long we keep your data")),
        ("privacy_rights", _("Your rights")),
        ("privacy_complaint", _("Right to complain")),
        ("privacy_requirement", _("Do you have to give your data?")),
    )
    PRIVACY_FIELDS = ("privacy_summary",) + tuple(name for name, _heading in PRIVACY_PARTS)

    privacy_panels = [
        MultiFieldPanel(
            [FieldPanel(name) for name in PRIVACY_FIELDS],
            heading=_("Information about personal data (GDPR art. 13)"),
        )
    ]
    privacy_translatable_fields = [TranslatableField(name) for name in PRIVACY_FIELDS]

    def privacy_parts(self):
        """(heading, text) of each part of the full clause, for the template."""
        return [(heading, getattr(self, name)) for name, heading in self.PRIVACY_PARTS]

    def privacy_text_hash(self, *extra_texts):
        """A digest of the clause as shown (and of any other text the consent covers), to record with consent."""
        digest = hashlib.sha256()
        for text in [getattr(self, name) for name in self.PRIVACY_FIELDS] + list(extra_texts):
            digest.update(text.encode())
            digest.update(b"\0")
        return digest.hexdigest()

    class Meta:
        abstract = True
