"""Accident insurance (art. 46): the policies each host organisation holds for its volunteers."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

__all__ = ["InsurancePolicy"]


class InsurancePolicy(models.Model):
    """An accident policy of one organisation; it covers all its volunteers or the people named on it."""

    organisation = models.ForeignKey(
        "registry.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    insurer = models.CharField(_("insurer"), max_length=200)
    number = models.CharField(_("policy number"), max_length=100)
    starts_on = models.DateField(pgettext_lazy("period", "from"))
    ends_on = models.DateField(pgettext_lazy("period", "to"))
    covers_everyone = models.BooleanField(
        _("covers every volunteer of the organisation"), default=True, help_text=_("Untick to name the people covered.")
    )
    volunteers = models.ManyToManyField(
        "registry.Volunteer", verbose_name=_("people covered"), blank=True, related_name="+"
    )

    def __str__(self):
        return f"{self.insurer} {self.number}"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The policy cannot end before it starts.")})

    class Meta:
        verbose_name = _("insurance policy")
        verbose_name_plural = _("insurance policies")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="paperwork_policy_ends_after_start"
            )
        ]
