"""The admin's editors: wagtail-localize's translation editor in the admin's language (static/js/localize-editor.js)."""

from django.utils.html import format_html, json_script
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static


def translation_comment_templates():
    """wagtail-localize's comments under a translated segment, in the admin's language (its msgids).

    The server puts an English date into them ({date}, strftime's month names); the script finds a
    comment by these sentences and writes the date in the admin's language.
    """
    return [
        gettext("Translated with {tool_name} on {date}"),
        gettext("Translated manually on {date}"),
        gettext("Machine translated on {date}"),
    ]


@hooks.register("insert_editor_js")
def localize_editor_js():
    return format_html(
        '{}<script src="{}"></script>',
        json_script(translation_comment_templates(), "localize-editor-comments"),
        versioned_static("js/localize-editor.js"),
    )
