"""sitemap.xml with every live page of every language and hreflang alternates between translations.

Wagtail's sitemap lists only the site root's descendants (one language) and builds addresses
from the Site record; this one takes the root's translations too and follows the request's host.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(under_a_root)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def absolute_location(self, page):
        site_id, root_url, path = page.get_url_parts(self.request)
        if path is None:
            return None
        if site_id == self.get_wagtail_site().pk:
            return self.request.build_absolute_uri(path)
        return root_url + path

    def _urls(self, page_number, protocol, domain):
        pages = list(self.paginator.page(page_number).object_list)
        locations = {page.pk: self.absolute_location(page) for page in pages}
        by_key = {}
        for page in pages:
            if locations[page.pk]:
                by_key.setdefault(page.translation_key, {})[page.locale.language_code] = locations[page.pk]

        urls = []
        for page in pages:
            if not locations[page.pk]:
                continue
            versions = by_key[page.translation_key]
            alternates = []
            if len(versions) > 1:
                alternates = [{"lang_code": code, "location": url} for code, url in sorted(versions.items())]
                if settings.LANGUAGE_CODE in versions:
                    alternates.append({"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]})
            urls.append(
                {
                    "item": page,
                    "location": locations[page.pk],
                    "lastmod": page.last_published_at or page.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        return urls
