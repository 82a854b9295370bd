"""Pages that show free places are kept by the shared page cache until a sign-up changes the counts.

Free places change with each sign-up, and sign-ups are registry data: they do not bump the page-cache
generation (bumping it would throw away every cached page of the site on each sign-up, thousands of times
in a sign-up rush). Instead these pages (an opportunity, the listing, their calendars) depend on a scope of
their own, AVAILABILITY (core/cache/scopes.py): each is stored with the scope's counter as it was before the
page was built, and served only while the counter has not moved. Every change to what they show of shifts
bumps it: a place taken or freed, someone moved up from the waiting list, a shift added, edited, cancelled
or deleted (signups.py, and the Shift signals below). Only these pages go cold; the rest of the site stays
cached. Content (text, areas, organisations, trainings, pages published) bumps the generation, as for every
page; what changes with the clock alone (a shift that has started) shows up within PAGE_CACHE_SECONDS.

To browsers and CDNs these pages still say `no-cache` (they cannot hear a sign-up): they ask again every time,
and the answer comes from the page cache, which knows.
"""

from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_cache_control, patch_vary_headers

from core.cache import scopes

AVAILABILITY = "opportunities-availability"


def availability_changed(**kwargs):
    """Free places, shifts or their state changed: the pages that show them are stale (now and on commit)."""
    scopes.changed(AVAILABILITY)


def connect():
    from .models import Shift

    # Created, edited (times, places, capacity), cancelled (a save) or deleted in the admin.
    post_save.connect(availability_changed, sender=Shift, dispatch_uid="opportunities-availability-shift-save")
    post_delete.connect(availability_changed, sender=Shift, dispatch_uid="opportunities-availability-shift-delete")


class FreshAvailabilityMixin:
    """For page types that show free places: cached until the availability scope moves, never longer downstream."""

    def serve(self, request, *args, **kwargs):
        # Read before the page is built: a sign-up made meanwhile makes the stored page stale at once.
        stamp = scopes.read_for(request, [AVAILABILITY])
        response = super().serve(request, *args, **kwargs)
        if response.get("Content-Type", "").startswith("text/html"):
            patch_cache_control(response, no_cache=True, max_age=0)
            # An editor's view (with the user bar) must never be given to anyone else.
            patch_vary_headers(response, ("Cookie",))
        return scopes.attach(response, stamp)
