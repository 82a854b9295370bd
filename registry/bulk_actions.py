"""Bulk status change on selected volunteers; each volunteer gets its own StatusChange row and log entry."""

from django import forms
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogContext
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from . import admin_wording
from .models import Area, Organisation, Recognition, ServiceRecord, Volunteer


class ChangeStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Volunteer.Status.choices)


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
        return {"new_status": self.cleaned_form.cleaned_data["status"], "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, new_status=None, user=None, **kwargs):
        changed = 0
        # save() records the StatusChange and the audit-log entry, taking the user from the log context.
        with LogContext(user=user):
            for volunteer in objects:
                if volunteer.status == new_status:
                    continue
                volunteer.status = new_status
                volunteer.save(update_fields=["status", "updated_at"])
                changed += 1
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
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
