"""Health and safety (art. 45): what the host tells volunteers about risks per area, and who read which version."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

__all__ = ["SafetyInformation", "SafetyVersionNotice", "VolunteerSafetyAcknowledgement"]


class SafetyInformation(models.Model):
    """One version of an area's risk and protection information. A change is a new version, never an edit:
    an acknowledgement must keep pointing at the text the person read."""

    area = models.ForeignKey("registry.Area", verbose_name=_("area"), on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(_("version"))
    in_force_from = models.DateField(_("in force from"), default=timezone.localdate)
    text_pl = RichTextField(_("text in Polish"))
    text_en = RichTextField(_("text in English"), blank=True, help_text=_("Empty: the Polish text is shown."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    def __str__(self):
        return _("%(area)s, version %(version)s") % {"area": self.area, "version": self.version}

    def text(self, language):
        return self.text_en if language == "en" and self.text_en else self.text_pl

    class Meta:
        verbose_name = _("health and safety information")
        verbose_name_plural = _("health and safety information")
        ordering = ["area", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["area", "version"], name="paperwork_safety_unique_version"),
        ]


class VolunteerSafetyAcknowledgement(models.Model):
    """A volunteer confirmed having read one version of an area's safety information."""

    volunteer = models.ForeignKey(
        "registry.Volunteer", verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="safety_acks"
    )
    information = models.ForeignKey(
        SafetyInformation, verbose_name=_("information"), on_delete=models.PROTECT, related_name="acknowledgements"
    )
    acknowledged_on = models.DateField(_("acknowledged on"), default=timezone.localdate)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    def __str__(self):
        return _("Acknowledgement #%(id)s") % {"id": self.pk}

    class Meta:
        verbose_name = _("safety acknowledgement")
        verbose_name_plural = _("safety acknowledgements")
        ordering = ["-acknowledged_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["volunteer", "information"], name="paperwork_ack_once_per_version"),
        ]


class SafetyVersionNotice(models.Model):
    """The person was e-mailed once that a version in force on the day of a shift they signed up for awaits their
    confirmation (paperwork/safety_recheck.py). Kept as long as the version and the person: the outbox forgets its
    e-mails after OUTBOX_KEEP_DAYS, and a later run or re-save must still send nothing more. Holds no content."""

    volunteer = models.ForeignKey(
        "registry.Volunteer", verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="+"
    )
    information = models.ForeignKey(
        SafetyInformation, verbose_name=_("information"), on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    def __str__(self):
        return _("Notice #%(id)s") % {"id": self.pk}

    class Meta:
        verbose_name = _("notice of new safety information")
        verbose_name_plural = _("notices of new safety information")
        constraints = [
            models.UniqueConstraint(fields=["volunteer", "information"], name="paperwork_safety_notice_once"),
        ]
