"""Which page stands for "here" in each language.

The results are kept on the request: the header, footer, meta tags and switcher all ask, and
each answer costs a query, so each is worked out once per request.
"""

from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

OPEN_GRAPH_LOCALES = {"pl": "pl_PL", "en": "en_GB"}


# The request attribute that holds this module's answers for the request being served.
REQUEST_ATTRIBUTE = "localization_answers"


def _cached(request, name, compute):
    store = getattr(request, REQUEST_ATTRIBUTE, None)
    if store is None:
        store = {}
        setattr(request, REQUEST_ATTRIBUTE, store)
    if name not in store:
        store[name] = compute()
    return store[name]


def active_locale(request):
    return _cached(request, ("locale", translation.get_language()), Locale.get_active)


def home_pages(request):
    """The live home page of every locale, keyed by language code (the site root and its translations)."""

    def compute():
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        if site is None:
            return {}
        root = site.root_page
        homes = Page.objects.live().filter(translation_key=root.translation_key).select_related("locale")
        return {home.locale.language_code: home for home in homes}

    return _cached(request, "homes", compute)


def current_home(request):
    homes = home_pages(request)
    return homes.get(translation.get_language()) or homes.get(Locale.get_default().language_code)


def live_translations(request, page):
    """The live versions of a page in every language (itself included), keyed by language code."""

    def compute():
        pages = page.get_translations(inclusive=True).live().select_related("locale")
        return {translated.locale.language_code: translated for translated in pages}

    return _cached(request, ("translations", page.pk), compute)


def _is_wagtail_address(path):
    try:
        return resolve(path).url_name == "wagtail_serve"
    except Resolver404:
        return True


def language_links(request, page=None):
    """One link per language: the same page where it exists and is live, else that language's home."""
    from django.conf import settings

    homes = home_pages(request)
    translations = live_translations(request, page) if page is not None and page.pk else {}
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
            if request.GET and code != current and hasattr(page, "query_for_language"):
                # A filtered listing keeps the filters that exist in the other language.
                query = page.query_for_language(request, translations[code])
                url = f"{url}?{query}" if query else url
        elif page is None and not _is_wagtail_address(request.path_info):
            # A view outside the page tree (search) exists in every language at a translated address.
            url = translate_url(request.get_full_path(), code)
        elif code in homes:
            url = homes[code].get_url(request)
        else:
            continue
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "is_current": code == current,
                "is_translation": code in translations,
            }
        )
    return links
