"""Settings shared by every environment.

Environment variables are read once, here and in production.py, through
django-environ; the README lists every one of them.
https://docs.djangoproject.com/en/5.2/ref/settings/
"""

from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

# Applications
# https://docs.djangoproject.com/en/5.2/ref/settings/#installed-apps
INSTALLED_APPS = [
    "home",
    "news",
    "registry",
    # Duties and events with shifts, sign-ups and attendance (opportunities/).
    "opportunities",
    # Moving from WordPress: `manage.py import_wordpress`.
    "wordpress_import",
    # The public search: Polish and English word forms, diacritics optional (sitesearch/).
    "sitesearch",
    # Every e-mail, sent by Celery tasks with retries (outbox/, website/celery.py).
    "outbox",
    # The volunteer's own page: sign-in by e-mailed link, status, hours, own data (portal/).
    "portal",
    # Documents and duties under the Act on public benefit and volunteering, art. 42–46 (paperwork/).
    "paperwork",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # What every page app shares: page cache, error pages, health, routing, blocks, image specs, slugs (core/).
    "core",
    # Security: admin login lockout, one-time passwords, Content-Security-Policy (see SECURITY.md).
    "security",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
]

MIDDLEWARE = [
    # First, so a cached page skips the rest: it is stored with the final headers (security headers and
    # CSP included) and website/wsgi.py can send it without Django; off unless PAGE_CACHE_SECONDS > 0.
    # See core/cache/.
    "core.cache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The strict policy on public pages, a looser one on the admin (security/csp.py).
    "security.csp.PathAwareCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: picks the language from the URL prefix.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "security.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # fragment_generation and fragment_seconds, for {% wagtailpagecache %} (core/cache/).
                "core.cache.context_processors.fragment_cache",
            ],
        },
    },
]

WSGI_APPLICATION = "website.wsgi.application"

# Database: SQLite unless DATABASE_URL says otherwise.
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run` shares one SQLite file between the server and two worker processes. A transaction that reads
    # and then writes gets "database is locked" at once when another holds the write lock (SQLite's deadlock
    # rule: an outbox row sent but not marked sent, so sent again); BEGIN IMMEDIATE takes the lock up front
    # and waits for it up to `timeout` seconds.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's database search backend uses PostgreSQL full-text search through it.
    INSTALLED_APPS.append("django.contrib.postgres")

# Passwords
# https://docs.djangoproject.com/en/5.2/topics/auth/passwords/#password-validation
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Authentication: django-axes checks for a lockout before Django checks the password.
# https://django-axes.readthedocs.io/en/latest/2_installation.html
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Security (what each control protects is in SECURITY.md)
# https://docs.djangoproject.com/en/5.2/ref/middleware/#module-django.middleware.security
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# DENY passes check --deploy; Wagtail's own preview views override it with SAMEORIGIN for their iframes.
X_FRAME_OPTIONS = "DENY"
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Admin sessions end after a working day.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Addresses (IPs or CIDRs) of the reverse proxies whose X-Forwarded-For we believe.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])

# Content-Security-Policy (django-csp 4): strict on public pages.
# https://django-csp.readthedocs.io/en/latest/configuration.html
EMBED_FRAME_SOURCES = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": EMBED_FRAME_SOURCES,
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The Wagtail admin uses inline scripts and styles, and frames its own previews.
ADMIN_URL_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        # Wagtail's dashboard asks releases.wagtail.org whether an upgrade is out.
        "connect-src": ["'self'", "https://releases.wagtail.org"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "media-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

# Login lockout (django-axes): 5 failures for one username from one address lock it for 15 minutes.
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
# The client address comes from the same rule the join form uses (TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "security.client_ip.axes_client_ip"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password", "otp_token", "token"]

# Two-step verification (django-otp, TOTP). On: everyone with a registry permission must use it.
# https://django-otp-official.readthedocs.io/en/stable/
REGISTRY_REQUIRE_2FA = env.bool("REGISTRY_REQUIRE_2FA", default=False)
OTP_TOTP_ISSUER = "Civic Volunteering"
# Enrolling an authenticator needs a link sent to the account's e-mail address (security/enrolment.py),
# so users may not change that address themselves: an administrator does, in Settings → Users.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# Languages: Polish first (the default), English second. URLs carry the language.
# https://docs.wagtail.org/en/stable/advanced_topics/i18n.html
LANGUAGE_CODE = "pl"
LANGUAGES = [
    ("pl", _("Polish")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation starts as a draft that a translator publishes, even when its source is live
# (wagtail-localize's default publishes the untranslated copy at once).
# https://wagtail-localize.org/stable/reference/settings/
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Slugs are plain ASCII: the admin's slug field transliterates Polish letters (ą→a, ł→l…) as one types,
# and the server does the same (core/slugs.py) for every slug it makes.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
# Polish short dates as 30.11.2026 (core/formats/pl/formats.py).
FORMAT_MODULE_PATH = ["core.formats"]
USE_I18N = True
USE_TZ = True

# Static and media files
# https://docs.djangoproject.com/en/5.2/howto/static-files/
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Cache: Redis when REDIS_URL is set (production.py always needs it), else files (below).
# Redis fails open: short timeouts and ignored errors, so an outage slows pages, never breaks them.
# https://github.com/jazzband/django-redis#memcached-exceptions-behavior
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="cv"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    # Fragments and image renditions: in each worker's memory, dropped on every worker by any content change.
    for _alias in ("template_fragments", "renditions"):
        CACHES[_alias] = {
            "BACKEND": "core.cache.generational.GenerationalLocMemCache",
            "LOCATION": _alias,
            "TIMEOUT": 24 * 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    # The join form's rate-limit counters (registry/join/ratelimit.py): apart from the page cache, so clearing or
    # flooding it cannot reset them. RATELIMIT_REDIS_URL may name a Redis of its own with `maxmemory-policy
    # noeviction` (README "Production stack"); by default another database of the same Redis.
    CACHES["ratelimit"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env("RATELIMIT_REDIS_URL", default=REDIS_URL),
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="cv") + "-ratelimit",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    # Without Redis (development): files, so every process on the machine (runserver, `manage.py
    # import_wordpress`, `load_demo`) shares the cache generation and sees the others' changes at once.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR", default=str(BASE_DIR / ".cache")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        # The join form's rate-limit counters, apart from the page cache (see above).
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR", default=str(BASE_DIR / ".cache")) + "-ratelimit",
        },
    }
