"""Where each public page type lives in the demo content, in one language."""

from home.models import HomePage, PartnerIndexPage, PartnerPage, StandardPage
from news.models import NewsIndexPage, NewsPage
from registry.models import JoinPage, RecognitionIndexPage

SEARCH_TERMS = {"pl": "wolontariat", "en": "volunteering"}


def _first(model, language):
    found = model.objects.live().public().filter(locale__language_code=language).order_by("path").first()
    assert found is not None, f"the demo content has no live {model.__name__} in {language}"
    return found


def public_pages(language):
    """Page type → relative URL, for the sweeps that must cover every kind of public page."""
    join = _first(JoinPage, language)
    return {
        "home": _first(HomePage, language).url,
        "news index": _first(NewsIndexPage, language).url,
        "article": _first(NewsPage, language).url,
        "partners": _first(PartnerIndexPage, language).url,
        "partner": _first(PartnerPage, language).url,
        "join": join.url,
        "thank-you": join.url + join.reverse_subpage("thank_you"),
        "recognitions": _first(RecognitionIndexPage, language).url,
        "standard page": _first(StandardPage, language).url,
        "search": f"/{language}/search/?q={SEARCH_TERMS[language]}",
        "not found": f"/{language}/no-such-page-here/",
    }
