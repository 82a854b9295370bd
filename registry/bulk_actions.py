"""Bulk status change on selected volunteers; each volunteer gets its own StatusChange row and log entry."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.log_actions import LogContext
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from . import admin_wording
from .models import Area, Organisation, Recognition, ServiceRecord, Volunteer
from .pipeline import change_status
from .pipeline_forms import override_fields


class ChangeStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Volunteer.Status.choices)
    override_status_rules = override_fields()["override_status_rules"]
    override_reason = override_fields()["override_reason"]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("override_status_rules") and not (cleaned_data.get("override_reason") or "").strip():
            self.add_error("override_reason", _("Give the reason for overriding the rules."))
        return cleaned_data


class ChangeStatusBulkAction(SnippetBulkAction):
    display_name = _("Change status")
    action_type = "change_status"
    aria_label = _("Change the status of the selected volunteers")
    template_name = "registry/admin/bulk_change_status.html"
    action_priority = 20
    form_class = ChangeStatusForm

    @classproperty
    def models(cls):
        return [Volunteer]

    def check_perm(self, volunteer):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", volunteer)

    def get_execution_context(self):
        data = self.cleaned_form.cleaned_data
        self.refused = []
        return {
            "new_status": data["status"],
            "user": self.request.user,
            "override": data.get("override_status_rules", False),
            "reason": data.get("override_reason", ""),
            "refused": self.refused,
        }

    @classmethod
    def execute_action(cls, objects, new_status=None, user=None, override=False, reason="", refused=None, **kwargs):
        """Change each volunteer the status rules allow (registry/pipeline.py); `refused` collects the rest."""
        changed = 0
        refused = [] if refused is None else refused
        # save() records the StatusChange and the audit-log entry, taking the user from the log context.
        with LogContext(user=user):
            for volunteer in objects:
                try:
                    if change_status(volunteer, new_status, user=user, override=override, reason=reason):
                        changed += 1
                except ValidationError as error:
                    refused.append((volunteer, " ".join(error.messages)))
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        for volunteer, why in getattr(self, "refused", []):
            # "Volunteer #id" and the rule only: messages are not the place for personal data.
            messages.error(
                self.request,
                _("%(volunteer)s was not changed: %(reason)s") % {"volunteer": volunteer, "reason": why},
            )
        if not num_parent_objects:
            return None
        return ngettext(
            "The status of %(count)d volunteer was changed.",
            "The status of %(count)d volunteers was changed.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class RegistryDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete, with messages that read correctly in Polish ("3 wolontariusze usunięte" does not)."""

    template_name = "registry/admin/bulk_confirm_delete.html"

    @classproperty
    def models(cls):
        return [Area, Organisation, Recognition, ServiceRecord, Volunteer]

    def get_success_message(self, num_parent_objects, num_child_objects):
        if num_parent_objects == 1:
            return admin_wording.DELETED_MESSAGE % {"object": self.actionable_objects[0]}
        return ngettext("%(count)d record deleted.", "%(count)d records deleted.", num_parent_objects) % {
            "count": num_parent_objects
        }
