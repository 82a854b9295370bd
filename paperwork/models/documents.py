"""The register of issued documents: every certificate, opinion and agreement the programme gives a volunteer.

A row is the document: its number, holder, signatory and a frozen copy of what it says (`content`), so the PDF
can be made again, identical, whenever it is downloaded. Nothing is deleted: a mistake is revoked (with a
reason) or replaced by a new document, and the public verification page says so.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

__all__ = ["DocumentCounter", "IssuedDocument"]


class Kind(models.TextChoices):
    AGREEMENT = "agreement", pgettext_lazy("document kind", "Agreement")
    CERTIFICATE = "certificate", pgettext_lazy("document kind", "Certificate")
    OPINION = "opinion", pgettext_lazy("document kind", "Opinion")


class State(models.TextChoices):
    VALID = "valid", pgettext_lazy("document state", "Valid")
    REVOKED = "revoked", pgettext_lazy("document state", "Revoked")
    REPLACED = "replaced", pgettext_lazy("document state", "Replaced")


class DocumentCounter(models.Model):
    """The last number given per kind and year; its row is locked while the next number is taken."""

    kind = models.CharField(max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.kind} {self.year}: {self.last_number}"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "year"], name="paperwork_counter_unique_kind_year")]


class IssuedDocumentQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(state=State.VALID)


class IssuedDocument(models.Model):
    """One numbered document in the register. `__str__` holds the number, never the holder's name."""

    Kind = Kind
    State = State

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    serial = models.PositiveIntegerField(_("serial number"))
    holder = models.ForeignKey(
        "registry.Volunteer",
        verbose_name=_("holder"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="issued_documents",
    )
    # Kept apart from the holder: the public verification page shows only these, and reads no volunteer row.
    holder_initials = models.CharField(_("holder's initials"), max_length=12, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True, db_index=True)
    verification_code = models.CharField(_("verification code"), max_length=32, unique=True, editable=False)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.VALID, db_index=True)
    replaced_by = models.ForeignKey(
        "self", verbose_name=_("replaced by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    agreement = models.ForeignKey(
        "paperwork.Agreement",
        verbose_name=_("agreement"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="documents",
    )
    # What the document says, frozen when it was issued (names, dates, hours, texts): the PDF is made from it.
    content = models.JSONField(_("content"), default=dict, editable=False)
    # Set by bulk issuing ("certificates-2026"): one document per holder and key, however often the task runs.
    bulk_key = models.CharField(max_length=40, blank=True, editable=False)

    objects = IssuedDocumentQuerySet.as_manager()

    @property
    def number(self):
        return f"{self.serial}/{self.year}"

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}"

    class Meta:
        verbose_name = _("issued document")
        verbose_name_plural = _("issued documents")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "year", "serial"], name="paperwork_document_unique_number"),
            models.UniqueConstraint(
                fields=["holder", "bulk_key"],
                condition=~models.Q(bulk_key=""),
                name="paperwork_document_once_per_bulk_key",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=[kind.value for kind in Kind]), name="paperwork_document_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=[state.value for state in State]), name="paperwork_document_state_valid"
            ),
        ]
