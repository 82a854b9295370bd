"""Audit-log actions on shifts: who did what and how many people it touched, never names or addresses."""

from django.utils.translation import ngettext, pgettext_lazy
from wagtail.log_actions import LogFormatter, log

SHIFT_CANCELLED = "opportunities.shift.cancel"
SHIFT_MESSAGE = "opportunities.shift.message"
HOURS_COUNTED = "opportunities.shift.count_hours"
SHIFTS_CREATED = "opportunities.shift.create_series"


class ShiftCancelledFormatter(LogFormatter):
    label = pgettext_lazy("log action", "Shift cancellation")

    def format_message(self, log_entry):
        people = log_entry.data.get("people", 0)
        return ngettext("Shift cancelled; %(count)d person told", "Shift cancelled; %(count)d people told", people) % {
            "count": people
        }


class MessageFormatter(LogFormatter):
    label = pgettext_lazy("log action", "Message to the shift")

    def format_message(self, log_entry):
        count = log_entry.data.get("recipients", 0)
        return ngettext("Message sent to %(count)d person", "Message sent to %(count)d people", count) % {
            "count": count
        }


class HoursCountedFormatter(LogFormatter):
    label = pgettext_lazy("log action", "Attendance counted as hours")

    def format_message(self, log_entry):
        count = log_entry.data.get("records", 0)
        return ngettext(
            "%(count)d service record created from attendance",
            "%(count)d service records created from attendance",
            count,
        ) % {"count": count}


class SeriesFormatter(LogFormatter):
    label = pgettext_lazy("log action", "Shifts created")

    def format_message(self, log_entry):
        count = log_entry.data.get("shifts", 0)
        return ngettext("%(count)d shift created", "%(count)d shifts created", count) % {"count": count}


def register_actions(actions):
    """Hooked to register_log_actions in opportunities/wagtail_hooks.py."""
    actions.register_action(SHIFT_CANCELLED)(ShiftCancelledFormatter)
    actions.register_action(SHIFT_MESSAGE)(MessageFormatter)
    actions.register_action(HOURS_COUNTED)(HoursCountedFormatter)
    actions.register_action(SHIFTS_CREATED)(SeriesFormatter)


def log_shift_cancelled(shift, user, people):
    return log(instance=shift, action=SHIFT_CANCELLED, user=user, data={"people": people})


def log_message(shift, user, recipients):
    return log(instance=shift, action=SHIFT_MESSAGE, user=user, data={"recipients": recipients})


def log_hours_counted(shift, user, records):
    return log(instance=shift, action=HOURS_COUNTED, user=user, data={"records": records})


def log_series(shift, user, shifts):
    return log(instance=shift, action=SHIFTS_CREATED, user=user, data={"shifts": shifts})
