"""The log of messages coordinators sent to a filtered list of volunteers (registry/messages/)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["MessageLog"]


class MessageLog(models.Model):
    """Who sent which message to which filter, when, to how many people.

    Never the recipients or their addresses: the log must stay readable by every coordinator and outlive
    anonymisation. `token` is issued with the compose form, so the same form sent twice is one message.
    """

    token = models.UUIDField(_("form token"), unique=True, default=uuid.uuid4, editable=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)
    filter_description = models.TextField(_("filters"), blank=True)
    # The listing's query string, to open the same list again (filters only, never a search term).
    filter_query = models.CharField(_("filter parameters"), max_length=500, blank=True)
    recipient_count = models.PositiveIntegerField(_("number of recipients"))
    subject_pl = models.CharField(_("subject (Polish)"), max_length=200, blank=True)
    subject_en = models.CharField(_("subject (English)"), max_length=200, blank=True)

    def __str__(self):
        return _("Message #%(id)s") % {"id": self.pk}

    class Meta:
        verbose_name = _("message to volunteers")
        verbose_name_plural = _("messages to volunteers")
        ordering = ["-sent_at", "-pk"]
        # Read-only in the admin: only the sending view creates rows.
        default_permissions = ("view",)
