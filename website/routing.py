"""Page routing without a query in the steady state, instead of one or two per level of the tree.

Wagtail's serve view finds the site (a query), the active locale (a query), the site root's translation
(a query), then walks the tree one level at a time (two queries a level), then checks view restrictions
on the page and its ancestors (two queries). All of it only changes with content, so it is memoised per
cache generation (website/cache/memo.py): the page is found by its URL path, which Wagtail keeps up to
date on every move and slug change, and kept pickled, each request unpickling its own copy.

The answer is the one Wagtail's own walk gives: the deepest page whose address starts the request's
path, unless a routable page on the way claims the rest of the path as one of its routes (routes come
before child pages in RoutablePageMixin.route), then that page's own route() for what is left.
"""

import pickle
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from website.cache import memo
from website.private_sections import view_restrictions


def serve(request, path):
    """Wagtail's serve view, with the route worked out here first (Wagtail reads it from the request)."""
    memo.bind(request)
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route_for_request(request, path)
    return wagtail_views.serve(request, path)


def route_for_request(request, path):
    site = find_site(request)
    if site is None:
        return None
    home = memo.memoised(("home", site.pk, translation.get_language()), partial(_localized_root, site))
    components = tuple(component for component in path.split("/") if component)
    target = memo.memoised(("route", home[0], components), partial(_target, home, components))
    if target is None:
        return None
    page_id, content_type_id, depth = target
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:  # the page type's code is gone; let Wagtail say what it says
        return Page.route_for_request(request, path)
    stored = memo.memoised(("page", page_id), partial(_stored_page, model, page_id))
    if stored is None:
        return None
    # Each request gets its own copy, so nothing one request sets on its page reaches another.
    page = pickle.loads(stored)  # noqa: S301 - bytes this process pickled itself (_stored_page)
    page.get_view_restrictions = partial(view_restrictions, page)
    try:
        return page.route(request, list(components[depth - home[2] :]))
    except Http404:
        return None


def _stored_page(model, page_id):
    """The page (with the images its type asks for) as bytes: unpickling costs a fraction of the query."""
    page = model._default_manager.select_related(*getattr(model, "serve_select_related", ())).filter(pk=page_id).first()
    return None if page is None else pickle.dumps(page)


def find_site(request):
    """Site.find_for_request, memoised per host and port (each request gets its own copy)."""
    if not hasattr(request, "_wagtail_site"):
        key = ("site", split_domain_port(request._get_raw_host())[0], request.get_port())
        site = memo.memoised(key, partial(Site._find_for_request, request))
        request._wagtail_site = _copy(site) if site is not None else None
    return request._wagtail_site


def _copy(instance):
    clone = instance.__class__.__new__(instance.__class__)
    clone.__dict__ = {**instance.__dict__}
    return clone


def _localized_root(site):
    """(id, URL path, depth) of the site root in the active language, as Wagtail's `.localized` picks it."""
    root = site.root_page.localized
    return root.pk, root.url_path, root.depth


def _target(home, components):
    """(id, content type id, depth) of the page whose route() gets the rest of the path."""
    home_id, home_url_path, home_depth = home
    prefixes = [home_url_path + _joined(components[:length]) for length in range(1, len(components) + 1)]
    chain = list(
        Page.objects.filter(Q(pk=home_id) | Q(url_path__in=prefixes))
        .order_by("depth")
        .values_list("pk", "content_type_id", "depth", "live", "url_path")
    )
    # Only the unbroken line of pages from the site root counts (url_path is unique within a tree).
    line = [chain[0]] if chain and chain[0][0] == home_id else []
    for row in chain[1:]:
        if line and row[2] == line[-1][2] + 1 and row[4].startswith(line[-1][4]):
            line.append(row)
    if not line:
        return None
    for page_id, content_type_id, depth, live, _url_path in line[:-1]:
        if live and _claims(content_type_id, components[depth - home_depth :]):
            return page_id, content_type_id, depth
    page_id, content_type_id, depth, _live, _url_path = line[-1]
    return page_id, content_type_id, depth


def _joined(components):
    return "".join(f"{part}/" for part in components)


def _claims(content_type_id, rest):
    """Whether a routable page type has a route of its own for the rest of the path."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + _joined(rest))
    except Http404:
        return False
    return True
