"""What public listings show of an opportunity's shifts: counts only, read with the pages in one query.

Shifts hang off the source-language page, so every annotation matches them by the page's translation key:
a translation shows the same dates and free places as its original. Free places change with every sign-up
(registry data, which does not bump the page-cache generation), so what shows them is kept only under the
availability scope (opportunities/freshness.py): the pages themselves, and the home page's section by
`availability_key` (templatetags/opportunity_tags.py).
"""

from django.db.models import Exists, F, Func, IntegerField, OuterRef, Subquery

from core.private_sections import public


class SumOf(Func):
    """SUM() over a correlated subquery's rows, without the GROUP BY an aggregate would add."""

    function = "SUM"
    output_field = IntegerField()


def shifts_of_outer_page(now=None):
    """The upcoming, not cancelled shifts of the opportunity in the outer query."""
    from .models import Shift

    return Shift.objects.filter(opportunity__translation_key=OuterRef("translation_key")).upcoming(now)


def with_availability(queryset, now=None):
    """Each opportunity with `next_start` (its next shift), `free_places` (over its upcoming shifts) and
    `has_free_places` (a shift with a free place): one query for any number of pages."""
    upcoming = shifts_of_outer_page(now)
    next_start = upcoming.order_by("starts_at").values("starts_at")[:1]
    free_total = upcoming.order_by().annotate(total=SumOf(F("capacity") - F("places_taken"))).values("total")[:1]
    return queryset.annotate(
        next_start=Subquery(next_start),
        free_places=Subquery(free_total, output_field=IntegerField()),
        has_free_places=Exists(upcoming.with_free_places()),
    )


def listed_opportunities(queryset, now=None):
    """Live public opportunities with their availability, soonest shift first, those without dates last."""
    return with_availability(public(queryset.live()), now).order_by(F("next_start").asc(nulls_last=True), "title", "pk")


def upcoming_with_free_places(locale_id, limit, now=None):
    """The opportunities in a language whose next shift with a free place comes soonest (the home page)."""
    from .models import OpportunityPage, with_listing_renditions

    free = shifts_of_outer_page(now).with_free_places().order_by("starts_at").values("starts_at")[:1]
    pages = with_availability(public(OpportunityPage.objects.live()).filter(locale_id=locale_id), now)
    pages = pages.annotate(next_free_start=Subquery(free)).filter(next_free_start__isnull=False)
    return list(with_listing_renditions(pages.order_by("next_free_start", "pk"))[:limit])
