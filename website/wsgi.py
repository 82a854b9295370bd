"""WSGI entry point for gunicorn and other WSGI servers."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

# Cached public pages are answered before Django builds a request (core/cache/wsgi_fast_path.py).
# Imported once Django is set up: the page cache reads its settings on import.
django_application = get_wsgi_application()
from core.cache.wsgi_fast_path import CachedPagesFirst  # noqa: E402

application = CachedPagesFirst(django_application)
