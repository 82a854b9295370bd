"""Site-wide pieces every template needs: menu, language links, partner strips, feed and meta links."""

from django import template
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Page

from core.images import LOGO_STRIP_SPEC, with_renditions
from core.private_sections import public
from home import localization
from home.models import AccessibilityStatementPage, PartnerPage, StandardPage
from news.models import NewsIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def page_fragment_seconds(context):
    """How long fragments of templates shown with and without a page (header, meta) may be cached.

    0 where there is no saved page (search, error pages): their fragments are not keyed by a page.
    """
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return 0
    return context.get("fragment_seconds", 0)


@register.simple_tag(takes_context=True)
def site_fragment_seconds(context):
    """For fragments that depend on the page only through `page` (the meta tags, the menu): cached also where there
    is no page at all (search, the volunteer's pages, error pages share one such fragment per language and host),
    never where `page` is something other than a saved page."""
    if context.get("page") is None:
        return context.get("fragment_seconds", 0)
    return page_fragment_seconds(context)


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the visitor's language."""
    return localization.current_home(context["request"])


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's live children marked "show in menus", in the visitor's language."""
    request = context["request"]
    home = localization.current_home(request)
    if home is None:
        return []
    return list(public(home.get_children().live()).in_menu().order_by("path"))


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Plain pages under home kept out of the main menu (accessibility statement, privacy): linked in the footer."""
    home = localization.current_home(context["request"])
    if home is None:
        return []
    return list(public(StandardPage.objects.child_of(home).live()).filter(show_in_menus=False).order_by("path"))


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The accessibility statement in the visitor's language (the law wants it linked from every page)."""
    return AccessibilityStatementPage.for_locale(localization.active_locale(context["request"]))


@register.simple_tag(takes_context=True)
def language_links(context):
    return localization.language_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def language_links_key(context):
    """What besides the page the language links depend on: the query string of a filtered listing."""
    page = context.get("page")
    return context["request"].GET.urlencode() if hasattr(page, "query_for_language") else ""


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """Absolute addresses of the page in every language it is live in, for hreflang links."""
    request, page = context["request"], context.get("page")
    if page is None or not page.pk or not page.live:
        return []
    translations = localization.live_translations(request, page)
    return [
        {"code": code, "url": request.build_absolute_uri(translated.get_url(request))}
        for code, translated in translations.items()
    ]


@register.simple_tag(takes_context=True)
def news_feed_url(context):
    """The RSS feed of the news index in the visitor's language, or None when there is none."""
    request = context["request"]
    locale = localization.active_locale(request)
    index = public(NewsIndexPage.objects.live()).filter(locale=locale).order_by("path").first()
    return index.get_url(request) + index.reverse_subpage("feed") if index else None


@register.simple_tag(takes_context=True)
def partner_strips(context):
    """The footer's two logo strips: partners we cooperate with and supporters, in the visitor's language."""
    request = context["request"]
    partners = with_renditions(
        public(PartnerPage.objects.live()).filter(locale=localization.active_locale(request)).order_by("path"),
        "logo",
        LOGO_STRIP_SPEC,
    )
    strips = {role: {"role": role, "label": label, "partners": []} for role, label in PartnerPage.Role.choices}
    for partner in partners:
        strips[partner.role]["partners"].append(partner)
    return [strip for strip in strips.values() if strip["partners"]]


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    """The page's ancestors from the home page down, for the breadcrumb trail."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2 or not page.pk:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))


@register.simple_tag
def page_summary(page):
    """What a page is about, for the meta description and search results: its own summary field."""
    for name in ("search_description", "lead", "intro", "hero_text", "description"):
        value = getattr(page, name, None)
        if value:
            return strip_tags(str(value)).strip()
    return ""


@register.simple_tag
def share_image(page):
    """The image a page shows when shared: its listing image, hero image or logo."""
    for name in ("listing_image", "hero_image", "logo"):
        image = getattr(page, name, None)
        if image is not None:
            return image
    return None


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.filter
def is_within(page, section):
    """Whether the page is the section or below it, for marking the current menu item."""
    return isinstance(page, Page) and bool(page.path) and page.path.startswith(section.path)


@register.simple_tag
def open_graph_locale(language_code=None):
    code = language_code or translation.get_language()
    return localization.OPEN_GRAPH_LOCALES.get(code, code)
