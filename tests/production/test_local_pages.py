from website.cache.local import LocalPages


def entry(generation, body=b"page"):
    return (generation, 200, [], body)


def test_a_page_kept_in_worker_memory_is_served_while_its_generation_is_current():
    pages = LocalPages(max_entries=10)
    pages.put("key", entry(7), seconds=60)
    assert pages.get("key", 7) == entry(7)


def test_a_page_kept_in_worker_memory_is_dropped_once_the_generation_moves_on():
    pages = LocalPages(max_entries=10)
    pages.put("key", entry(7), seconds=60)
    assert pages.get("key", 8) is None
    assert pages.get("key", 7) is None


def test_a_page_kept_in_worker_memory_expires_like_the_shared_copy():
    pages = LocalPages(max_entries=10)
    pages.put("key", entry(7), seconds=-1)
    assert pages.get("key", 7) is None


def test_worker_memory_keeps_only_the_most_recently_used_pages():
    pages = LocalPages(max_entries=2)
    pages.put("a", entry(1, b"a"), seconds=60)
    pages.put("b", entry(1, b"b"), seconds=60)
    pages.get("a", 1)
    pages.put("c", entry(1, b"c"), seconds=60)
    assert pages.get("b", 1) is None
    assert pages.get("a", 1) is not None and pages.get("c", 1) is not None
