"""The site's URLs plus POST /bench/sign-up/ — only in bench/signup_settings.py, for bench/signup_rush.py.

The volunteer's own page (the portal) will give volunteers a real sign-up address; until then this stands in
for it: the same engine (opportunities.signups.sign_up) behind one plain request per person.
"""

from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from opportunities.models import Shift
from opportunities.signups import SignupRefused, sign_up
from registry.models import Volunteer
from website.urls import urlpatterns as site_urlpatterns


@csrf_exempt
@require_POST
def bench_sign_up(request):
    volunteer = Volunteer(pk=int(request.POST["volunteer"]))
    shift = Shift(pk=int(request.POST["shift"]))
    try:
        signup = sign_up(volunteer, shift)
    except SignupRefused as error:
        return JsonResponse({"state": "refused", "code": error.code}, status=409)
    return JsonResponse({"state": signup.state})


urlpatterns = [path("bench/sign-up/", bench_sign_up), *site_urlpatterns]
