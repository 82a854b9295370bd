"""Cheaper routing below the site root, where Wagtail documents it: the root page type's own route().

Wagtail's serve view finds the site and the site root in the visitor's language, then calls the root's
route(), which walks the tree one level at a time (two queries a level). SiteRootRoutingMixin overrides
that route() on the site root's page type (home.HomePage): the page that answers an address is found by
its URL path (which Wagtail keeps up to date on every move and slug change) in one query, memoised per
cache generation (core/cache/memo.py), and the page itself is kept pickled, each request unpickling
its own copy. Every change to pages bumps the generation (core/cache/signals.py).

The answer is the one Wagtail's own walk gives: the deepest page whose address starts the request's path,
unless a routable page on the way claims the rest of the path as one of its routes (routes come before
child pages in RoutablePageMixin.route); then that page's own route() for what is left.
"""

import pickle
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from core.cache import memo


class SiteRootRoutingMixin:
    """For the page type at the root of a site: route() finds the target page without the tree walk."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        components = tuple(path_components)
        target = memo.memoised(
            ("route", self.pk, components), partial(find_target, self.pk, self.url_path, self.depth, components)
        )
        if target is None or target[0] == self.pk:
            return super().route(request, path_components)
        page_id, content_type_id, depth = target
        page = load_page(page_id, content_type_id)
        if page is None:
            return super().route(request, path_components)
        # Page.route raises Http404 for a page that is not live, as Wagtail's own walk would.
        return page.route(request, list(components[depth - self.depth :]))


def load_page(page_id, content_type_id):
    """The specific page, a fresh copy for this request (nothing one request sets reaches another)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:  # the page type's code is gone
        return None
    stored = memo.memoised(("page", page_id), partial(_stored_page, model, page_id))
    return None if stored is None else pickle.loads(stored)  # noqa: S301 - bytes this process pickled itself


def _stored_page(model, page_id):
    """The page (with the images its type asks for) as bytes: unpickling costs a fraction of the query."""
    page = model.objects.select_related(*getattr(model, "serve_select_related", ())).filter(pk=page_id).first()
    return None if page is None else pickle.dumps(page)


def find_target(root_id, root_url_path, root_depth, components):
    """(id, content type id, depth) of the page whose route() gets the rest of the path, or None."""
    prefixes = [root_url_path + _joined(components[:length]) for length in range(1, len(components) + 1)]
    chain = list(
        Page.objects.filter(Q(pk=root_id) | Q(url_path__in=prefixes))
        .order_by("depth")
        .values_list("pk", "content_type_id", "depth", "live", "url_path")
    )
    # Only the unbroken line of pages from the site root counts (url_path is unique within a tree).
    line = [chain[0]] if chain and chain[0][0] == root_id else []
    for row in chain[1:]:
        if line and row[2] == line[-1][2] + 1 and row[4].startswith(line[-1][4]):
            line.append(row)
    if not line:
        return None
    for page_id, content_type_id, depth, live, _url_path in line[:-1]:
        if live and _claims(content_type_id, components[depth - root_depth :]):
            return page_id, content_type_id, depth
    page_id, content_type_id, depth, _live, _url_path = line[-1]
    return page_id, content_type_id, depth


def _joined(components):
    return "".join(f"{part}/" for part in components)


def _claims(content_type_id, rest):
    """Whether a routable page type has a route of its own for the rest of the path."""
    from django.http import Http404

    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + _joined(rest))
    except Http404:
        return False
    return True
