"""Reading back a PDF in tests: its text, its fonts, whether it is tagged."""

import io

from pypdf import PdfReader


def read(data):
    return PdfReader(io.BytesIO(data))


def text(data):
    return "\n".join(page.extract_text() for page in read(data).pages)


def fonts(data):
    """(base font name, whether the font program is embedded) for every font the pages use."""
    found = set()
    for page in read(data).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.add((str(font["/BaseFont"]), embedded))
    return found
