"""The readers of named winners that :func:`.brands_honours.extract_brand_honours` runs
beside its own reading of each sentence, as a table: each with whether it reads only around a
brand title the text names (then a report that names none does not run it)."""

from __future__ import annotations

from .brands_honours_accepted import (
    extract_accepted_honours,
    extract_accepted_lists,
    extract_passed_zones,
    extract_undertakers_accepted,
)
from .brands_honours_after import extract_after_honours
from .brands_honours_among import extract_among_honours
from .brands_honours_authors import extract_author_honours
from .brands_honours_back import extract_back_honours
from .brands_honours_captions import extract_caption_honours
from .brands_honours_given import extract_given_honours
from .brands_honours_grouped import extract_grouped_honours
from .brands_honours_holders import extract_holder_honours, extract_stock_honours
from .brands_honours_published import extract_published_list_honours
from .brands_honours_seats import extract_seat_honours
from .brands_honours_undertaken import extract_undertaken_honours
from .brands_honours_users import extract_mark_user_honours
from .brands_won import Rule

# In order (True: the rule reads only around a brand title the text names).
RULES: tuple[tuple[Rule, bool], ...] = (
    (extract_given_honours, True),
    (extract_after_honours, True),
    (extract_holder_honours, True),
    (extract_undertaken_honours, True),
    (extract_accepted_honours, True),
    (extract_passed_zones, True),
    (extract_accepted_lists, True),
    (extract_undertakers_accepted, True),
    (extract_caption_honours, True),
    (extract_among_honours, True),
    (extract_author_honours, True),
    (extract_published_list_honours, False),  # (a published list's own title)
    (extract_back_honours, True),
    (extract_seat_honours, False),  # (an industry seat's title)
    (extract_stock_honours, True),
    (extract_grouped_honours, True),
    (extract_mark_user_honours, False),  # (a geographical indication's mark)
)
