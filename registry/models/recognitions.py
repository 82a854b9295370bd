"""Awards and distinctions given to a volunteer or an organisation."""

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["Recognition"]


class RecognitionQuerySet(models.QuerySet):
    def for_public_display(self):
        return self.filter(is_public=True).select_related("organisation", "volunteer").order_by("-date", "-pk")


class Recognition(models.Model):
    """An award, to exactly one of a volunteer or an organisation."""

    title = models.CharField(_("title"), max_length=200)
    awarded_by = models.CharField(_("awarded by"), max_length=200, blank=True)
    date = models.DateField(_("date"))
    volunteer = models.ForeignKey(
        "registry.Volunteer",
        verbose_name=_("volunteer"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="recognitions",
    )
    organisation = models.ForeignKey(
        "registry.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="recognitions",
    )
    description = models.TextField(_("description"), blank=True)
    # The registry is not translated through wagtail-localize (it holds personal records),
    # so the few public words of a recognition get an optional English version here.
    title_en = models.CharField(
        _("title in English"), max_length=200, blank=True, help_text=_("Shown on the English site; empty: the title.")
    )
    awarded_by_en = models.CharField(_("awarded by, in English"), max_length=200, blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    is_public = models.BooleanField(_("shown on the public site"), default=False)
    news_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related news page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = RecognitionQuerySet.as_manager()

    def __str__(self):
        return self.title

    def in_language(self, language_code):
        """(title, awarded_by, description) for the public site in that language, Polish as the fallback."""
        if language_code == "en":
            return (
                self.title_en or self.title,
                self.awarded_by_en or self.awarded_by,
                self.description_en or self.description,
            )
        return self.title, self.awarded_by, self.description

    class Meta:
        verbose_name = _("recognition")
        verbose_name_plural = _("recognitions")
        ordering = ["-date", "-pk"]
        permissions = [("export_recognition", _("Can export recognitions"))]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(volunteer__isnull=False) & models.Q(organisation__isnull=True))
                | (models.Q(volunteer__isnull=True) & models.Q(organisation__isnull=False)),
                name="registry_recognition_exactly_one_recipient",
                violation_error_message=_("Choose either a volunteer or an organisation, not both."),
            ),
        ]
