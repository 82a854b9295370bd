"""Hours a volunteer reports themselves for work not on a shift; a coordinator approves or rejects each one."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

__all__ = ["HourReport"]


class HourReportState(models.TextChoices):
    # A context of their own: Polish agrees the words with "zgłoszenie", and Wagtail's workflow has "Approved" too.
    PENDING = "pending", pgettext_lazy("hour report state", "Waiting for a coordinator")
    APPROVED = "approved", pgettext_lazy("hour report state", "Approved")
    REJECTED = "rejected", pgettext_lazy("hour report state", "Rejected")


class HourReportQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=HourReportState.PENDING)


class HourReport(models.Model):
    """A volunteer's own report of hours served; approval turns it into exactly one ServiceRecord."""

    State = HourReportState

    volunteer = models.ForeignKey(
        "registry.Volunteer", verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="hour_reports"
    )
    date = models.DateField(_("date"))
    area = models.ForeignKey(
        "registry.Area", verbose_name=_("area"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        "registry.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("24"))],
    )
    note = models.TextField(_("note"), blank=True, max_length=1000)
    state = models.CharField(
        _("state"), max_length=20, choices=HourReportState.choices, default=HourReportState.PENDING, db_index=True
    )
    reason = models.TextField(_("reason for rejecting"), blank=True, help_text=_("Shown to the volunteer."))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    service_record = models.OneToOneField(
        "registry.ServiceRecord",
        verbose_name=_("service record"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hour_report",
        editable=False,
    )
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)

    objects = HourReportQuerySet.as_manager()

    def __str__(self):
        # No personal data: Wagtail's audit log keeps this label.
        return _("Hour report #%(id)s") % {"id": self.pk}

    def clean(self):
        errors = {}
        if self.date and self.date > timezone.localdate():
            errors["date"] = _("The date cannot be in the future.")
        if errors:
            raise ValidationError(errors)

    def approve(self, user):
        """Create the service record once; returns it, or None when the report was already decided."""
        from .service import ServiceRecord

        with transaction.atomic():
            # Locked, so two coordinators approving at once create one record between them.
            report = type(self).objects.select_for_update().get(pk=self.pk)
            if report.state != HourReportState.PENDING:
                return None
            record = ServiceRecord.objects.create(
                volunteer_id=report.volunteer_id,
                date=report.date,
                area=report.area,
                organisation=report.organisation,
                hours=report.hours,
                note=report.note,
            )
            report.state = HourReportState.APPROVED
            report.service_record = record
            report.decided_by = user
            report.decided_at = timezone.now()
            report.save(update_fields=["state", "service_record", "decided_by", "decided_at"])
        self.refresh_from_db()
        return record

    def reject(self, user, reason):
        """Refuse a pending report with a reason the volunteer sees; False when it was already decided."""
        updated = (
            type(self)
            .objects.filter(pk=self.pk, state=HourReportState.PENDING)
            .update(state=HourReportState.REJECTED, reason=reason, decided_by=user, decided_at=timezone.now())
        )
        self.refresh_from_db()
        return bool(updated)

    class Meta:
        verbose_name = _("hour report")
        verbose_name_plural = _("hour reports")
        ordering = ["-created_at", "-pk"]
        permissions = [("export_hourreport", _("Can export hour reports"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours__gt=0) & models.Q(hours__lte=24),
                name="registry_hourreport_hours_range",
                violation_error_message=_("Hours must be more than 0 and at most 24."),
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=[state.value for state in HourReportState]),
                name="registry_hourreport_state_valid",
            ),
        ]
