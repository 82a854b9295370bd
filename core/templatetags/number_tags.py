"""Numbers on public pages written one way: grouped thousands, decimals only when they carry something.

Polish: 1 966 and 1 969,5 (a non-breaking space groups thousands); English: 1,966 and 1,969.5.
"""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format

register = template.Library()

MAX_DECIMALS = 2


@register.filter
def number(value):
    """A count or an amount in the active language's format, without trailing zeros (167,5 not 167,50)."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return value
    amount = amount.quantize(Decimal(1).scaleb(-MAX_DECIMALS)).normalize()
    decimals = max(0, -amount.as_tuple().exponent)
    return number_format(amount, decimal_pos=decimals, use_l10n=True, force_grouping=True)


@register.filter
def plural_counter(value):
    """The count that picks the right plural form for an amount: a whole number as it is, a fraction as 2.

    Polish puts a fraction in the form of 2–4 ("2,5 godziny", "139,5 godziny"), English in the plural
    ("1.5 hours"); gettext's plural rules only know whole numbers.
    """
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return value
    return int(amount) if amount == amount.to_integral_value() else 2
