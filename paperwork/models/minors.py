"""Minors and safeguarding: a guardian's consent, and the child-protection check as date and outcome only.

The check (art. 21 of the Act of 13 May 2016 on counteracting threats of sexual crime and protecting minors)
is recorded without any content of a criminal record (GDPR art. 10): when, by whom, what kind of evidence was
seen, and whether the person may work with minors.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["GuardianConsent", "SafeguardingCheck"]


def consent_upload_path(instance, filename):
    # A random folder and a fixed name: the original file name could carry the child's name.
    suffix = filename.rsplit(".", 1)[-1].lower()[:5] if "." in filename else "bin"
    return f"paperwork/consents/{uuid.uuid4().hex}/consent.{suffix}"


class GuardianConsent(models.Model):
    """A parent or guardian's written consent for a 13–17-year-old to volunteer."""

    volunteer = models.ForeignKey(
        "registry.Volunteer", verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="guardian_consents"
    )
    guardian_name = models.CharField(_("parent or guardian"), max_length=200)
    guardian_contact = models.CharField(_("contact"), max_length=200, help_text=_("Phone or e-mail address."))
    given_on = models.DateField(_("given on"))
    document = models.FileField(_("signed consent"), upload_to=consent_upload_path, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    def __str__(self):
        return _("Guardian's consent #%(id)s") % {"id": self.pk}

    class Meta:
        verbose_name = _("guardian's consent")
        verbose_name_plural = _("guardians' consents")
        ordering = ["-given_on", "-pk"]


class SafeguardingCheck(models.Model):
    """That a person's suitability to work with minors was checked: never what any record said."""

    class Outcome(models.TextChoices):
        CLEARED = "cleared", _("May work with minors")
        NOT_CLEARED = "not_cleared", _("May not work with minors")

    class Evidence(models.TextChoices):
        CRIMINAL_RECORD = "criminal_record", _("Certificate from the National Criminal Register")
        SEX_OFFENDERS_REGISTER = "sex_offenders_register", _("Extract from the Register of Sexual Offenders")
        FOREIGN_RECORD = "foreign_record", _("Information from a foreign criminal register")
        STATEMENT = "statement", _("Statement made under penalty of perjury")

    volunteer = models.ForeignKey(
        "registry.Volunteer",
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="safeguarding_checks",
    )
    checked_on = models.DateField(_("checked on"))
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    evidence = models.CharField(_("evidence seen"), max_length=30, choices=Evidence.choices)
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("When the programme asks for a new check; may be empty.")
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("checked by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    def __str__(self):
        return _("Safeguarding check #%(id)s") % {"id": self.pk}

    class Meta:
        verbose_name = _("child-protection check")
        verbose_name_plural = _("child-protection checks")
        ordering = ["-checked_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=models.F("checked_on")),
                name="paperwork_check_valid_after_checked",
            )
        ]
