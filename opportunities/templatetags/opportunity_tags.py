"""Template tags for opportunities: a shift's "add to calendar" address and the home page's section."""

import time

from django import template

from core.cache import memo, scopes
from opportunities.freshness import AVAILABILITY
from opportunities.listing import upcoming_with_free_places

register = template.Library()

# Opportunities the home page shows in "upcoming, with free places".
HOME_COUNT = 3


@register.simple_tag(takes_context=True)
def shift_calendar_url(context, page, shift):
    return page.shift_calendar_url(shift, context.get("request"))


def listing_address(locale_id, request):
    """The address of the language's opportunities listing, or None while it has no live opportunity.

    Memoised per content generation (publishing bumps it), so a site without opportunities pays nothing.
    """
    from core.private_sections import public
    from opportunities.models import OpportunityIndexPage, OpportunityPage

    def compute():
        if not public(OpportunityPage.objects.live()).filter(locale_id=locale_id).exists():
            return None
        index = public(OpportunityIndexPage.objects.live()).filter(locale_id=locale_id).order_by("path").first()
        return "" if index is None else index.get_url(request)

    return memo.memoised(("opportunity-listing-address", locale_id, request.get_host() if request else ""), compute)


@register.simple_tag
def availability_key():
    """What a fragment showing free places is keyed with: the availability scope's counter and the minute.

    Every sign-up, cancellation or shift change moves the counter (opportunities/freshness.py), so such a
    fragment (the home page's section) is rebuilt at once after one, and otherwise once a minute, when shifts
    that have started drop out. Without an answer from the cache the key is new each time: nothing is reused.
    """
    stamp = scopes.read([AVAILABILITY])
    if stamp is None:
        return f"unread-{time.time_ns()}"
    return f"{next(iter(stamp.values()))}-{int(time.time() // 60)}"


@register.inclusion_tag("opportunities/home_section.html", takes_context=True)
def upcoming_opportunities(context):
    """The home page's "upcoming, with free places": one query; the template keeps it under availability_key."""
    page, request = context["page"], context.get("request")
    address = listing_address(page.locale_id, request)
    if address is None:
        return {"opportunities": []}
    return {"opportunities": upcoming_with_free_places(page.locale_id, HOME_COUNT), "index_url": address}
