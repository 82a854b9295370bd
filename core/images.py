"""Image sizes the templates use, and prefetching their renditions with the objects that show them."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

# Each spec here must match the one in the template that renders it, or the prefetch misses.
LISTING_SPEC = "fill-640x360"
LOGO_STRIP_SPEC = "max-240x96"
LOGO_SPEC = "max-480x240"


def with_renditions(queryset, image_field, *specs):
    """Load the image and its renditions of the given sizes for a whole list in two queries."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return queryset.select_related(image_field).prefetch_related(
        Prefetch(f"{image_field}__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )
