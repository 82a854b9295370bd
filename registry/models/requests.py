"""The register of data-subject requests (GDPR arts. 15–21): what was asked, by when it must be answered, who did it."""

import calendar
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["DataSubjectRequest", "add_months"]

# Art. 12(3): one month from receipt, extendable by two further months where necessary.
ANSWER_MONTHS = 1
EXTENSION_MONTHS = 2


def add_months(day, months):
    """The same day `months` later; the month's last day when it is shorter (31 January + 1 → 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class RequestKind(models.TextChoices):
    ACCESS = "access", _("Access (art. 15)")
    RECTIFICATION = "rectification", _("Rectification (art. 16)")
    ERASURE = "erasure", _("Erasure (art. 17)")
    RESTRICTION = "restriction", _("Restriction of processing (art. 18)")
    PORTABILITY = "portability", _("Data portability (art. 20)")
    OBJECTION = "objection", _("Objection (art. 21)")
    CONSENT_WITHDRAWAL = "consent_withdrawal", _("Withdrawal of consent (art. 7(3))")


class DataSubjectRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(done_on__isnull=True)

    def overdue(self, today=None):
        return self.open().filter(deadline__lt=today or timezone.localdate())


class DataSubjectRequest(models.Model):
    """One request from a person about their data.

    The register outlives the person's record: anonymising the volunteer keeps the row (it then points to an
    anonymous "Volunteer #id") and deleting it leaves the volunteer empty, so the register itself must hold
    no personal data: no names or contact details in the notes.
    """

    Kind = RequestKind

    volunteer = models.ForeignKey(
        "registry.Volunteer",
        verbose_name=_("volunteer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="data_requests",
        help_text=_("Empty when the person is not in the registry."),
    )
    kind = models.CharField(_("kind of request"), max_length=30, choices=Kind.choices)
    received_on = models.DateField(_("received on"), default=timezone.localdate)
    deadline = models.DateField(_("deadline"), editable=False, db_index=True)
    extended = models.BooleanField(
        _("deadline extended by two months"),
        default=False,
        help_text=_("Allowed for complex or numerous requests; the person must be told within the first month."),
    )
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    done_on = models.DateField(_("answered on"), null=True, blank=True, db_index=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = models.TextField(
        _("notes"),
        blank=True,
        help_text=_("What was asked and done. No names or contact details: the register is kept after anonymisation."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = DataSubjectRequestQuerySet.as_manager()

    def __str__(self):
        return _("Data request #%(id)s") % {"id": self.pk}

    def compute_deadline(self):
        months = ANSWER_MONTHS + (EXTENSION_MONTHS if self.extended else 0)
        return add_months(self.received_on, months) if self.received_on else None

    @property
    def is_open(self):
        return self.done_on is None

    def is_overdue(self, today=None):
        return self.is_open and self.deadline is not None and self.deadline < (today or timezone.localdate())

    def clean(self):
        errors = {}
        if self.extended and not self.extension_reason.strip():
            errors["extension_reason"] = _("Give the reason for extending the deadline.")
        today = timezone.localdate()
        if self.received_on and self.received_on > today:
            errors["received_on"] = _("A request cannot be received on a day that has not come yet.")
        if self.done_on and self.received_on and self.done_on < self.received_on:
            errors["done_on"] = _("A request cannot be answered before it was received.")
        elif self.done_on and self.done_on > today:
            errors["done_on"] = _("The answer date cannot be in the future.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.deadline = self.compute_deadline()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "deadline"}
        super().save(*args, **kwargs)

    def close(self, user, day=None):
        """Mark the request answered (today by default); returns False if it already was."""
        if not self.is_open:
            return False
        self.done_on = day or timezone.localdate()
        self.done_by = user
        self.save(update_fields=["done_on", "done_by"])
        return True

    class Meta:
        verbose_name = _("data-subject request")
        verbose_name_plural = _("data-subject requests")
        ordering = ["-received_on", "-pk"]
        permissions = [("export_datasubjectrequest", _("Can export data-subject requests"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=[kind.value for kind in RequestKind]),
                name="registry_datasubjectrequest_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(done_on__isnull=True) | models.Q(done_on__gte=models.F("received_on")),
                name="registry_datasubjectrequest_done_after_received",
                violation_error_message=_("A request cannot be answered before it was received."),
            ),
        ]
