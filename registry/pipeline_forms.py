"""The status rules on the volunteer's admin form: the same checks as the bulk action, with a deliberate override."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .pipeline import (
    MAX_REASON_LENGTH,
    Facts,
    TransitionRefused,
    clean_override_reason,
    record_override,
    transition_problems,
)

OVERRIDE_HINT = _("To make the change anyway, tick “Override the status rules” and give the reason.")


def override_fields():
    """The checkbox and the reason, shared by the edit form and the bulk action's form."""
    return {
        "override_status_rules": forms.BooleanField(
            label=_("Override the status rules"),
            required=False,
            help_text=_("Only when the rules must be set aside; the change is logged with your name and reason."),
        ),
        "override_reason": forms.CharField(
            label=_("Reason for the override"),
            required=False,
            max_length=MAX_REASON_LENGTH,
            widget=forms.Textarea(attrs={"rows": 2}),
        ),
    }


class StatusRulesFormMixin(forms.Form):
    """Checks a status change in clean(); records an override (who, why) when the form is saved."""

    override_status_rules = override_fields()["override_status_rules"]
    override_reason = override_fields()["override_reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored_status = self.instance.status if self.instance.pk else None
        self.status_override = None  # (problems, reason) once clean() accepted an override

    def clean(self):
        cleaned_data = super().clean()
        status = cleaned_data.get("status")
        if not status or "status" not in self.fields:
            return cleaned_data
        facts = Facts(
            from_status=self.stored_status,
            vetting_checked_on=cleaned_data.get("vetting_checked_on", self.instance.vetting_checked_on),
            vetting_expires_on=cleaned_data.get("vetting_expires_on", self.instance.vetting_expires_on),
            anonymised=self.instance.anonymised_at is not None,
            volunteer_id=self.instance.pk,
            date_of_birth=cleaned_data.get("date_of_birth", self.instance.date_of_birth),
        )
        problems = transition_problems(facts, status)
        try:
            reason = clean_override_reason(
                cleaned_data.get("override_status_rules"), cleaned_data.get("override_reason"), problems
            )
        except TransitionRefused as refused:
            self.add_error("status", ValidationError(f"{refused.message} {OVERRIDE_HINT}", code="status_rules"))
        except ValidationError as error:
            self.add_error("override_reason", error)
        else:
            if reason is not None:
                self.status_override = (problems, reason)
        return cleaned_data

    def save(self, commit=True):
        if not commit or self.status_override is None:
            return super().save(commit)
        with transaction.atomic():
            instance = super().save(commit)
            problems, reason = self.status_override
            record_override(instance, self.stored_status, instance.status, problems, reason, self.for_user)
        return instance
