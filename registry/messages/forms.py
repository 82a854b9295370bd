"""The compose form: the message in Polish and English, checked before anything is previewed or sent."""

import hashlib
import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from outbox.rendering import normalise_line_ends

from .placeholders import DESCRIPTIONS, unknown_placeholders
from .sending import Message

SUBJECT_MAX = 200
TEXT_MAX = 10_000
LANGUAGES = ("pl", "en")


def allowed_placeholders():
    return ", ".join(f"{{{name}}}" for name in DESCRIPTIONS)


class ComposeMessageForm(forms.Form):
    subject_pl = forms.CharField(label=_("Subject in Polish"), max_length=SUBJECT_MAX, required=False)
    text_pl = forms.CharField(
        label=_("Text in Polish"), max_length=TEXT_MAX, required=False, widget=forms.Textarea(attrs={"rows": 10})
    )
    subject_en = forms.CharField(label=_("Subject in English"), max_length=SUBJECT_MAX, required=False)
    text_en = forms.CharField(
        label=_("Text in English"), max_length=TEXT_MAX, required=False, widget=forms.Textarea(attrs={"rows": 10})
    )
    token = forms.UUIDField(widget=forms.HiddenInput)
    # Filled by the preview: what the coordinator confirmed (the count and the text they saw).
    confirmed_count = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    previewed = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def clean(self):
        cleaned_data = super().clean()
        for field_name in ("text_pl", "text_en"):
            if cleaned_data.get(field_name):
                # A browser posts CRLF: the e-mail's text uses LF throughout, like the template around it.
                cleaned_data[field_name] = normalise_line_ends(cleaned_data[field_name])
        for field_name in ("subject_pl", "text_pl", "subject_en", "text_en"):
            unknown = unknown_placeholders(cleaned_data.get(field_name) or "")
            if unknown:
                self.add_error(
                    field_name,
                    ngettext(
                        "Unknown placeholder: %(names)s. You can use %(allowed)s.",
                        "Unknown placeholders: %(names)s. You can use %(allowed)s.",
                        len(unknown),
                    )
                    % {"names": ", ".join(f"{{{name}}}" for name in unknown), "allowed": allowed_placeholders()},
                )
        complete = 0
        for language in LANGUAGES:
            subject = (cleaned_data.get(f"subject_{language}") or "").strip()
            text = (cleaned_data.get(f"text_{language}") or "").strip()
            if subject and not text and f"text_{language}" not in self.errors:
                self.add_error(f"text_{language}", _("Write the text too, or leave this language's subject empty."))
            elif text and not subject and f"subject_{language}" not in self.errors:
                self.add_error(f"subject_{language}", _("Write the subject too, or leave this language's text empty."))
            elif subject and text:
                complete += 1
        if not complete and not self.errors:
            raise forms.ValidationError(
                _("Write the message in Polish, in English or in both (a subject and a text)."), code="empty"
            )
        return cleaned_data

    def message(self):
        data = self.cleaned_data
        return Message(
            subject_pl=data.get("subject_pl", ""),
            text_pl=data.get("text_pl", ""),
            subject_en=data.get("subject_en", ""),
            text_en=data.get("text_en", ""),
        )

    def content_digest(self):
        """Fingerprint of what the preview showed: sending needs the same text and list size as confirmed."""
        message = self.message()
        content = "\x00".join([message.subject_pl, message.text_pl, message.subject_en, message.text_en])
        return hashlib.sha256(content.encode()).hexdigest()

    @staticmethod
    def new_token():
        return uuid.uuid4()
