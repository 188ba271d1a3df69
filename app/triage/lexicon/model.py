"""The shape of a language's word lists (see the package docstring for the phrase syntax)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Every concept a word list may define. The triage rules give each one its meaning, so a
# language may leave a concept out (it just will not be found in that language) but may not
# invent one.
CONCEPTS: frozenset[str] = frozenset(
    {
        # time
        "now",
        "now_weak",
        "now_implied",
        "recent",
        "past",
        # who
        "agency_ice",
        "agency_cbp",
        "agency_other_federal",
        "agency_cpd",
        "agency_other_police",
        "agents_present",
        # what they did
        "detention",
        "raid",
        "id_check",
        "status_question",
        "at_door",
        "roadblock",
        "questioning",
        "surveillance",
        "force",
        "injury",
        "medical_now",
        "weapon",
        "weapon_pointed",
        "weapon_fired",
        "property_damage",
        "retaliation",
        "immigration_threat",
        "no_warrant",
        # who was there
        "minor",
        "child_alone",
        # how the agents looked
        "masks",
        "no_id",
        "badge",
        "agent_name",
        "plate",
        "plate_hidden",
        # where
        "sensitive_location",
        # local police and federal enforcement
        "police_assist",
        "police_block",
        "police_share",
        "police_watch",
        # evidence and the rest
        "media",
        "question",
        "spam",
        # set phrases that only look like one of the above ("me pegaron un susto", "hit me up");
        # anything found inside one is ignored
        "idiom",
    }
)


@dataclass(frozen=True)
class TimeWords:
    """Words parse_time needs in one language. Hours are 0-23; durations are minutes."""

    now: tuple[str, ...] = ()
    today: tuple[str, ...] = ()
    earlier_today: tuple[str, ...] = ()
    yesterday: tuple[str, ...] = ()
    day_before_yesterday: tuple[str, ...] = ()
    last_night: tuple[str, ...] = ()
    # Known to be in the past but with no usable date ("last week", "the other day").
    vague_past: tuple[str, ...] = ()
    # A short while ago, taken as half an hour ("a little while ago", "hace un rato").
    while_ago: tuple[str, ...] = ()
    ago_after: tuple[str, ...] = ()  # "two hours ago"
    ago_before: tuple[str, ...] = ()  # "hace dos horas"
    last: tuple[str, ...] = ()  # "last monday", "el lunes pasado"
    # Words that put it in the future ("tomorrow"); checked after removing parts of the day,
    # since Spanish "mañana" is tomorrow but "la mañana" is the morning.
    future: tuple[str, ...] = ()
    numbers: Mapping[str, int] = field(default_factory=dict)
    half: tuple[str, ...] = ()  # "half an hour", "media hora"
    units: Mapping[str, int] = field(default_factory=dict)
    parts_of_day: Mapping[str, int] = field(default_factory=dict)
    am: tuple[str, ...] = ()
    pm: tuple[str, ...] = ()
    clock_lead: tuple[str, ...] = ()  # "at 3", "a las 3": a bare number is an hour only after these
    # Words after the number that make it an hour: "15h30", "3 baje", "下午3点", "3시".
    clock_after: tuple[str, ...] = ()
    weekdays: Mapping[str, int] = field(default_factory=dict)  # Monday is 0
    months: Mapping[str, int] = field(default_factory=dict)
    day_first: bool = False  # 3/4 is the 3rd of April, not March 4th


BOUNDARIES: frozenset[str] = frozenset({"words", "start", "none"})


@dataclass(frozen=True)
class Lexicon:
    """Everything triage reads in one language."""

    locale: str
    concepts: Mapping[str, tuple[str, ...]]
    # Negator -> how many words back it reaches ("sin" only negates the next word).
    negators: Mapping[str, int]
    # Words that end the reach of a negator ("nobody was hurt but they took him").
    clause_breaks: frozenset[str]
    # Words skipped when counting a negator's reach ("without any injuries").
    determiners: frozenset[str]
    # A whole message made only of these, with at least one test word, is a test.
    test_words: frozenset[str]
    test_filler: frozenset[str]
    # Titles that come before an agent's name ("officer", "agente"), and words that follow a
    # title without being a name ("officer was ...").
    titles: frozenset[str]
    not_names: frozenset[str]
    # Whole answers meaning "no" or "I don't know" ("idk", "nadie"), beyond the negators.
    unknown_answers: frozenset[str]
    time: TimeWords
    # How a phrase meets the text around it: "words" (a phrase is whole words), "start" (it
    # starts a word but may be followed by endings, as Korean particles follow a noun:
    # 경찰이, 경찰은), or "none" (words are not separated by spaces, as in Chinese; negators
    # then count characters, not words).
    boundaries: str = "words"
    # Prefixes written joined to any word, tried before each word of a phrase: Arabic
    # و ف ب ل ك and the article ال ("الشرطة", "والشرطة", "بالشرطة" all match "شرطة").
    clitics: tuple[str, ...] = ()
    # Negators that come after what they negate, with how many words they reach back
    # ("다친 사람 없어요", "चोट नहीं लगी"); an entry ending in "*" matches word starts.
    post_negators: Mapping[str, int] = field(default_factory=dict)
    # Everyday short words that tell this language apart from others in the same script.
    common_words: frozenset[str] = frozenset()
