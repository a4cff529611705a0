"""English (en) lexicon: page furniture, bylines, attribution phrases, months."""

from __future__ import annotations

CAPTION_PREFIXES: tuple[str, ...] = (
    "Photo", "Photos", "Image", "Illustration", "Picture", "Photo credit", "Image credit",
    "Credit", "Caption", "Video", "File photo",
)
CAPTION_POSITIONS: tuple[str, ...] = ("left", "right", "centre", "center", "L-R", "from left",
                                      "from right", "second left", "second right",
                                      "second from left", "second from right")
CAPTION_PHRASES: tuple[str, ...] = ("Photo credit", "Image credit", "File photo")
BYLINE_PREFIXES: tuple[str, ...] = ("Author", "Authors", "Writer", "Writers", "Written by")
BYLINE_BY: tuple[str, ...] = ("By", "by", "BY", "Published by", "Written by", "Reported by",
                              "Reporting by", "Words by")
ROLE_WORDS: tuple[str, ...] = (
    "Editor", "Reporter", "Correspondent", "Staff Writer", "Staff writer", "Contributor",
    "Senior Editor", "News Editor",
)
DATE_LABELS: tuple[str, ...] = ("Published", "Updated", "Last updated", "Posted", "First published",
                                "Published on", "Updated on", "Posted on")
BOILERPLATE: tuple[str, ...] = (
    r"\d+\s*(?:min|mins|minutes?)\.?\s*(?:read|reading)",
    r"(?:read|see) (?:also|more)(?::.{0,200})?",
    r"skip to (?:main )?content",
    r"advertisement|sponsored|live broadcast|live updates|listen to this article",
    r"select important",
    r"share(?: this(?: article| story)?)?(?: on \w+)?",
    r"(?:subscribe|sign up|follow us)\b.{0,80}",
    r"updated \d+ (?:minutes?|hours?|days?) ago",
    r"your browser does(?:n['’]t| not) support .{0,40}",
    r"home\s*[>»/|].{0,200}",
    r"video",
)

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "reported", "reports", "according to", "told", "quoted by", "cited by", "reported by",
    "as reported by", "in an interview with", "interview with", "said in a statement to",
    "confirmed to", "wrote",
)
ATTRIBUTION_CITING: tuple[str, ...] = ("citing", "quoting", "citing reports by")
ATTRIBUTION_AFTER: tuple[str, ...] = (
    "reported", "reports", "reporting", "said", "says", "wrote", "writes", "revealed",
    "first reported",
)
AS_WORDS: tuple[str, ...] = ("as",)
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "newspaper", "agency", "broadcaster", "outlet", "channel", "network", "magazine", "daily",
    "tabloid", "wire", "portal", "broadcast",
)
MEDIA_CONTEXT: tuple[str, ...] = ("interview", "news", "correspondent")
AUTHOR_JOINERS: tuple[str, ...] = ("and", "&")
ARTICLES: tuple[str, ...] = ("the", "a", "an")
TIME_WORDS: tuple[str, ...] = ("at", "utc", "gmt", "et", "am", "pm")

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
