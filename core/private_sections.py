"""Private sections (pages with a view restriction) without a query per lookup.

Wagtail's `.public()` and its view restriction check each query the restrictions; the site rarely has any.
Their tree paths are memoised per cache generation (core/cache/memo.py), and a restriction's change bumps
the generation (core/cache/signals.py).
"""

from django.db.models import Q

from core.cache import memo


def restricted_paths():
    """Tree paths of the pages with a view restriction."""
    from wagtail.models import PageViewRestriction

    return memo.memoised(
        "restricted-paths", lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())
    )


def private_q():
    """What Page.objects.private_q() matches (pages in a private section), without its query."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def public(queryset):
    """queryset.public() without its query, and no filter at all while the site has no private section."""
    return queryset.exclude(private_q()) if restricted_paths() else queryset


class PrivateSectionsAwareMixin:
    """For page types: no view-restriction query while the site has no private section.

    Wagtail's serve-time check (its before_serve_page hook) iterates get_view_restrictions(); while no page
    has a restriction the answer is an empty queryset, which iterates without a query.
    """

    def get_view_restrictions(self):
        if not restricted_paths():
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