# Seconds an anonymous visitor's public page is kept in the shared cache; 0 turns the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
# What public pages tell browsers (max-age) and CDNs (s-maxage).
PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=60)
PAGE_CACHE_CDN_SECONDS = env.int("PAGE_CACHE_CDN_SECONDS", default=300)
# How many of the hottest pages each worker also keeps in its own memory (still checked against Redis).
PAGE_CACHE_LOCAL_ENTRIES = env.int("PAGE_CACHE_LOCAL_ENTRIES", default=100)
# 0: every hit asks Redis for the generation, so a change is seen at once. More: a worker reuses the value
# it read for that many milliseconds (fewer round trips, changes seen that much later).
PAGE_CACHE_GENERATION_REUSE_MS = env.int("PAGE_CACHE_GENERATION_REUSE_MS", default=0)

# Logging: to stdout; personal data is never passed to a logger.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "filters": {
        "drop_template_context": {"()": "security.logging.DropTemplateContext"},
        "redact_path_tokens": {"()": "core.logfilters.RedactPathTokens"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Its DEBUG records carry the template context (personal data) in their exception.
        "django.template": {"filters": ["drop_template_context"]},
        # They log the path of every 4xx/5xx answer: a one-time link's or calendar address's token is blanked.
        "django.request": {"filters": ["redact_path_tokens"]},
        "django.security.csrf": {"filters": ["redact_path_tokens"]},
        "django": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="WARNING"), "propagate": False},
        "registry": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Wagtail
