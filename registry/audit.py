"""Audit-log actions of the registry. Labels and data hold model names, counts and codes, never personal data."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from wagtail.log_actions import LogFormatter, get_active_log_context, log
from wagtail.models import ModelLogEntry

from .status import STATUS_CHANGE_ACTION

VIEW_ACTION = "registry.view"
EXPORT_ACTION = "registry.export"
# List-level entries (exports) belong to no single record; 0 is never a primary key.
NO_OBJECT_ID = "0"


class StatusChangeFormatter(LogFormatter):
    # A noun, as the other entries of the history's "Action" filter; the button says "Change status".
    label = pgettext_lazy("log action", "Status change")

    def format_message(self, log_entry):
        from .models import Volunteer

        labels = dict(Volunteer.Status.choices)
        old, new = log_entry.data.get("from"), log_entry.data.get("to")
        if not old:
            return _("Status set to %(to)s") % {"to": labels.get(new, new)}
        return _("Status changed from %(from)s to %(to)s") % {
            "from": labels.get(old, old),
            "to": labels.get(new, new),
        }


class ExportFormatter(LogFormatter):
    label = _("Export")

    def format_message(self, log_entry):
        data = log_entry.data
        rows = data.get("rows", 0)
        return ngettext("Exported %(rows)d row as %(format)s", "Exported %(rows)d rows as %(format)s", rows) % {
            "rows": rows,
            "format": str(data.get("format", "")).upper(),
        }


def register_actions(actions):
    """Hooked to register_log_actions in wagtail_hooks.py."""
    actions.register_action(STATUS_CHANGE_ACTION)(StatusChangeFormatter)
    actions.register_action(EXPORT_ACTION)(ExportFormatter)
    actions.register_action(VIEW_ACTION, _("View record"), _("Record viewed"))


def log_view(instance, user, view_name):
    """A coordinator opened a record (inspect or edit)."""
    return log(instance=instance, action=VIEW_ACTION, user=user, data={"view": view_name})


def log_export(model, user, export_format, rows, filter_keys, searched):
    """An export of a listing: which model, format, row count and which filters were used (not their values)."""
    return ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        object_id=NO_OBJECT_ID,
        label=capfirst(str(model._meta.verbose_name_plural)),
        action=EXPORT_ACTION,
        user=user,
        uuid=get_active_log_context().uuid,
        timestamp=timezone.now(),
        data={
            "model": model._meta.label_lower,
            "format": export_format,
            "rows": rows,
            "filters": sorted(filter_keys),
            "searched": bool(searched),
        },
    )
