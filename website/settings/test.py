"""Tests: fast and self-contained (cookiecutter-django's config/settings/test.py)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

# django-axes stays on; this backend only lets Client.login() (which passes no request) through.
AUTHENTICATION_BACKENDS = [
    "security.backends.AxesBackendForTests",
    "django.contrib.auth.backends.ModelBackend",
]

# The page cache is on in tests so they exercise it, on an in-memory cache each test starts empty
# (tests/conftest.py clears it).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests-ratelimit"},
}
PAGE_CACHE_SECONDS = 300

# Tasks run in-process; the queue's own worker tests (tests/outbox, marked "worker") start a real one on Redis.
# The broker is the worker tests' Redis database from the start: Celery keeps the producer pool it first built,
# so a broker switched later in a test would still publish to the old one. In-process tasks never connect.
CELERY_BROKER_URL = env("CELERY_TEST_BROKER_URL", default="redis://127.0.0.1:6379/14")  # noqa: F405
CELERY_TASK_ALWAYS_EAGER = True
