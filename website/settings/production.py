"""Production: everything from the environment, no insecure defaults."""

import copy

from .base import *  # noqa: F403
from .base import env

DEBUG = False
# No default on purpose: production refuses to start without a secret key.
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")

# HTTPS behind the proxy: it terminates TLS and says so in X-Forwarded-Proto.
# https://docs.djangoproject.com/en/5.2/ref/settings/#secure-proxy-ssl-header
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# Load balancers probe the health endpoint over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
PORTAL_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Two-step verification is required of registry users unless switched off explicitly.
REGISTRY_REQUIRE_2FA = env.bool("REGISTRY_REQUIRE_2FA", default=True)

# Email: EMAIL_URL as in base.py (EMAIL_* settings there); unset, the mail server on this machine
# (smtp://localhost:25, base.py's host and port), never the console.
if not env("EMAIL_URL", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

# --- Production stack: database, cache, static and media files, search, logs (README "Production stack") ---

# PostgreSQL, required. Persistent connections, checked before reuse so a database restart heals itself.
# https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env.int("DATABASE_CONNECT_TIMEOUT", default=3)
if "django.contrib.postgres" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS.append("django.contrib.postgres")  # noqa: F405

# Redis, required: the shared cache every app server sees (configured in base.py from REDIS_URL).
if not env("REDIS_URL", default=""):
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("Set REDIS_URL, e.g. redis://127.0.0.1:6379/0")
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# Sessions are written to PostgreSQL (the record: a Redis outage logs nobody out) and read from Redis first, so
# a visitor with a session cookie, whose pages are built, costs no query for it (Django's documented cached_db).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Static files: hashed and compressed by collectstatic, served by whitenoise.
# Media: S3-compatible storage when a bucket is named, the local disk (MEDIA_ROOT) otherwise.
# https://whitenoise.readthedocs.io/en/stable/django.html
# https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
STORAGES = {
    "default": (
        {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": AWS_STORAGE_BUCKET_NAME,
                "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
                "region_name": env("AWS_S3_REGION_NAME", default=None),
                "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
                "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=False),
                "file_overwrite": False,
                "default_acl": None,
            },
        }
        if AWS_STORAGE_BUCKET_NAME
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Frontend cache (CDN) invalidation on publish, only when configured.
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_URL", default=""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_URL"),
    }
if env("CLOUDFLARE_BEARER_TOKEN", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")  # noqa: F405
    WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]  # noqa: F405

# Logs: one line per event on stdout; database error details (which can quote submitted values) dropped.
LOGGING = copy.deepcopy(LOGGING)  # noqa: F405
LOGGING.setdefault("filters", {})["no_database_details"] = {"()": "core.logfilters.DropDatabaseErrorDetails"}
LOGGING["handlers"]["console"].setdefault("filters", []).append("no_database_details")

# Content-Security-Policy: images and media served straight from the bucket need its address allowed.
# MEDIA_ORIGIN overrides the guess (custom domain, else the S3 endpoint, else AWS's bucket address).
if AWS_STORAGE_BUCKET_NAME:
    _s3 = STORAGES["default"]["OPTIONS"]
    MEDIA_ORIGIN = env("MEDIA_ORIGIN", default="") or (
        f"https://{_s3['custom_domain']}"
        if _s3["custom_domain"]
        else _s3["endpoint_url"] or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    )
    CONTENT_SECURITY_POLICY = copy.deepcopy(CONTENT_SECURITY_POLICY)  # noqa: F405
    ADMIN_CONTENT_SECURITY_POLICY = copy.deepcopy(ADMIN_CONTENT_SECURITY_POLICY)  # noqa: F405
    for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        for _directive in ("img-src", "media-src"):
            _policy["DIRECTIVES"][_directive].append(MEDIA_ORIGIN)
