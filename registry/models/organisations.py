"""Where volunteers serve, and the programme areas they serve in."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

__all__ = ["Area", "Organisation"]


class Area(TranslatableMixin, models.Model):
    """A programme area (prevention, water safety…); translated so both sites can name it."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), TranslatableField("description")]

    def __str__(self):
        return self.name

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["name"]
        permissions = [("export_area", _("Can export areas"))]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="registry_area_unique_slug_per_locale"),
        ]


class Organisation(models.Model):
    """A host unit or institution: a police headquarters, a family-assistance centre, an NGO."""

    class Kind(models.TextChoices):
        POLICE = "police", _("Police unit")
        SOCIAL = "social", _("Social services")
        PUBLIC = "public", _("Other public institution")
        NGO = "ngo", _("Non-governmental organisation")
        FOREIGN = "foreign", _("Foreign partner")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(
        _("country"), max_length=2, default="PL", help_text=_("Two-letter code, e.g. PL, EE, GB.")
    )
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    def __str__(self):
        return self.name

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        permissions = [("export_organisation", _("Can export organisations"))]
