"""English versions made through wagtail-localize, so editors keep editing them as translations.

For each object: a TranslationSource of the Polish original, a Translation into English, and a
StringTranslation for every string segment, taken from the demo's Polish/English pairs. Then
wagtail-localize itself builds (or updates) the English page or snippet from them.
"""

from django.core.management.base import CommandError
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from .text import pairs_in

TOOL_NAME = "load_demo"


def english_for(pairs):
    """Map each Polish text to its English text in the form wagtail-localize stores (escaped HTML)."""
    return {pair.pl: StringValue.from_plaintext(pair.en).data for pair in pairs}


def _save_string_translations(source, locale, english):
    """Fill in a translation for every string segment; True if anything was added or changed."""
    changed = False
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        polish_text = StringValue(segment.string.data).render_text()
        if polish_text not in english:
            raise CommandError(f"The demo has no English text for {polish_text!r} ({source.object_repr}).")
        translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": english[polish_text],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": TOOL_NAME,
            },
        )
        if not created and translation.data != english[polish_text]:
            translation.data = english[polish_text]
            translation.has_error = False
            translation.save()
            changed = True
        changed |= created
    return changed


def translate(instance, locale, content, *, source_changed=False, user=None):
    """Create or refresh the translation of `instance` into `locale` from the pairs in `content`.

    `source_changed` says the original was saved in this run, so its TranslationSource is
    re-extracted; otherwise nothing is written unless a translation is missing or differs.
    """
    english = english_for(pairs_in(content))
    if source_changed:
        source, created = TranslationSource.update_or_create_from_instance(instance)
    else:
        source, created = TranslationSource.get_or_create_from_instance(instance)
    changed = source_changed or created
    changed |= _save_string_translations(source, locale, english)

    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
        changed = True
    changed |= created

    existing = instance.get_translation_or_none(locale)
    if existing is not None and not changed:
        return existing.specific if isinstance(existing, Page) else existing

    is_page = isinstance(instance, Page)
    # Pages are saved as a draft revision, then published here rather than on commit, so the
    # English page is live inside this transaction too (tests never commit).
    target, _ = source.create_or_update_translation(
        locale, user=user, publish=not (is_page or isinstance(instance, DraftStateMixin)), fallback=False
    )
    if is_page:
        target.get_latest_revision().publish(user=user)
        target = target.__class__.objects.get(pk=target.pk)
    return target
