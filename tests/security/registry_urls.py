"""Every URL pattern the project registers under /admin/ that belongs to the registry, read from the URLconf."""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

REGISTRY_MODELS = [
    "volunteer",
    "organisation",
    "area",
    "servicerecord",
    "recognition",
    "datasubjectrequest",
    "hourreport",
]
# The paperwork's records (agreements, consents, checks…) are personal data kept beside the registry's.
PAPERWORK_MODELS = [
    "agreement",
    "agreementtemplate",
    "safetyinformation",
    "volunteersafetyacknowledgement",
    "insurancepolicy",
    "guardianconsent",
    "safeguardingcheck",
]
SNIPPET_NAME = re.compile(r"^wagtailsnippets_(?P<app>registry|paperwork)_(?P<model>\w+):(?P<action>\w+)$")
CHOOSER_NAME = re.compile(r"^wagtailsnippetchoosers_(?P<app>registry|paperwork)_(?P<model>\w+):(?P<action>\w+)$")


@dataclass(frozen=True)
class AdminRoute:
    route: str  # e.g. "admin/registry/volunteers/edit/<int:pk>/"
    name: str  # namespaced, e.g. "wagtailsnippets_registry_volunteer:edit"

    def path(self, pk):
        return "/" + re.sub(r"<(?:\w+:)?pk>", str(pk), self.route)


def walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else (pattern.name or "")
            yield AdminRoute(prefix + str(pattern.pattern), name)


def is_registry_route(route):
    return route.route.startswith("admin/") and (
        "registry" in route.route
        or "registry" in route.name
        or "volunteer" in route.route
        or "paperwork" in route.route
        or "paperwork" in route.name
    )


def registry_admin_routes():
    return [route for route in walk(get_resolver().url_patterns) if is_registry_route(route)]
