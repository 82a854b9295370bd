"""The admin's image preview (/admin/images/<id>/preview/<filter>/) from stored renditions.

Wagtail's own preview view decodes and resizes the original on every request and keeps nothing: a few
requests for a large image tie up every worker. This one asks for the rendition through get_rendition(),
which stores it (file and database row) the first time, so a repeated preview is a file read. Filter specs
are limited as in Wagtail's URL generator, and sizes to MAX_PREVIEW_SIDE, so a preview cannot ask for an
enlargement either. Same permission as Wagtail's: change permission on the image.
"""

import mimetypes
import re

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.images import get_image_model
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.forms import URLGeneratorForm
from wagtail.images.models import Filter, SourceImageIOError
from wagtail.permissions import policy_registry

# Wide enough for any size the site shows (its largest rendition is 1600 px), far below what would cost much.
MAX_PREVIEW_SIDE = 3000
NUMBER = re.compile(r"\d+")


def is_allowed_spec(filter_spec):
    try:
        operations = Filter(spec=filter_spec).operations
    except InvalidFilterSpecError:
        return False
    allowed_methods = URLGeneratorForm.FilterChoices.values
    if any(operation.method not in allowed_methods for operation in operations):
        return False
    return all(int(number) <= MAX_PREVIEW_SIDE for number in NUMBER.findall(filter_spec))


def preview(request, image_id, filter_spec):
    model = get_image_model()
    image = get_object_or_404(model, id=image_id)
    if not policy_registry.get_by_type(model).user_has_permission_for_instance(request.user, "change", image):
        raise PermissionDenied
    if not is_allowed_spec(filter_spec):
        return HttpResponseBadRequest("Invalid filter spec: " + filter_spec, content_type="text/plain")
    try:
        rendition = image.get_rendition(filter_spec)
    except SourceImageIOError:
        return HttpResponseBadRequest("The original image file is missing.", content_type="text/plain")
    content_type = mimetypes.guess_type(rendition.file.name)[0] or "application/octet-stream"
    return FileResponse(rendition.file.open("rb"), content_type=content_type)


# Wagtail's address and name for the view (wagtailimages:preview); placed before the admin's URLs.
urlpatterns = [
    path("<int:image_id>/preview/<str:filter_spec>/", require_admin_access(preview), name="security_image_preview"),
]
