""".ci/check_private_access.py: what it flags, what it lets through, and that the project passes it."""

import ast
import importlib.util
from pathlib import Path

CHECK = Path(__file__).resolve().parent.parent / ".ci" / "check_private_access.py"
spec = importlib.util.spec_from_file_location("check_private_access", CHECK)
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)


def flagged(source, own=frozenset()):
    tree = ast.parse(source)
    return [message for _line, message in check.findings(CHECK, tree, check.own_names([tree]) | set(own))]


def test_reading_or_setting_a_private_attribute_of_wagtail_or_django_is_flagged():
    assert flagged("site = request._wagtail_site")
    assert flagged("request._wagtail_route_for_request = route")
    assert flagged("Site._find_for_request(request)")


def test_a_private_name_reached_through_another_objects_dict_is_flagged():
    assert flagged('store = request.__dict__.setdefault("_localization_cache", {})')
    assert flagged('request.__dict__["_wagtail_site"] = site')
    assert flagged('vars(request).get("_wagtail_site")')
    assert flagged('store = self.__dict__.setdefault("_cache", {})') == []
    assert flagged('request.__dict__.setdefault("localization", {})') == []


def test_our_own_private_names_and_documented_ones_pass():
    source = (
        "class Cache:\n"
        "    def __init__(self):\n"
        "        self._generation = None\n"
        "    def _current(self):\n"
        "        return self._generation\n"
        "cache._current()\n"
        "fields = model._meta.fields\n"
    )
    assert flagged(source) == []


def test_setting_another_objects_attribute_named_like_ours_is_still_flagged():
    # Our code defines self._site somewhere; writing _site onto a request is still reaching into it.
    assert flagged("request._site = site", own={"_site"})


def test_a_method_patched_onto_an_instance_is_flagged():
    assert flagged("page.get_view_restrictions = partial(view_restrictions, page)")
    assert flagged("setattr(page, 'serve', lambda request: None)")
    assert flagged("setattr(volunteer, field, value)") == []  # a field's value is data, not a method


def test_the_project_passes():
    assert check.main() == 0
