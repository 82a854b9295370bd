"""Agreements (porozumienia, art. 44) per volunteer and host organisation, and the templates they are printed from."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.fields import RichTextField

from paperwork.agreement_form import AgreementAdminForm
from paperwork.placeholders import PLACEHOLDER_HELP, unknown_placeholders

__all__ = ["Agreement", "AgreementTemplate"]


class AgreementTemplate(models.Model):
    """The agreement's wording, edited by the programme, one per language; placeholders are filled per agreement."""

    name = models.CharField(_("name"), max_length=200)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    body = RichTextField(_("text"), help_text=PLACEHOLDER_HELP)
    is_default = models.BooleanField(
        _("default for its language"), default=False, help_text=_("Used when an agreement names no template.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    def __str__(self):
        return f"{self.name} ({self.language})"

    def clean(self):
        super().clean()
        unknown = unknown_placeholders(self.body)
        if unknown:
            raise ValidationError(
                {"body": _("Unknown placeholders: %(names)s.") % {"names": ", ".join(sorted(unknown))}}
            )

    class Meta:
        verbose_name = _("agreement template")
        verbose_name_plural = _("agreement templates")
        ordering = ["language", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["language"], condition=models.Q(is_default=True), name="paperwork_one_default_template"
            )
        ]


class Agreement(models.Model):
    """What a volunteer and a host organisation agreed: scope, manner, time and how it ends (art. 44)."""

    base_form_class = AgreementAdminForm  # Wagtail's admin form for the snippet

    volunteer = models.ForeignKey(
        "registry.Volunteer", verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="agreements"
    )
    organisation = models.ForeignKey(
        "registry.Organisation", verbose_name=_("host organisation"), on_delete=models.PROTECT, related_name="+"
    )
    starts_on = models.DateField(pgettext_lazy("period", "from"))
    ends_on = models.DateField(
        pgettext_lazy("period", "to"), null=True, blank=True, help_text=_("Empty: for an indefinite period.")
    )
    areas = models.ManyToManyField("registry.Area", verbose_name=_("areas"), blank=True, related_name="+")
    tasks = models.TextField(_("tasks"))
    manner = models.TextField(_("manner of performing the work"))
    termination_terms = models.TextField(_("termination terms"))
    template = models.ForeignKey(
        AgreementTemplate, verbose_name=_("template"), null=True, blank=True, on_delete=models.SET_NULL
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True, help_text=_("Empty until both sides sign."))
    signed_for_organisation_by = models.CharField(_("signed for the organisation by"), max_length=200, blank=True)
    signed_for_volunteer_by = models.CharField(
        _("signed for the volunteer by"),
        max_length=200,
        blank=True,
        help_text=_("Empty when the volunteer signs; a parent or guardian's name when they conclude it."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    def __str__(self):
        return _("Agreement #%(id)s") % {"id": self.pk}

    @property
    def is_signed(self):
        return self.signed_on is not None

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The agreement cannot end before it starts.")})
        if self.signed_on and not self.signed_for_organisation_by:
            raise ValidationError({"signed_for_organisation_by": _("Say who signed for the organisation.")})
        if self.volunteer_id and self.starts_on and not self.signed_for_volunteer_by.strip():
            from paperwork.requirements import guardian_concludes

            if guardian_concludes(self.volunteer.date_of_birth, self.starts_on):
                raise ValidationError(
                    {
                        "signed_for_volunteer_by": _(
                            "The volunteer is under 13 on the agreement's first day, so a parent or guardian "
                            "concludes it for them: enter the parent or guardian's first and last name."
                        )
                    }
                )

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=models.F("starts_on")),
                name="paperwork_agreement_ends_after_start",
            )
        ]
