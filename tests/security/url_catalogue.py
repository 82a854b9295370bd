"""Every address the project serves, read from the root URLconf, with the ids of real rows filled in.

Each URL pattern (Wagtail's admin and API, wagtail-localize's, Django's admin, ours, the pages) becomes one or
more concrete addresses: a parameter is filled from the row it names (a page, an image, a translation of a
registry area…), and one that names a model (`<app_label>/<model_name>`) is tried with every registry model.
Anything this file cannot fill makes test_every_url_pattern_is_filled fail, so a new pattern is never skipped
silently.
"""

import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver

REGISTRY_MODELS = ["volunteer", "organisation", "area", "servicerecord", "recognition", "hourreport"]
LANGUAGES = ["pl", "en"]
PARAMETER = re.compile(r"<(?:\w+:)?(?P<name>\w+)>|\(\?P<(?P<regex_name>\w+)>[^)]*\)")
# Patterns that are not addresses of their own: Django admin's and Wagtail's catch-alls, the page serving
# pattern (filled with every page's address instead) and Wagtail's document serving (filled with a document).
CATCH_ALLS = {"admin/^.*/$", "django-admin/(?P<url>.*)$"}


@dataclass(frozen=True)
class Route:
    route: str
    name: str


@dataclass
class Address:
    url: str
    route: Route
    registry: bool = False  # built from a registry route or with a registry model filled in
    tags: set = field(default_factory=set)


def walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else (pattern.name or "")
            yield Route(prefix + str(pattern.pattern), name)


def all_routes():
    return list(walk(get_resolver().url_patterns))


def mentions_registry(route):
    return "registry" in route.route or "registry" in route.name


class Filler:
    """Turns routes into addresses, given the ids of the rows a test created (see `ids` in the test)."""

    def __init__(self, ids, page_urls, document_url):
        self.ids = ids
        self.page_urls = page_urls
        self.document_url = document_url

    def value(self, name, route, model):
        """The value for one parameter, or None when unknown."""
        ids = self.ids
        text = route.route
        if name == "app_label" and route.name == "admin:app_list":
            return "auth"
        if name in {"app_label", "app_name", "content_type_app_name"}:
            return "registry" if model else None
        if name in {"model_name", "content_type_model_name"}:
            return model
        if name in {"pk", "object_id", "id"}:
            if model:
                return ids[model]
            for prefix, key in [
                ("admin/pages/", "page"),
                ("admin/api/main/^pages/", "page"),
                ("admin/images/", "image"),
                ("admin/api/main/^images/", "image"),
                ("admin/documents/", "document"),
                ("admin/api/main/^documents/", "document"),
                ("admin/users/", "user"),
                ("django-admin/auth/user/", "user"),
                ("admin/groups/", "group"),
                ("django-admin/auth/group/", "group"),
                ("admin/collections/", "collection"),
                ("admin/sites/", "site"),
                ("admin/locales/", "locale"),
                ("admin/snippets/news/", "newscategory"),
                ("admin/workflows/tasks/", "task"),
                ("admin/workflows/", "workflow"),
                ("admin/settings/", "setting"),
            ]:
                if text.startswith(prefix):
                    return ids.get(key, ids["default"])
            return ids["default"]
        by_name = {
            "page_id": "page",
            "parent_page_id": "page",
            "page_to_move_id": "page",
            "destination_id": "page",
            "page_pk": "page",
            "image_id": "image",
            "document_id": "document",
            "doc_id": "document",
            "collection_id": "collection",
            "translation_id": "translation",
            "translation_source_id": "translation_source",
            "string_segment_id": "string_segment",
            "overridable_segment_id": "default",
            "revision_id": "revision",
            "revision_id_a": "revision",
            "revision_id_b": "revision",
            "content_type_id": "volunteer_content_type",
            "task_id": "task",
            "workflow_pk": "workflow",
        }
        if name in by_name:
            return ids.get(by_name[name], ids["default"])
        fixed = {
            "action_name": "delete",
            "action": "delete",
            "filter_spec": "width-100",
            "mode": "x",
            "token": "x",
            "uidb64": "x",
            # The documents' verification page (paperwork/views.py): a well-formed code nobody holds.
            "code": "0123456789ABCDEFGHJK",
        }
        if name in fixed:
            return fixed[name]
        if name.endswith("_id") or name.endswith("_pk"):
            return ids["default"]
        return None

    def addresses(self, route):
        if route.route in CATCH_ALLS:
            return []
        if route.name == "wagtail_serve":
            return [Address(url, route, tags={"page"}) for url in self.page_urls]
        if route.name == "wagtaildocs_serve":
            return [Address(self.document_url, route)]
        names = [match["name"] or match["regex_name"] for match in PARAMETER.finditer(route.route)]
        needs_model = any(n in {"model_name", "content_type_model_name"} for n in names)
        models = REGISTRY_MODELS if needs_model else [self.model_of(route)]
        result = []
        for model in models:
            url = self.fill(route, model)
            if url is None:
                return None
            registry = bool(model) or mentions_registry(route)
            for language in LANGUAGES if route.route.startswith("pl/") else [None]:
                localised = re.sub(r"^/pl/", f"/{language}/", url) if language else url
                result.append(Address(localised, route, registry=registry))
        return result

    def model_of(self, route):
        """The registry model a route belongs to, from its name (wagtailsnippets_registry_<model>) or path."""
        match = re.search(r"registry_(\w+?):", route.name)
        if match and match[1] in REGISTRY_MODELS:
            return match[1]
        match = re.search(r"registry/(\w+?)s/", route.route)
        if match and match[1] in REGISTRY_MODELS:
            return match[1]
        return None

    def fill(self, route, model):
        missing = []

        def substitute(match):
            name = match["name"] or match["regex_name"]
            value = self.value(name, route, model)
            if value is None:
                missing.append(name)
                return ""
            return str(value)

        text = PARAMETER.sub(substitute, route.route)
        if missing:
            return None
        # Django admin's app list is a regex alternation; the rest of the regex syntax is anchors.
        text = text.replace("^", "").replace("$", "").replace("\\.", ".")
        text = re.sub(r"\(\\d\+\)/\(\.\*\)", "", text)
        return "/" + text
