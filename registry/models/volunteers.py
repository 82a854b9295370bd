"""The people who volunteer, and the trail of their status changes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from registry.email_addresses import normalise_email

__all__ = ["Volunteer", "StatusChange"]


class Status(models.TextChoices):
    # A context of their own: the Polish labels describe a person's participation, not Wagtail's "Active".
    APPLIED = "applied", pgettext_lazy("volunteer status", "Applied")
    SCREENING = "screening", pgettext_lazy("volunteer status", "Screening")
    TRAINED = "trained", pgettext_lazy("volunteer status", "Trained")
    ACTIVE = "active", pgettext_lazy("volunteer status", "Active")
    INACTIVE = "inactive", pgettext_lazy("volunteer status", "Inactive")
    REJECTED = "rejected", pgettext_lazy("volunteer status", "Rejected")
    WITHDRAWN = "withdrawn", pgettext_lazy("volunteer status", "Withdrawn")


class Source(models.TextChoices):
    JOIN_FORM = "join_form", _("Join form")
    IMPORT = "import", _("Import")
    MANUAL = "manual", _("Entered by hand")


class VolunteerQuerySet(models.QuerySet):
    def not_anonymised(self):
        return self.filter(anonymised_at__isnull=True)

    def active(self):
        return self.filter(status=Volunteer.Status.ACTIVE)


class Volunteer(models.Model):
    """A person in the registry. Personal data: never shown publicly, never in logs.

    `__str__` is "Volunteer #id" on purpose: Wagtail's audit log keeps str(instance).
    """

    Status = Status
    Source = Source

    class Availability(models.TextChoices):
        WEEKDAYS = "weekdays", _("Weekdays")
        EVENINGS = "evenings", _("Evenings")
        WEEKENDS = "weekends", _("Weekends")
        FLEXIBLE = "flexible", _("Flexible")

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(
        _("phone"), max_length=32, blank=True, help_text=_("Stored in international format, e.g. +48601234567.")
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    # Asked by the join form of an applicant under 18 when the programme admits minors (REGISTRY_MIN_AGE below 18):
    # whom to ask for the written consent. The consent itself is recorded by a coordinator (paperwork).
    guardian_name = models.CharField(
        _("parent or guardian"),
        max_length=200,
        blank=True,
        help_text=_("For a person under 18: the parent or guardian whose written consent is needed."),
    )
    guardian_contact = models.CharField(
        _("parent or guardian's contact"), max_length=254, blank=True, help_text=_("Phone or e-mail address.")
    )
    areas = models.ManyToManyField(
        "registry.Area", verbose_name=_("areas of interest"), blank=True, related_name="volunteers"
    )
    languages = models.CharField(
        _("languages"), max_length=200, blank=True, help_text=_("Languages the person speaks, e.g. Polish, English.")
    )
    availability = models.CharField(_("availability"), max_length=20, choices=Availability.choices, blank=True)
    message = models.TextField(_("message from the applicant"), blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("For letters and the copy of personal data; the join form records the language used to apply."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.APPLIED, db_index=True)
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True)
    organisation = models.ForeignKey(
        "registry.Organisation",
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="volunteers",
    )
    vetting_checked_on = models.DateField(
        _("vetting checked on"),
        null=True,
        blank=True,
        help_text=_("When the certificate of no criminal record was checked."),
    )
    vetting_expires_on = models.DateField(_("vetting expires on"), null=True, blank=True)
    notes = models.TextField(_("coordinator notes"), blank=True, help_text=_("Not displayed publicly."))
    consent_text_version = models.CharField(
        _("consent text version"),
        max_length=120,
        blank=True,
        help_text=_("The consent text's version, the page revision and a digest of the text the person saw."),
    )
    consent_given_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    consent_public_name = models.BooleanField(_("agreed to be named publicly"), default=False)
    # Programme messages only (registry/messages/): e-mails about the person's own application or shifts still go.
    unsubscribed_from_messages = models.BooleanField(
        _("unsubscribed from programme messages"),
        default=False,
        help_text=_("Set by the link in every programme message; messages about the application or shifts still go."),
    )
    source = models.CharField(_("source"), max_length=20, choices=Source.choices, default=Source.MANUAL)
    confirmation_sent = models.BooleanField(_("confirmation email sent"), default=False)
    repeat_applications = models.PositiveIntegerField(
        _("repeat applications"), default=0, help_text=_("How many times the person applied again while on record.")
    )
    last_applied_at = models.DateTimeField(_("last applied"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, db_index=True)
    last_portal_sign_in_at = models.DateTimeField(
        _("last signed in to the volunteer page"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = VolunteerQuerySet.as_manager()

    def __str__(self):
        return _("Volunteer #%(id)s") % {"id": self.pk}

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def clean_fields(self, exclude=None):
        """The field checks, then one spelling per mailbox; skipped when a form has already refused the address
        (`exclude` names the fields a form found invalid), so the person reads the error once, not twice."""
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if "email" not in (exclude or ()) and "email" not in errors:
            try:
                self.normalise_email()
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def normalise_email(self):
        """Store one spelling per mailbox (registry/email_addresses.py); refuses what is not a plain mailbox."""
        try:
            self.email = normalise_email(self.email)
        except ValidationError as error:
            raise ValidationError({"email": error}) from None

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None or "email" in kwargs["update_fields"]:
            self.normalise_email()
        # Every status change, from any code path, leaves a StatusChange row and an audit-log entry.
        from registry.status import record_status_change, stored_status

        creating = self._state.adding
        previous = stored_status(self, kwargs.get("update_fields"))
        changed = creating or (previous is not None and previous != self.status)
        if changed:
            self.status_changed_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "status_changed_at"}
        super().save(*args, **kwargs)
        if changed:
            record_status_change(self, previous)

    class Meta:
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        ordering = ["-created_at"]
        permissions = [
            ("export_volunteer", _("Can export volunteers")),
            ("export_personal_data", _("Can export a volunteer's personal data")),
            ("anonymise_volunteer", _("Can anonymise a volunteer")),
            ("message_volunteers", _("Can send messages to volunteers")),
        ]
        constraints = [
            # One live record per address, whatever its case; anonymised records drop out.
            models.UniqueConstraint(
                Lower("email"),
                condition=models.Q(anonymised_at__isnull=True),
                name="registry_volunteer_unique_email_ci",
                violation_error_message=_("A volunteer with this email address is already on record."),
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=[s.value for s in Status]),
                name="registry_volunteer_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(source__in=[s.value for s in Source]),
                name="registry_volunteer_source_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(vetting_expires_on__isnull=True)
                | models.Q(vetting_checked_on__isnull=True)
                | models.Q(vetting_expires_on__gte=models.F("vetting_checked_on")),
                name="registry_volunteer_vetting_expires_after_check",
                violation_error_message=_("Vetting cannot expire before it was checked."),
            ),
        ]


class StatusChange(models.Model):
    """Who moved a volunteer from one status to another, and when."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("from"), max_length=20, choices=Volunteer.Status.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=Volunteer.Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    override_reason = models.TextField(
        _("reason for overriding the rules"),
        blank=True,
        help_text=_("Set when a coordinator made a change the status rules would refuse."),
    )

    def __str__(self):
        return f"{self.volunteer_id}: {self.from_status} → {self.to_status}"

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-changed_at", "-pk"]
