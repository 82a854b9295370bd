"""Serving the join form on its JoinPage: GET shows it, POST checks it, success redirects to thank-you."""

import logging

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.cache import memo
from core.client_ip import get_client_ip

from . import ratelimit, spam
from .applications import record_application
from .forms import ADULT_AGE, JoinForm, minors_admitted

logger = logging.getLogger("registry.join")

# The consent fingerprint (JoinPage.consent_fingerprint) of the texts shown with the form.
CONSENT_SHOWN_FIELD = "consent_shown"
CONSENT_CHANGED_MESSAGE = _(
    "The information about personal data or the consent text has changed since you opened this form. "
    "Please read it again below and send the form again."
)
TOO_MANY_MESSAGE = _(
    "We have received many applications from your connection in a short time. Your answers are kept below: "
    "please wait a while and send the form again."
)
EXPIRED_MESSAGE = _("This form was open for a long time. Please check your answers and send it again.")


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def _private(response):
    # Every answer here is personal (a CSRF token, typed data): no shared or browser cache may keep it.
    patch_cache_control(response, private=True, no_store=True)
    return response


def _thank_you_redirect(page, request):
    return HttpResponseSeeOther(page.get_url(request) + page.reverse_subpage("thank_you"))


def _active_locale(request):
    """The visitor's Locale (its areas are offered), memoised until the content changes (a Locale's save does)."""

    def find():
        locale = Locale.get_active()
        return locale.pk, locale.language_code

    pk, language_code = memo.memoised(("join-locale", translation.get_language()), find)
    return Locale(pk=pk, language_code=language_code)


def _render_form(page, request, form, token, status=200, posted=True):
    """The form page; `posted` says the form holds answers (and maybe errors), which are never cached."""
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "posted": posted,
            "honeypot_field": spam.HONEYPOT_FIELD,
            "token_field": spam.TOKEN_FIELD,
            "token": token,
            "consent_shown_field": CONSENT_SHOWN_FIELD,
            # From the settings, not the form: the empty form's fields come from a cached fragment, unbuilt.
            "asks_for_guardian": minors_admitted(),
            "adult_age": ADULT_AGE,
        }
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _too_many_requests(page, request, form):
    """Refused for now: the form comes back with every answer kept and says when it can be sent again."""
    window = ratelimit.parse_rate(settings.REGISTRY_JOIN_RATE)[1]
    form.add_error(None, TOO_MANY_MESSAGE)
    response = _render_form(page, request, form, request.POST.get(spam.TOKEN_FIELD, ""), status=429)
    response["Retry-After"] = str(ratelimit.seconds_left(window))
    return response


def _handle_post(page, request):
    """Only what is let through counts towards the address's limit: accepted applications and bot-like posts.

    A post refused for its errors or for the limit itself counts nothing and comes back with its answers.
    """
    limit, window = ratelimit.parse_rate(settings.REGISTRY_JOIN_RATE)
    client = get_client_ip(request)
    verdict = spam.check(request.POST)
    if verdict is spam.Verdict.BOT:
        logger.info("join form: likely bot submission dropped")
        ratelimit.allow("join", client, limit, window)
        return _thank_you_redirect(page, request)

    form = JoinForm(request.POST, locale=_active_locale(request))
    consent = page.consent_fingerprint()
    if verdict is spam.Verdict.EXPIRED:
        form.is_valid()
        form.add_error(None, EXPIRED_MESSAGE)
        return _render_form(page, request, form, spam.new_token())
    if not form.is_valid():
        # Keep the original start time so that quickly fixing a typo is not mistaken for a bot.
        posted = request.POST.get(spam.TOKEN_FIELD, "")
        return _render_form(page, request, form, posted if spam.token_is_valid(posted) else spam.new_token())
    if request.POST.get(CONSENT_SHOWN_FIELD, consent) != consent:
        # The information clause or consent text changed while the form was open: what was agreed to is not
        # what the application would record, so the person reads the new text and sends the form again.
        form.add_error(None, CONSENT_CHANGED_MESSAGE)
        return _render_form(page, request, form, request.POST.get(spam.TOKEN_FIELD, ""))
    if not ratelimit.reserve("join", client, limit, window):
        logger.info("join form rate limit reached")
        return _too_many_requests(page, request, form)

    record_application(form, page, page.locale.language_code)
    return _thank_you_redirect(page, request)


def join_form(page, request):
    # What sensitive_post_parameters does: error reports never carry an applicant's answers.
    request.sensitive_post_parameters = "__ALL__"
    if request.method == "POST":
        response = _handle_post(page, request)
    elif request.method in ("GET", "HEAD"):
        # Lazy: the empty form's fields usually come from a cached fragment (join_page.html), unbuilt.
        form = SimpleLazyObject(lambda: JoinForm(locale=_active_locale(request)))
        response = _render_form(page, request, form, spam.new_token(), posted=False)
    else:
        response = HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    return _private(response)


def thank_you(page, request):
    if request.method not in ("GET", "HEAD"):
        return _private(HttpResponseNotAllowed(["GET", "HEAD"]))
    context = page.get_context(request)
    # The page cannot tell an applicant's age (no session, nothing in the address): it says it to everyone.
    context["asks_for_guardian"] = minors_admitted()
    return _private(TemplateResponse(request, "registry/join_thank_you.html", context))
