import os
import uuid

import pytest
from django.core.cache import cache, caches

# The page cache's tests on a real Redis use this database, every key under a prefix of their own.
PAGE_CACHE_TEST_REDIS_URL = os.environ.get("PAGE_CACHE_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
# Nothing listens on port 1: a Redis server that is down.
REDIS_DOWN_URL = "redis://127.0.0.1:1/5"


def redis_cache_settings(location):
    prefix = f"test-page-cache-{uuid.uuid4().hex[:8]}"
    options = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2}
    backend = "django_redis.cache.RedisCache"
    return {
        "default": {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": prefix, "OPTIONS": options},
        # As in website/settings/base.py: the rate-limit counters under a prefix of their own.
        "ratelimit": {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": f"{prefix}-rl", "OPTIONS": options},
    }


@pytest.fixture
def redis_down(settings):
    """The caches on a Redis server that does not answer (errors read as misses, as in production)."""
    settings.CACHES = redis_cache_settings(REDIS_DOWN_URL)
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    return settings


@pytest.fixture
def redis_cache(settings):
    """The cache on Redis (skipped without one); only this test's keys are removed afterwards."""
    try:
        import redis

        redis.Redis.from_url(PAGE_CACHE_TEST_REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception:  # noqa: BLE001 - any failure means "no Redis here"
        pytest.skip(f"needs Redis at {PAGE_CACHE_TEST_REDIS_URL}")
    settings.CACHES = redis_cache_settings(PAGE_CACHE_TEST_REDIS_URL)
    prefix = settings.CACHES["default"]["KEY_PREFIX"]
    server = caches["default"].client.get_client()  # kept: the test may point the cache elsewhere
    yield cache
    stored = list(server.scan_iter(f"{prefix}*"))  # this test's keys only, whatever their version
    if stored:
        server.delete(*stored)
