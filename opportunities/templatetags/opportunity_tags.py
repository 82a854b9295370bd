"""Template tags for opportunities: a shift's "add to calendar" address and the home page's section."""

from django import template

from opportunities.listing import upcoming_with_free_places

register = template.Library()

# Opportunities the home page shows in "upcoming, with free places".
HOME_COUNT = 3


@register.simple_tag(takes_context=True)
def shift_calendar_url(context, page, shift):
    return page.shift_calendar_url(shift, context.get("request"))


@register.inclusion_tag("opportunities/home_section.html", takes_context=True)
def upcoming_opportunities(context):
    """The home page's "upcoming, with free places": two queries, read on every render (places change)."""
    from opportunities.models import OpportunityIndexPage
    from website.private_sections import public

    page = context["page"]
    opportunities = upcoming_with_free_places(page.locale_id, HOME_COUNT)
    index = None
    if opportunities:
        index = public(OpportunityIndexPage.objects.live()).filter(locale_id=page.locale_id).order_by("path").first()
    return {"opportunities": opportunities, "index": index, "request": context.get("request")}