# https://docs.wagtail.org/en/stable/reference/settings.html
# Translated, so the Polish admin says "Wolontariat Obywatelski" and the English one "Civic Volunteering".
WAGTAIL_SITE_NAME = _("Civic Volunteering")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL ships no Polish stemmer: words are kept as written, and home's migration 0003
        # makes "simple_unaccent" so "Lodz" finds "Łódź". SQLite ignores the setting.
        "SEARCH_CONFIG": env(
            "WAGTAILSEARCH_CONFIG",
            default="simple_unaccent" if DATABASES["default"]["ENGINE"].endswith("postgresql") else "simple",
        ),
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Serve documents through Wagtail's view so privacy rules apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is downloaded, none rendered in the browser (an HTML or PDF file could run script).
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# No SVG: scripts inside an SVG run when the file is opened directly.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Every rendition decodes the whole original (4 bytes a pixel): 40 megapixels is about 160 MB and takes
# a camera's or phone's photo at full size; larger pictures are scaled down before upload (SECURITY.md).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Email: the server in one URL, EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.org:587
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url
# Unset, e-mails are printed to the console (production.py: sent to the mail server on this machine). Set outside
# production too, e.g. `EMAIL_URL=smtp://127.0.0.1:2525 make run` to watch the outbox retry while the server
# refuses (README "Task queue and e-mail"). The URL itself is not kept as a setting: it may hold the password.
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Civic Volunteering <no-reply@localhost>")
_email = env.email_url("EMAIL_URL") if env("EMAIL_URL", default="") else {}
EMAIL_BACKEND = _email.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = _email.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _email.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
# Only the file backend (filemail://…) reads it.
EMAIL_FILE_PATH = _email.get("EMAIL_FILE_PATH") or None

# Task queue: Celery with Redis as the broker; celery beat is the one scheduler (README "Task queue").
# https://docs.celeryq.dev/en/stable/userguide/configuration.html
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL)
# No broker: tasks run in the process that asks for them, at once (development without Redis).
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_IGNORE_RESULT = True
# A task is acknowledged when it ends, so a worker killed mid-task leaves it for another worker.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # Unacknowledged tasks of a vanished worker go back to the queue after this long (no task runs longer,
    # and none is scheduled with a countdown: retries are rows the sweep picks up).
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=60 * 60),
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
# A web request asking for a task while the broker is down gives up quickly; the outbox sweep sends later.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 0.5}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "Europe/Warsaw"
CELERY_BEAT_SCHEDULE_FILENAME = env("CELERY_BEAT_SCHEDULE_FILENAME", default=str(BASE_DIR / ".celerybeat-schedule"))
CELERY_BEAT_SCHEDULE = {
    # Retries after back-off, and whatever was queued while the broker was down.
    "outbox-sweep": {"task": "outbox.sweep", "schedule": 60.0},
    "registry-vetting-digest": {
        "task": "registry.vetting_digest",
        "schedule": crontab(minute=0, hour=8, day_of_week=1),
    },
    "registry-unanswered-digest": {
        "task": "registry.unanswered_digest",
        "schedule": crontab(minute=0, hour=8, day_of_week="1-5"),
    },
    "registry-data-requests-digest": {
        "task": "registry.data_requests_digest",
        "schedule": crontab(minute=15, hour=8, day_of_week="1-5"),
    },
    # Runs daily; it writes only in March (due by 31 March) and once overdue, once a year each (home/tasks.py).
    "home-accessibility-review": {
        "task": "home.accessibility_review_reminder",
        "schedule": crontab(minute=0, hour=9),
    },
    "registry-retention": {"task": "registry.retention", "schedule": crontab(minute=30, hour=3)},
    "outbox-purge": {"task": "outbox.purge", "schedule": crontab(minute=45, hour=3)},
    "portal-purge": {"task": "portal.purge", "schedule": crontab(minute=50, hour=3)},
    # Every 15 minutes: each confirmed person is reminded once, about 24 hours before their shift.
    "opportunities-shift-reminders": {"task": "opportunities.shift_reminders", "schedule": crontab(minute="*/15")},
    # Daily: people on upcoming shifts who owe a version of the area's safety information are e-mailed, each once
    # per version (it is also sent when a version is saved; this catches a save while the broker was down).
    "paperwork-safety-recheck": {"task": "paperwork.safety_recheck", "schedule": crontab(minute=0, hour=7)},
}
# Sent and failed e-mails (which carry addresses) are deleted after this many days.
OUTBOX_KEEP_DAYS = env.int("OUTBOX_KEEP_DAYS", default=30)

