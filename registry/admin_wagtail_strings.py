"""Wagtail admin strings that the project translates itself (POLISH-REVIEW.md (b)), where Wagtail offers no hook.

These are Wagtail's own msgids, marked here only so `makemessages` keeps them in locale/pl (LOCALE_PATHS wins
over Wagtail's catalogue). Each has one fixed Polish form that fits every model. Nothing imports this module.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_MSGIDS = [
    gettext_noop("Inspect"),  # "Sprawdź" reads as "verify" in a registry with vetting
    gettext_noop("Go to the first error"),  # missing from Wagtail's Polish catalogue
    gettext_noop("To be created by %(user)s"),  # the create form's status panel
    gettext_noop("Delete selected snippets"),  # "skrawki" means nothing to a coordinator
    gettext_noop("%(objects)s snippets selected"),
    gettext_noop("All %(objects)s snippets on this screen selected"),
    gettext_noop("More options for '%(title)s'"),
    gettext_noop("Sort by '%(label)s' in ascending order."),
    gettext_noop("Sort by '%(label)s' in descending order."),
    gettext_noop("Search all pages…"),
    gettext_noop("Locale"),  # "Lokalizacja" means a place
    gettext_noop("Locale: "),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("Toggle breadcrumbs"),
    gettext_noop("Breadcrumb"),
    ngettext_lazy(
        "This %(model_name)s is referenced %(usage_count)s time.",
        "This %(model_name)s is referenced %(usage_count)s times.",
        "usage_count",
    ),
    # The list's search count: Wagtail's Polish says "Jest 3 dopasowań" (2–4 need another form and verb).
    ngettext_lazy("There is %(counter)s match", "There are %(counter)s matches", "counter"),
]
