from core.cache.local import LocalPages


def entry(generation, body=b"page"):
    return (generation, 200, [], body)


def test_a_page_kept_in_worker_memory_is_found_until_it_expires():
    pages = LocalPages(max_entries=10)
    pages.put("key", entry(7), seconds=60)
    assert pages.fresh("key") == entry(7)
    assert pages.fresh("other") is None


def test_a_page_kept_in_worker_memory_expires_like_the_shared_copy():
    pages = LocalPages(max_entries=10)
    pages.put("key", entry(7), seconds=-1)
    assert pages.fresh("key") is None


def test_worker_memory_keeps_only_the_most_recently_used_pages():
    pages = LocalPages(max_entries=2)
    pages.put("a", entry(1, b"a"), seconds=60)
    pages.put("b", entry(1, b"b"), seconds=60)
    pages.fresh("a")
    pages.put("c", entry(1, b"c"), seconds=60)
    assert pages.fresh("b") is None
    assert pages.fresh("a") is not None and pages.fresh("c") is not None
