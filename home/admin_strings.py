"""Wagtail and wagtail-localize strings whose Polish reads wrong on the editors' screens, re-translated here.

Django looks in our catalogue (LOCALE_PATHS) before Wagtail's, so an entry for the same msgid wins.
Listing the msgids here keeps them in our catalogue when `make messages` rebuilds it from the source
(it drops what the source no longer names). Each must match Wagtail's msgid exactly (a template's
`blocktrans trimmed` text with its placeholders as %(name)s); tests/home/test_admin_strings.py checks
that Wagtail still uses each one and that our Polish differs from Wagtail's.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_MESSAGES = (
    # b13: "Lokalizacja" means a place; the editor means the language of a page or snippet.
    gettext_noop("Locale"),
    gettext_noop("Locale: "),
    gettext_noop("Available in %(translations_total)s locales"),
    # b14: a typo in Wagtail's Polish ("wszytkich").
    gettext_noop("Search all pages…"),
    # b19: "Streszczenie" is a text's abstract.
    gettext_noop("Site summary"),
    # b20: the page editor's lock status agrees with "strona", whatever the model.
    gettext_noop("Unlocked"),
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_noop("Anyone can edit this %(model_name)s"),
    # b21: not translated in Wagtail's catalogue.
    gettext_noop("Saved"),
    gettext_noop("Autosave is paused"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("This data explained"),
    # b22: labels read aloud by screen readers.
    gettext_noop("Actions (footer)"),
    gettext_noop("Breadcrumb"),
    # b23, b24
    gettext_noop("Minimap"),
    gettext_noop("Toggle breadcrumbs"),
    # Seen on a fresh demo: "Masz niezapisanych edycji" (wrong case after "masz").
    gettext_noop("You have <span>unsaved edits</span>"),
    # Seen on a fresh demo: straight quotes around the title in the message after publishing.
    gettext_noop("Page '%(page_title)s' created and published."),
    gettext_noop("Page '%(page_title)s' has been published."),
    gettext_noop("Page '%(page_title)s' has been updated."),
    gettext_noop("Page '%(page_title)s' created and submitted for moderation."),
    gettext_noop("Page '%(page_title)s' has been submitted for moderation."),
    # The same in the users' screens: straight quotes, and a gendered participle about the account.
    gettext_noop("User '%(object)s' created."),
    gettext_noop("User '%(object)s' updated."),
    gettext_noop("User '%(object)s' deleted."),
    # The keyboard shortcuts dialog ("?" on any admin screen, the translation editor too): new in Wagtail,
    # missing from its Polish catalogue or left in English.
    gettext_noop("Application"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Toggle sidebar"),  # "Rozszerzanie bocznej nawigacji" among the dialog's commands
    gettext_noop("Toggle minimap"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Add or show comments"),
    gettext_noop("Text editing"),
    gettext_noop("Superscript"),
    gettext_noop("Subscript"),
    gettext_noop("account"),  # only in the two sentences below, where it stands in the genitive
    gettext_noop("Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."),
    gettext_noop("Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."),
)

# wagtail-localize's "Translate this page" form: "Lokalizacje" (b13) for the languages to translate into.
LOCALIZE_MESSAGES = (gettext_noop("Locales"),)

# wagtail-localize's translation editor: its window title said "Tłumaczenie <tytuł> w angielski".
# (The comments under its segments are named in home/wagtail_hooks.py, which uses them.)
LOCALIZE_EDITOR_MESSAGES = (gettext_noop("Translation of %(instance)s into %(locale)s"),)

# b19: the dashboard's counters, not translated in Wagtail's catalogue.
WAGTAIL_PLURAL_MESSAGES = (
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
    # Wagtail's Polish says "44 strony utworzone w Wolontariat Obywatelski" beside "…w serwisie …" for images.
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
)
