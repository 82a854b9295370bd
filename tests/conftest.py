import pytest


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    """Uploaded files go to a temporary folder, never the developer's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache, so no page cached by another test is served."""
    from django.core.cache import caches

    from core.cache import memo

    def clear():
        for cache in caches.all():  # the page cache, fragments, rate-limit counters
            cache.clear()
        memo.clear()  # what each worker memoises per generation (routes, sites) goes with the cache

    clear()
    yield
    clear()