# Registry
# How long rejected or withdrawn applications are kept before anonymisation.
REGISTRY_RETENTION_DAYS = env.int("REGISTRY_RETENTION_DAYS", default=365)
# Coordinators' address for digests (else the join page's notification address) and the days within which
# the join page promises an answer (the unanswered-applications digest counts those waiting longer).
REGISTRY_COORDINATORS_EMAIL = env("REGISTRY_COORDINATORS_EMAIL", default="")
REGISTRY_ANSWER_DAYS = env.int("REGISTRY_ANSWER_DAYS", default=14)
# The youngest age at which someone may apply to volunteer. Below 18 (e.g. 13) the join form asks an applicant
# under 18 for a parent or guardian's name and contact (README, "The join form"); at 18 or more it never does.
REGISTRY_MIN_AGE = env.int("REGISTRY_MIN_AGE", default=18)
# Join form (registry/join/): a form sent sooner than this after it was shown is taken for a bot;
# one older than the maximum is shown again with a request to resend it.
REGISTRY_JOIN_MIN_SECONDS = env.int("REGISTRY_JOIN_MIN_SECONDS", default=3)
REGISTRY_JOIN_MAX_SECONDS = env.int("REGISTRY_JOIN_MAX_SECONDS", default=24 * 60 * 60)
# Accepted applications (and bot-like posts) per client address: "count/seconds", counted in the shared cache.
# 40 an hour lets a whole class or course apply from one school network (README, "The join form").
REGISTRY_JOIN_RATE = env("REGISTRY_JOIN_RATE", default="40/3600")
# The volunteer's page (portal/): a one-time sign-in link's lifetime, the volunteer session's idle and absolute
# limits, its cookie, and sign-in requests allowed per e-mail address and per client ("count/seconds").
PORTAL_SIGN_IN_LINK_SECONDS = env.int("PORTAL_SIGN_IN_LINK_SECONDS", default=15 * 60)
PORTAL_SESSION_IDLE_SECONDS = env.int("PORTAL_SESSION_IDLE_SECONDS", default=30 * 60)
PORTAL_SESSION_MAX_SECONDS = env.int("PORTAL_SESSION_MAX_SECONDS", default=12 * 60 * 60)
PORTAL_COOKIE_NAME = "cv_volunteer"
PORTAL_COOKIE_SECURE = False
PORTAL_SIGN_IN_RATE_PER_ADDRESS = env("PORTAL_SIGN_IN_RATE_PER_ADDRESS", default="5/3600")
PORTAL_SIGN_IN_RATE_PER_CLIENT = env("PORTAL_SIGN_IN_RATE_PER_CLIENT", default="30/3600")
# Requests carrying these cookies never use or fill the page cache (core/cache/middleware.py), besides
# Django's session and messages: the volunteer's page is personal.
PAGE_CACHE_PRIVATE_COOKIES = [PORTAL_COOKIE_NAME]
# Paperwork (paperwork/): who issues the documents (printed on each), and how many verification-page
# requests one client address may make ("count/seconds"; a code has 100 random bits, the limit stops scraping).
PAPERWORK_ISSUER_NAME = env("PAPERWORK_ISSUER_NAME", default="Program Wolontariat Obywatelski")
PAPERWORK_VERIFY_RATE = env("PAPERWORK_VERIFY_RATE", default="30/600")
# The public address QR codes on documents point to (else WAGTAILADMIN_BASE_URL).
PAPERWORK_VERIFY_BASE_URL = env("PAPERWORK_VERIFY_BASE_URL", default="")
# New document requests one volunteer may make on their page ("count/seconds"): asking again for a request that
# waits costs nothing, and three kinds exist, so 10 a day is room for a refusal and a new request, not for a flood.
PAPERWORK_REQUEST_RATE = env("PAPERWORK_REQUEST_RATE", default="10/86400")
# A friendly, translated page when a form's CSRF token is missing or expired.
CSRF_FAILURE_VIEW = "core.errors.csrf_failure"

# The search's covering index (sitesearch/models.py) carries extra columns on PostgreSQL only; SQLite builds
# it on its key columns, which is what development needs.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
