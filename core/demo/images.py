"""Demo images drawn with Pillow: partner logos (initials on a coloured shape) and listing pictures.

Nothing is downloaded. Each image is stored once as a Wagtail image and found again by its title, or by
its content when the title changed, so running load_demo again writes no new file; when a picture changes, the
image gets the new file and the old one is deleted. Files written during a run that is then rolled back are
deleted (discard_new_files), so a failed run leaves nothing on disk either.
"""

import io
import math

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

WIDE = (1200, 675)
LOGO = (480, 240)


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType: the small bitmap font still draws ASCII initials.
        return ImageFont.load_default()


def _mix(first, second, share):
    return tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(size, top, bottom):
    picture = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    width, height = size
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(top, bottom, y / max(height - 1, 1)))
    return picture


def logo(initials, colour, shape="circle"):
    """A white card with a coloured circle, shield or square carrying the initials."""
    picture = PILImage.new("RGB", LOGO, "white")
    draw = ImageDraw.Draw(picture)
    fill = _hex(colour)
    box = (24, 24, 216, 216)
    if shape == "shield":
        draw.polygon([(24, 24), (216, 24), (216, 120), (120, 216), (24, 120)], fill=fill)
    elif shape == "square":
        draw.rounded_rectangle(box, radius=36, fill=fill)
    else:
        draw.ellipse(box, fill=fill)
    font = _font(72 if len(initials) <= 3 else 54)
    draw.text((120, 112), initials, font=font, fill="white", anchor="mm")
    for row in range(3):
        y = 84 + row * 36
        draw.rounded_rectangle((248, y, 456 - row * 48, y + 16), radius=8, fill=_mix(fill, (255, 255, 255), 0.35))
    return picture


def _waves(draw, width, height, colour):
    for row in range(3):
        base = height * 0.55 + row * 60
        points = [(x, base + 18 * math.sin(x / 55 + row)) for x in range(0, width + 1, 10)]
        draw.line(points, fill=colour, width=10, joint="curve")


def _shield(draw, width, height, colour):
    cx, cy = width / 2, height / 2
    draw.polygon(
        [(cx - 120, cy - 150), (cx + 120, cy - 150), (cx + 120, cy), (cx, cy + 160), (cx - 120, cy)],
        outline=colour,
        width=14,
    )
    draw.line([(cx - 55, cy - 10), (cx - 10, cy + 40), (cx + 65, cy - 60)], fill=colour, width=16)


def _people(draw, width, height, colour):
    for offset, scale in ((-110, 1.0), (110, 0.85)):
        cx, cy = width / 2 + offset, height / 2
        r = 48 * scale
        draw.ellipse((cx - r, cy - 120 * scale - r, cx + r, cy - 120 * scale + r), outline=colour, width=12)
        draw.arc(
            (cx - 100 * scale, cy - 40 * scale, cx + 100 * scale, cy + 160 * scale), 180, 360, fill=colour, width=12
        )


def _house(draw, width, height, colour):
    cx, cy = width / 2, height / 2 + 20
    draw.line([(cx - 170, cy - 20), (cx, cy - 160), (cx + 170, cy - 20)], fill=colour, width=14, joint="curve")
    draw.rectangle((cx - 130, cy - 40, cx + 130, cy + 140), outline=colour, width=14)
    draw.text((cx, cy + 50), "CO", font=_font(110), fill=colour, anchor="mm")


def _star(draw, width, height, colour):
    cx, cy, outer, inner = width / 2, height / 2, 170, 70
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    draw.polygon(points, outline=colour, width=12)


def _speech(draw, width, height, colour):
    cx, cy = width / 2, height / 2
    draw.rounded_rectangle((cx - 260, cy - 150, cx + 40, cy + 10), radius=40, outline=colour, width=12)
    draw.polygon([(cx - 200, cy + 10), (cx - 170, cy + 70), (cx - 140, cy + 10)], fill=colour)
    draw.rounded_rectangle((cx - 40, cy - 40, cx + 260, cy + 120), radius=40, outline=colour, width=12)
    draw.polygon([(cx + 140, cy + 120), (cx + 170, cy + 180), (cx + 200, cy + 120)], fill=colour)


PICTOGRAMS = {
    "waves": _waves,
    "shield": _shield,
    "people": _people,
    "house": _house,
    "star": _star,
    "speech": _speech,
}


def picture(pictogram, top, bottom):
    """A wide picture: a two-colour gradient with a white line pictogram in the middle."""
    canvas = _gradient(WIDE, _hex(top), _hex(bottom))
    PICTOGRAMS[pictogram](ImageDraw.Draw(canvas), WIDE[0], WIDE[1], (255, 255, 255))
    return canvas


# (storage, name) of every file written by this process's load_demo run, for discard_new_files().
NEW_FILES = []
# (storage, name) of the files of images whose pictures changed in this run, for discard_replaced_files().
REPLACED_FILES = []


def png(draw):
    data = io.BytesIO()
    draw().save(data, format="PNG", optimize=True)
    return data.getvalue()


def stored_image(title, draw):
    """(image, created): the Wagtail image with this title, holding the pixels `draw()` makes.

    An image whose pixels are unchanged is reused as it is; one whose pixels changed gets the new file (its
    renditions are deleted, and its old file once the run commits: discard_replaced_files). An image with these
    very pixels under another title is renamed. So running load_demo again leaves no orphaned file.
    """
    Image = get_image_model()
    data = png(draw)
    file_hash = hash_filelike(io.BytesIO(data))
    existing = Image.objects.filter(title=title).order_by("pk").first()
    if existing is not None and existing.file_hash == file_hash:
        return existing, False
    if existing is None:
        same_pixels = Image.objects.filter(file_hash=file_hash).order_by("pk").first()
        if same_pixels is not None:
            same_pixels.title = title
            same_pixels.save(update_fields=["title"])
            return same_pixels, False
        image = Image(title=title)
    else:
        image = existing
        # Wagtail deletes each rendition's file once the transaction commits.
        image.renditions.all().delete()
        REPLACED_FILES.append((image.file.storage, image.file.name))
    image.file = ImageFile(io.BytesIO(data), name=f"demo-{slugify(title)}.png")
    # What Wagtail's upload form records (size, and the hash it detects duplicates by).
    image.file_size, image.file_hash = len(data), file_hash
    image.save()
    NEW_FILES.append((image.file.storage, image.file.name))
    return image, existing is None


def discard_new_files():
    """Deletes the files this run wrote: called when the run's transaction is rolled back."""
    REPLACED_FILES.clear()
    while NEW_FILES:
        storage, name = NEW_FILES.pop()
        storage.delete(name)


def discard_replaced_files():
    """Deletes the files of images that got new pictures: called once the run's transaction commits."""
    while REPLACED_FILES:
        storage, name = REPLACED_FILES.pop()
        storage.delete(name)
