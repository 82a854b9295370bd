"""The site's URLs plus uploaded media, so the browser sees real images while DEBUG is off."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from website.urls import urlpatterns as site_urlpatterns


def serve_media(request, path):
    # MEDIA_ROOT changes per test (tests/conftest.py), so read it on each request.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", serve_media), *site_urlpatterns]
