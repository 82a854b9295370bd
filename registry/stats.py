"""The programme's figures shown on the public home page: aggregates only, never people.

Cached in the default cache (shared by every worker when it is Redis) for a minute, and dropped whenever a
volunteer, service record or organisation is saved or deleted (see registry/signals.py). Registry work does not
touch the page cache (core/cache/signals.py): a home page served from it shows figures up to
PAGE_CACHE_SECONDS old, a page built afresh shows them at most CACHE_TIMEOUT old.
"""

from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone

from .models import Organisation, ServiceRecord, Volunteer

# Bump the version when the shape of the cached dict changes, so old entries are never read.
CACHE_KEY_VERSION = 1
CACHE_TIMEOUT = 60


def cache_key(year):
    # The year is in the key: "hours this year" starts again on 1 January.
    return f"registry:public_figures:v{CACHE_KEY_VERSION}:{year}"


def compute_public_figures(year):
    """Active volunteers, hours served in the year and host organisations, straight from the database."""
    hours = ServiceRecord.objects.filter(date__year=year).aggregate(total=Sum("hours"))["total"] or 0
    return {
        "active_volunteers": Volunteer.objects.active().not_anonymised().count(),
        "hours_this_year": hours,
        "host_organisations": Organisation.objects.filter(volunteers__isnull=False).distinct().count(),
    }


def public_figures():
    """Active volunteers, hours served this year and host organisations; from the cache when it has them."""
    year = timezone.localdate().year
    figures = cache.get(cache_key(year))
    if figures is None:
        figures = compute_public_figures(year)
        cache.set(cache_key(year), figures, CACHE_TIMEOUT)
    return figures


def invalidate_public_figures():
    cache.delete(cache_key(timezone.localdate().year))
