"""Every slug the site makes is plain ASCII, with Polish letters transliterated (ą→a, ł→l, Ż→z…).

Django's ASCII slugify folds letters by Unicode decomposition, which has none for "ł"/"Ł": it drops
them ("Łódź" → "odz"). So each path that makes a slug transliterates first:
- the admin's slug fields (pages and snippets): the browser widget and the form field (`register`);
- a page saved without a slug, from its title (`TransliteratedSlugMixin`);
- a translated slug typed into wagtail-localize's editor (`transliterate_translated_slug`);
- the WordPress importer (`wordpress_import/importer.py` calls `ascii_slugify`).
"""

from django import forms
from django.db import models
from django.utils.text import slugify
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput
from wagtail.coreutils import find_available_slug

POLISH_LETTERS = {
    "ą": "a",
    "ć": "c",
    "ę": "e",
    "ł": "l",
    "ń": "n",
    "ó": "o",
    "ś": "s",
    "ź": "z",
    "ż": "z",
}
CAPITAL_LETTERS = {letter.upper(): ascii.upper() for letter, ascii in POLISH_LETTERS.items()}
TRANSLITERATION = str.maketrans(POLISH_LETTERS | CAPITAL_LETTERS)


def transliterate(text):
    """Polish letters replaced by their plain Latin letters; everything else as it was."""
    return str(text).translate(TRANSLITERATION)


def ascii_slugify(text):
    """A plain-ASCII slug of any text, Polish letters transliterated ("Festyn w Łodzi" → "festyn-w-lodzi")."""
    return slugify(transliterate(text))


class TransliteratedSlugField(forms.SlugField):
    """A slug form field that accepts Polish letters by transliterating them, so nothing typed is refused."""

    def __init__(self, *args, **kwargs):
        kwargs["allow_unicode"] = False
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return ascii_slugify(value) if value and not value.isascii() else value


def slug_widget():
    """Wagtail's slug widget with the Polish letters transliterated in the browser before it slugifies.

    With WAGTAIL_ALLOW_UNICODE_SLUGS off, a slug synced from the title is transliterated by Wagtail's
    own locale maps, but a slug typed into the field is stripped of every non-ASCII letter; the
    formatters run first in both cases.
    """
    letters = POLISH_LETTERS | CAPITAL_LETTERS
    return SlugInput(formatters=[(letter, ascii) for letter, ascii in letters.items()])


def register():
    """Every slug field in the admin's generated forms (pages and snippets) transliterates."""
    register_form_field_override(
        models.SlugField, override=lambda db_field: {"form_class": TransliteratedSlugField, "widget": slug_widget()}
    )


class TransliteratedSlugMixin:
    """For page models: a page saved without a slug gets one made from its title, transliterated.

    Wagtail would make it with Django's slugify, which drops "ł".
    """

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.title and self.path:
            self.slug = find_available_slug(self.get_parent(), ascii_slugify(self.title), ignore_page_id=self.pk)
        super().full_clean(*args, **kwargs)


def transliterate_translated_slug(sender, instance, **kwargs):
    """pre_save of wagtail-localize's StringTranslation: a translated page slug is stored transliterated.

    wagtail-localize passes the translated slug through Django's slugify when it saves the page, which
    would drop "ł"; transliterating here keeps the translator's word, and shows them what is used.
    """
    context = instance.context
    if context is not None and context.path == "slug" and instance.data and not instance.data.isascii():
        instance.data = ascii_slugify(instance.data) or instance.data
