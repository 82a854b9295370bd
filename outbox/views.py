"""The dashboard's "try again" action."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .dashboard import PERMISSION
from .delivery import try_again
from .models import Email


@require_POST
def try_again_view(request, pk):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    email = get_object_or_404(Email, pk=pk)
    with transaction.atomic():
        queued = try_again(email)
    if queued:
        messages.success(request, _("The e-mail is queued to be sent again."))
    else:
        messages.info(request, _("This e-mail is not waiting for another try."))
    return redirect("wagtailadmin_home")
