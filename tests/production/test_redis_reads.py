"""The hit path's reads on a worker's own Redis connection give what the cache API gives, and fail open.

Needs Redis (conftest.PAGE_CACHE_TEST_REDIS_URL); skipped without it.
"""

from website.cache import generation, redis_reads

from .conftest import redis_cache_settings


def test_the_workers_own_connection_reads_what_the_cache_api_stored(redis_cache):
    entry = (7, "200 OK", [("Content-Type", "text/html")], "zażółć".encode())
    redis_cache.set("page", entry)
    redis_cache.set(generation.GENERATION_KEY, 7)
    collect = redis_reads.send([generation.GENERATION_KEY, "page", "absent"])
    assert collect is not None
    assert collect() == [7, entry, None]


def test_a_reply_never_collected_is_not_taken_for_the_next_one(redis_cache):
    redis_cache.set("first", "one")
    redis_cache.set("second", "two")
    redis_reads.send(["first"])
    assert redis_reads.read(["second"]) == ["two"]


def test_the_generation_asked_for_early_is_the_shared_one(redis_cache):
    generation.bump()
    answer = generation.ask()
    assert answer() == generation.shared_or_recent() is not None


def test_the_generation_and_a_page_come_together(redis_cache):
    redis_cache.set("page", (9, "200 OK", [], b"body"))
    generation.bump()
    assert generation.shared_with("page") == (generation.shared_or_recent(), (9, "200 OK", [], b"body"))


def test_a_redis_that_does_not_answer_gives_no_generation_and_no_error(settings):
    settings.CACHES = redis_cache_settings("redis://127.0.0.1:1/5")
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    assert redis_reads.read([generation.GENERATION_KEY, "page"]) == [None, None]
    assert generation.shared_with("page") == (None, None)
    assert generation.shared_or_recent() is None
    assert generation.ask()() is None
