"""The content blocks editors build pages from, gathered in one StreamBlock."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    size = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A heading that starts a section of the text")
        preview_value = {"text": "Wolontariat w Policji", "size": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    # Screen-reader users depend on it, and only the editor knows what the image shows; empty marks a
    # decorative image (alt=""), which is better than a file name read out (e.g. imported images).
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Leave empty only if the image is decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with alternative text and an optional caption")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation with the name of who said it")
        preview_value = {"text": "Wolontariusze są częścią naszej społeczności.", "attribution": "Koordynator"}


class CodeTextBlock(blocks.FieldBlock):
    """Program text: kept exactly as typed, leading spaces of the first line included (a TextBlock strips them)."""

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=required,
            help_text=help_text,
            strip=False,
            widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false", "class": "code-block-input"}),
        )
        super().__init__(**kwargs)


class CodeBlock(blocks.StructBlock):
    language = blocks.CharBlock(
        label=_("Programming language"),
        required=False,
        max_length=40,
        help_text=_("For example python, php or bash; leave empty for plain text."),
    )
    code = CodeTextBlock(label=_("Code"))

    class Meta:
        icon = "code"
        label = _("Code")
        template = "blocks/code_block.html"
        description = _("Program code or other text shown in a fixed-width font, with its spaces and line breaks")
        preview_value = {"language": "python", "code": 'def greet(name):\n    return f"Hello, {name}!"'}


class SourceLinkBlock(blocks.StructBlock):
    """A link to where a story came from: a page of ours, a document or another site."""

    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        chosen = [name for name in ("page", "document", "url") if value.get(name)]
        if len(chosen) != 1:
            message = _("Choose exactly one of a page, a document or an external address.")
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value

    class Meta:
        icon = "link"
        template = "blocks/source_link_block.html"
        description = _("A link to the source of the story: a page, a document or another site")
        preview_value = {"title": "Relacja na stronie policji", "url": "https://policja.pl/"}


class BaseStreamBlock(blocks.StreamBlock):
    """Every page body uses this one StreamBlock, so editors meet the same blocks everywhere."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Text with simple formatting and links"),
        preview_value="<p>Wolontariusze wspierają działania profilaktyczne policji.</p>",
    )
    # Labelled here: a block's label is otherwise made from its name, in English, in every admin language.
    heading = HeadingBlock(label=_("Heading"))
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        template="blocks/embed_block.html",
        description=_("A video or post from another site, by its address"),
        help_text=_("For example a YouTube or Vimeo address."),
    )
    source = SourceLinkBlock(label=_("Source link"))
    code = CodeBlock()
