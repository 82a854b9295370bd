from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import health
from home import views as home_views
from registry.messages import unsubscribe
from security import image_preview, logout, translation_access

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # wagtail-localize's snippet views with the snippet model's permissions checked; before the admin's own.
    path("admin/localize/", include(translation_access.urlpatterns)),
    # Image previews from stored renditions instead of a fresh render on every request.
    path("admin/images/", include(image_preview.urlpatterns)),
    # Signing out by POST only (a GET to Wagtail's view deleted the session cookie while answering 405).
    path("admin/", include(logout.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Outside the language prefix: crawlers and load balancers ask for these at fixed addresses.
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    path("healthz", health.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    # The link in every programme message to volunteers (registry/messages/unsubscribe.py); no login.
    # /pl/wypisz/<token>/, /en/unsubscribe/<token>/; links already sent as /pl/unsubscribe/<token>/ lead there.
    path(
        pgettext_lazy("URL", "unsubscribe/<str:token>/"), unsubscribe.unsubscribe, name="registry_messages_unsubscribe"
    ),
    path("unsubscribe/<str:token>/", unsubscribe.old_address, name="registry_messages_unsubscribe_old_address"),
    # The volunteer's own page (portal/): /pl/wolontariusz/, /en/volunteer/.
    path(pgettext_lazy("portal URL", "volunteer/"), include("portal.urls")),
    # The public verification page of issued documents (paperwork/views.py).
    path("", include("paperwork.urls")),
    # Signing up for shifts and cancelling there (opportunities/portal_urls.py): the portal imports none of it.
    path(pgettext_lazy("portal URL", "volunteer/"), include("opportunities.portal_urls")),
    # Downloading one's own documents there (paperwork/portal_documents.py).
    path(pgettext_lazy("portal URL", "volunteer/"), include("paperwork.portal_documents")),
    # Reading and confirming each area's health-and-safety information there (paperwork/portal_safety.py).
    path(pgettext_lazy("portal URL", "volunteer/"), include("paperwork.portal_safety")),
    # Wagtail's pages catch every address not matched above, so they come last. Routing below the site root
    # is the root page type's own route() (core/routing.py).
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Every error page's view is in core/errors.py, its template in templates/errors/.
handler404 = "core.errors.page_not_found"
handler500 = "core.errors.server_error"
