"""Hours volunteers served."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["ServiceRecord"]


class ServiceRecord(models.Model):
    """Hours one volunteer served on one day, in one area, for one organisation."""

    volunteer = models.ForeignKey(
        "registry.Volunteer", verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="service_records"
    )
    date = models.DateField(_("date"), db_index=True)
    area = models.ForeignKey(
        "registry.Area", verbose_name=_("area"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        "registry.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="service_records",
    )
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("24"))],
        help_text=_("More than 0 and at most 24."),
    )
    note = models.TextField(_("note"), blank=True)
    # The form that logged an event's hours for many volunteers (registry/bulk_hours.py): one token per form,
    # so a second submission of the same form cannot store the same hours again.
    batch = models.UUIDField(_("logged together as"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    def __str__(self):
        return _("Service record #%(id)s") % {"id": self.pk}

    class Meta:
        verbose_name = _("service record")
        verbose_name_plural = _("service records")
        ordering = ["-date", "-pk"]
        permissions = [("export_servicerecord", _("Can export service records"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours__gt=0) & models.Q(hours__lte=24),
                name="registry_servicerecord_hours_range",
                violation_error_message=_("Hours must be more than 0 and at most 24."),
            ),
            models.UniqueConstraint(
                fields=["batch", "volunteer"],
                condition=models.Q(batch__isnull=False),
                name="registry_servicerecord_once_per_batch",
            ),
        ]
