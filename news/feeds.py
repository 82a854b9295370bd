"""RSS feed of one news index (one per language), served by the index at <index url>feed/."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The newest articles of one news index; links are relative so they follow the request's host."""

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return _("%(title)s · Civic Volunteering") % {"title": index.title}

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.intro or _("News from the Civic Volunteering programme")

    def feed_url(self, index):
        return index.get_url(self.request) + "feed/"

    def items(self, index):
        return index.get_articles()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        # Stable across slug changes and hosts.
        return f"urn:uuid:{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))
