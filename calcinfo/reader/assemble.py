"""Stage 6: findings assembled from what survives context, and the category policy.

- A finding hangs on its noun ("calcifications", "mass"): the words just before the noun
  describe it ("grouped amorphous calcifications"), the words after it say where, how big and
  what changed ("... at 2 o'clock, 6 mm, not present in 2025"). Other nouns ("scar markers",
  "cells") take their own words, so those never describe calcifications.
- A sentence with no noun of its own adds to the finding just before it only when it points back
  ("These were not present in 2025.") or is a few words of description ("Suspicious.").
- Mentions of the same group in FINDINGS and IMPRESSION are joined; mentions that differ in
  shape, spread, change, words or side stay separate findings.
- Category policy: only categories for her current exam count (not history, comparison, legends,
  hypotheticals, questions, negated ones); those in the impression, assessment or addendum win
  over the body; a screening 0 followed by a final category is replaced by it; with one
  category per breast the overall one is the more serious. Two current categories that disagree
  are not settled here: both are kept and `category` is marked unsure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from calcinfo.findings import (
    Assessment,
    BiopsyResult,
    CalcificationWord,
    Category,
    Change,
    Density,
    Evidence,
    Exam,
    Finding,
    FindingKind,
    Findings,
    History,
    Modality,
    Pattern,
    Purpose,
    Recommendation,
    Shape,
    Side,
    Symptom,
    Vocabulary,
    unique,
)
from calcinfo.reader.context import Cue, contexts, find_cues
from calcinfo.reader.rules import Needing, holds_all, rules
from calcinfo.reader.sections import (
    CATEGORY_SECTIONS_FIRST,
    LEGEND_REACH,
    NO_FINDINGS,
    NOT_HER_EXAM,
    find_sections,
)
from calcinfo.reader.sentences import TITLE_LINES, Index, Sentence, side_word, split
from calcinfo.reader.targets import Target, find_targets
from calcinfo.reader.text import BULLET_MARKS, BULLETS, Text, normalize

NOT_HERS = frozenset({"negated", "hypothetical", "historical", "uncertain", "other"})
DESCRIBES = frozenset({"shape", "pattern", "word"})  # stand before their noun
PLACES = frozenset({"change", "location", "size"})  # usually stand after it
NOUNS = frozenset({"anchor", "sink"})
INDENT_REACH = 200  # how far back a list item's line start is looked for (characters)
FELT_REACH = 90  # how far before a mass the words that say it was felt may start
DETAILS = DESCRIBES | PLACES | {"side"}  # what a finding's words tell of it
_DESCRIBED: dict[str, tuple[str, str, type[Vocabulary] | None]] = {
    # target field -> (the finding's attribute, the evidence name, its vocabulary or None: words)
    "shape": ("shapes", "shape", Shape),
    "pattern": ("patterns", "pattern", Pattern),
    "word": ("words", "calcification_word", CalcificationWord),
    "change": ("change", "change", Change),
    "location": ("locations", "location", None),
    "size": ("sizes", "size", None),
}
JOIN_REACH = 20
"""A mention is joined to one of the last this many findings: no report describes more groups,
and a bounded search keeps reading linear."""
BARE_REACH = 6
"""A bare "calcifications" refers back to a group named at most this many sentences before."""
CLAUSE_REACH = 300
"""A clause is looked for at most this many characters each way: a sentence of thousands of
words with no comma still reads in linear time."""
DETAIL_CAP = 20
"""A finding keeps at most this many different words of one kind (shapes, sizes, places): no
report gives one group more, and a bounded list keeps reading linear."""
SIDE_REACH = 4
"""A side is given to the nearest finding at most this many nouns away each way."""
ONLY_SIDE_REACH = 300
"""How far in its sentence the one side it names is taken for a category at its end."""
SEMICOLON_REACH = 3
"""How many sentences a semicolon ended before a category are looked at for its one side."""
DEFINED_CATEGORIES = 3
"""A page that names no one and gives this many different categories, none beside a side, is a
page that defines them (a guide, a quiz, a form with every category to choose from): none is
shown, and she is not asked to choose one. With two, it may be her own short note of two exams
("Mammogram: BI-RADS 0. Ultrasound: BI-RADS 3."): she is asked which is final."""
TAUGHT_CATEGORIES = 2
"""Outside any impression, one category left where this many others were set aside as
teaching may be teaching too: she is asked which is hers."""
TAUGHT_MENTIONS = 3
"""The same, where this many mentions of any category were set aside and the text never
speaks of a person."""
TAUGHT_REACH = 160
CLASS_LINE_REACH = 100
HEADLINE_REACH = 200
"""How near the text's start an exam's headline stands under a letterhead or patient line."""
CLASS_WORDS_REACH = 60
"""How far before a category the words that make it a class are looked for."""
"""How long a line that opens with a class of findings before its category may be."""
"""How far back a statement that teaches a category in brackets is read."""
REPORT_PARTS = frozenset({"findings", "impression", "recommendation", "addendum"})
"""A report's own parts: a general-sounding line there is still about her exam."""
_ADDENDUM_GOES_ON = frozenset({"impression", "recommendation"})  # parts an addendum may hold
_CHANGE_ALLOWS = frozenset({"historical"})  # change words speak of earlier exams by nature
_STILL_THERE = frozenset({"stable", "increasing", "decreasing"})
STILL_THERE_REACH = 80  # characters after the finding's noun: its own clause's change
_LIST_JOINS = re.compile(r"(?:,? (?:and |or )?|, |\|)+ ?")
"""What joins the words of one list of shapes or patterns: commas, "and", "or"."""
# A side's own place phrase closed, and "and" before the next noun phrase: the side is of what
# came before ("a large fibroadenoma in the right breast and vascular calcification in the left").
_CLOSED_SIDE_AND = re.compile(r" breast,? and (?:[\w-]+ ){0,3}")
# A side's label colon, with or without its breast: "L:", "Left breast:", "R. bst.:"
_SIDE_LABEL_COLON = re.compile(r"\.?(?: breasts?| bst\.?)? ?:")
_BREAKS_PHRASE = re.compile(
    r"[,.;:()]|\b(?:is|are|was|were|in|at|on|with|within|and|but|which|measuring|spanning|"
    r"seen|noted|identified|present|involving|near|along|to|from)\b"
)
# A side in a place phrase after a finding is that finding's ("asymmetric density in the upper
# outer posterior left breast and a nodule ...", "a mass at 2:00 of the right breast with ..."),
# however near the next finding stands. The gap holds a place preposition and place words only.
_PLACE_PHRASE = re.compile(
    r"(?: (?:is|are|was|were))?(?: (?:seen|noted|identified|present|located|situated))?"
    r" (?:in|of|within|at|involving|throughout)(?: (?!and\b|or\b|with\b)[\w:'-]+){0,8} $"
)
_SIDE_OF_A_PLACE = re.compile(r" ?(?:breast|bst|side)\b")
# A breast named to compare with is not where a finding is: "a developing asymmetry when
# compared to the left breast", "similar to the appearance of the left breast in 2019".
_COMPARED_WITH = re.compile(
    r"\b(?:compared (?:to|with)|comparison (?:to|with)|similar to|relative to|than|as in|"
    r"like|versus|vs\.?|contralateral)\b[^,;:]*$"
)
_QUALIFIER = re.compile(
    r"\b(?:suspicious|new|newly|malignant|worrisome|concerning|additional|residual|aggressive|"
    r"significant|dominant|abnormal|pleomorphic|linear|interval|other|definite|discrete|"
    r"suspicious-appearing|malignant-appearing|associated|clustered|grouped|amorphous)\b"
)
_SCALE_BEFORE = r"(?:bi-rads ?|category ?)?"
"""The scale's name before each value of a list ("BI-RADS 4", "Category 4"; "ACR BI-RADS
category 4", "BIRADS-4" and "BI-RADS: 4" are "bi-rads 4" by now: rules/abbreviations.toml)."""
_DEFINES_A_CATEGORY = re.compile(
    r"\s*(?:an? |the )?(?:bi-rads|category) (?:4 ?[abc]|[0-6]) ?(?:(?:result|finding|assessment|"
    r"category|rating|score|classification)s? )?(?:means|indicates|represents|is given when|"
    r"is used when|is (?:reserved )?for)\b"
)
"""A sentence that opens by saying what a category means ("A BI-RADS 3 result means a finding is
probably benign, and a follow-up in 6 months is usually advised", "A BI-RADS 6 classification
represents a known, biopsy-proven cancer"): what it advises, and the biopsy it names, are any
woman's with that category, even below an impression."""
_RANGE_AFTER = re.compile(  # "4C or 5", "0, 4, or 5", "3-4", "3 and 4A": a choice or a list
    # (at most six values before the last: a list of categories is short, and a bounded run
    # keeps reading linear where a text repeats "BI-RADS 2, " without end)
    rf"(?:(?:, ?{_SCALE_BEFORE}(?:4 ?[abc]|[0-6])){{0,6}},? ?"
    rf"(?:or|/|to|-|versus|vs\.?|and) ?{_SCALE_BEFORE}(?:4 ?[abc]|[0-6])(?!\w|\.\d)"
    # or in Roman numerals, joined by a dash, a slash, "to" or "or" ("III-IV", "IV or V"; not
    # "and I ...", a pronoun)
    r"|(?:, ?(?:4 ?[abc]|[0-6]|iv ?[abc]|vi|iv|v|iii|ii|i)){0,6},? ?(?:or|/|to|-|versus|vs\.?)"
    r" ?(?:bi-?rads ?)?(?:iv ?[abc]|vi|iv|v|iii|ii)(?!\w|\.\d))"
    # not a time, a size or a count: "BI-RADS 3 - 6 month follow-up", "BI-RADS 2 and 1 year
    # follow-up", "BI-RADS 1 and 2 views were obtained"
    r"(?![ -]?(?:months?|mos?|weeks?|wks?|years?|yrs?|days?|mm|cm|views?|images?|times?)\b)"
)
_ROW_MORE = re.compile(  # "BI-RADS 1 4B": the row of a table with a column for each breast
    r"(?:[ \t]*\|?[ \t]*(?:4 ?[abc]|[0-6])(?![\w/]|\.\d)){1,6}"
    r"(?![ -]?(?:months?|mos?|weeks?|wks?|years?|yrs?|days?|mm|cm|views?|images?|times?)\b)"
)
_ROW_END = re.compile(r"[ \t|]*(?:\n|$)")
_ROW_VALUE = re.compile(r"4 ?[abc]|[0-6]")
_BETWEEN_COLUMNS = re.compile(r"[ \t|]*")
_COLUMNS_REACH = 80  # characters: how far before a row its columns' heading is looked for
_COLUMN_SIDE = r"(right|left|rt|lt)\.?(?: breast)?"
_SIDES_LINE = re.compile(
    rf"[ \t|]*(?:[a-z-]+[ \t]*[|:]?[ \t]*)?{_COLUMN_SIDE}[ \t|]+{_COLUMN_SIDE}[ \t|]*"
)
_SIDES_BEFORE = re.compile(rf"(?<![\w-]){_COLUMN_SIDE}[ \t|]+{_COLUMN_SIDE}[ \t|]*$")
_TABLE_HEAD_WORD = re.compile(r"bi-?rads|birads")
_TABLE_HEAD = re.compile(  # "Side BI-RADS Density", "Breast | BI-RADS category", "BI-RADS"
    r"[ |]*(?:(?:side|breast|breasts|laterality)[ |:]+)?(?:acr )?(?:bi-?rads|birads)"
    r"(?:[ -](?:category|assessment|score|final assessment))?(?: by (?:breast|side))?"
    r"[ |:]*(?:[a-z][a-z |]*)?"
)
_TABLE_ROW = re.compile(  # "Right 1 B", "Left | 4B", "R: 1": a breast, then its category
    r"[ |]*(right|left|rt|lt|r|l)\.?(?: breast)?[ |:-]+(4 ?[abc]|[0-6])(?![\w/]|\.\d)[^\n]*"
)
_LIST_NUMBER_AFTER = re.compile(r"[.)] ?[a-z0-9]")  # "IMPRESSION: 1. Suspicious", "1. 1.5 cm mass"
_NAME_FITS = {
    "0": "incomplete|need", "1": "negative", "2": "benign", "3": "probably benign",
    "4": "suspicious|low|moderate|high", "5": "highly suggestive", "6": "known|biopsy",
}  # fmt: skip
_LABEL_BEFORE = re.compile(
    r"(?:assessment|impression|conclusion|bi-?rads|category|overall|final|"
    r"(?:(?<![a-z] )|(?<=assessment )|(?<=bi-rads )|(?<=birads )|(?<=acr ))code)"
    r"[^.\d]{0,24}?[:-]? ?$"
)
"""A label that makes a bare name ("Impression: Benign.", a results letter's "Code: incomplete")
a category. Not "Results: benign": that is a biopsy result."""
_GENERIC_SUBJECT = re.compile(  # "Overall, a BI-RADS 4 classification requires prompt ...": any 4
    r"[\s\W]*(?:(?:overall|in general|in summary|in short|generally|typically|usually|however|"
    r"thus|therefore|so|remember|note)\b[\s,:]*)?(?:a|an|any|every|each)\s"
)
_TOLD_AS_DONE = re.compile(
    r" (?:[\w-]+ ){0,2}?(?:was|were)\b|(?: (?:lesion|mass|finding|case))?[.!]?$"
)
"""What the category's subject then did, in the past: "A BI-RADS 4 lesion was detected on
ultrasound" tells of one lesion, not of any; or a sentence that only names it, a case's verdict:
"Solid IDC with all the hallmarks of malignancy. A BI-RADS V lesion." """
# A category given to a kind of lesion in general, in brackets after a statement whose subject
# is a bare noun ("Simple cysts are definitely benign (BI-RADS 2)", "BAC appears as linear,
# parallel tracks (BI-RADS 2)"); or one named as a class ("for all BI-RADS category 4 lesions").
_TAUGHT_IN_BRACKETS = re.compile(
    r"[\s\W]*(?P<subject>(?:[a-z][\w-]*,? ){0,3}?[a-z][\w-]*) "
    r"(?:is|are|appears?|looks?|shows? up|presents?)\b[^()\n]{0,120}\($"
)
_A_KIND_IS = re.compile(
    r"[\s\W]*(?P<subject>(?:[a-z][\w-]*,? ){0,3}?[a-z][\w-]*) (?:is|are) "
    r"(?:usually |typically |generally )?(?:an? )?$"
)
"""A bare noun, then what it is: "Fibroadenoma is a BI-RADS category 3 lesion", "Simple cysts
are BI-RADS 2". Not "The mass is a BI-RADS 4 lesion", "It is BI-RADS 3" (`_NOT_A_BARE_SUBJECT`)."""
_HERS_OR_HER_EXAM = (
    r"her|hers|my|mine|your|yours|his|she|he|i|we|ours|patient|woman|this|these|those|"
    r"left|right|both|bilateral(?:ly)?|findings?|mammogra\w*|ultrasound|sonogra\w*|mri|exam|"
    r"examination|study|results?|screening|report|noted|seen|identified|present|assessments?|"
    r"impressions?|categor(?:y|ies)|score|classification|rating|grade|conclusion|opinion|"
    r"diagnosis|bi-?rads|birads"
)
"""Words that make a statement about a finding hers: its owner, side, exam or category."""
_NOT_A_BARE_SUBJECT = re.compile(
    rf"\b(?:{_HERS_OR_HER_EXAM}|that|there|the|a|an|it|they|all|each)\b"
    r"|\b(?:consistent|compatible) with\b"
)
_NOT_A_BARE_PREDICATE = re.compile(
    rf"\b(?:{_HERS_OR_HER_EXAM})\b|\b(?:consistent|compatible) with\b"
)
"""What her own finding's statement says of it (`_NOT_A_BARE_SUBJECT` without its articles and
pronouns of things, which a lesson's description has: "tracks along the breast arteries")."""
# A line that opens with a class of findings before its category: "For Complicated Cysts
# (BI-RADS 3)" above its bullets of advice. "For the calcifications (BI-RADS 4)" is hers.
_FOR_A_CLASS = re.compile(
    r"[\s\W]*(?:for|with|in) (?:(?!the |her |my |your |these |this |those )[\w-]+ ){0,3}"
    r"(?:cysts|lesions|masses|findings|calcifications|nodules|cases|abnormalities)\b[^.\n]{0,60}"
)
_A_KIND_IN_BRACKETS = re.compile(
    r"(?:^|[\s:;,.\-–])(?P<kind>[a-z]+ (?:cysts?|mass(?:es)?|lesions?|calcifications?|nodules?))"
    r" \($"
)
KIND_REACH = 40
_HERS_OR_SIDE = re.compile(r"\b(?:my|her|your|left|right|both|bilateral)\b")
_SIDE_OR_BOTH = re.compile(r"\b(?:left|right|both|bilateral(?:ly)?|either)\b")
_A_CLASS_BEFORE = re.compile(
    r"\b(?:all|any|every|each|most|many|what(?: an?)?|(?:chance|risk|likelihood|probability)"
    r" of (?:breast )?(?:cancer|malignancy) (?:with|for|in)(?: an?)?"
    # the category as a topic: "the rationale for BI-RADS 3", "so using BI-RADS 3 should ...",
    # "before assigning a BI-RADS 3 assessment"
    r"|(?:rationale|criteria|indications?) for(?: an?| the)?"
    r"|(?:using|assigning|assign)(?: an?| the)?) $"
)
"""Before a category, words that make it a class: "mandatory for all BI-RADS 4 lesions", "what
a BI-RADS 4 is", "the chance of cancer with BI-RADS 4"."""
_A_CLASS_AFTER = re.compile(
    r" (?:lesions|findings|cases|masses|abnormalities|nodules|results)(?: still| also)? (?:need|"
    r"needs|require|requires|are|have|carry|carries|should|must|usually|often|typically)\b"
)
"""After a category, a plural noun with a verb for what such findings do: "Category 4 lesions
need a biopsy" (not "these BI-RADS 4 findings", which are hers)."""
_DENSITY_OPTION_BEFORE = re.compile(
    r"\b(?:dense|heterogeneously|fatty|fibroglandular(?: density| tissue)?|scattered) or $"
)
_DENSITY_OPTION_AFTER = re.compile(
    r",? or (?:heterogeneously|extremely|scattered|almost entirely|fatty|predominantly)\b"
)
"""Density groups given as choices ("heterogeneously or extremely dense", "dense or extremely
dense"): what a law or a page means by dense breasts, not what her report says."""
_SHARE = re.compile(r"\(\d+(?:\.\d+)? ?%\)|\d+(?:\.\d+)? ?% (?:of|had|having|were)\b")
_POPULATION = re.compile(
    r"\b(?:patients?|women|cases|participants|subjects|most common|majority|respectively)\b"
)
STATISTIC_REACH = 120
"""A share of a population near a category, in its sentence ("the most common final BIRADS
category is 2, benign findings (51.6%)", "A patient (0.9%) had BIRADS 5"): a study's figures,
nobody's result."""
_PEOPLE_AFTER = re.compile(r" (?:patients|women|population|cohort)\b")
"""After a category, the people it is given to: "the BI-RADS 3 patients", a class."""
_POSSESSORS = r"her|my|your|their|his|our|these|those|this|its"
"""Words that make what follows somebody's own, "the" aside ("these calcifications")."""
_OWNER_WORDS = _POSSESSORS + "|the"
"""... and with "the" ("the calcifications", "my BI-RADS 4")."""
_OWNER = re.compile(rf"\b(?:{_OWNER_WORDS})\b")
# A kind a lesson compares with: "thinner than the benign large rod-like calcifications" (not
# "more than the calcifications seen before": the same group, then and now).
_THAN_A_KIND = re.compile(
    r"\bthan (?:the |those of the |those of )?"
    r"(?:(?!prior\b|previous|earlier|last\b|before\b|seen\b|noted\b)[\w-]+ ){0,4}$"
)
_POSSESSOR = re.compile(rf"\b(?:{_POSSESSORS})\b")
_OWNER_JUST_BEFORE = re.compile(rf"\b(?:{_OWNER_WORDS})\s$")
_PEOPLE = r"(?<!of those )(?<!of the )(?<!of many )(?:women|patients|people)"
"""People in general ("women who have dense breasts"), not "one of those women" she is."""
_PATHOLOGY_TITLE = re.compile(
    r"\b(?:surgical |breast )?(?:patholog(?:y|ical)|histopatholog(?:y|ical)|cytology) report\b"
)
PATHOLOGY_TITLE_REACH = 200
"""How far from its start a text's title is looked for ("PATHOLOGY REPORT")."""
_HASH_HEADING = re.compile(r"#+[^.!?\n]{0,80}")
"""A page's heading up to a category in it ("## Understanding BI-RADS 3"): short, no sentence
ends in it. A text whose line breaks were lost starts with "#" and runs on: its report is no
heading."""
HASH_HEADING_REACH = 100  # characters: a "#" heading's line start is looked for this far back
_ZERO_S_NAME = re.compile(
    r"[\s:,.\-\u2013\u2014]*(?:mammography[:,]? )?incomplete[\s:,.\-\u2013\u2014]*"
    r"(?:needs? |\(mammography\)[:,]? )?"
)
"""Between a category 0 and the imaging its name asks for: ": Mammography: Incomplete. Need",
" - Mammography: Incomplete. " or " - Incomplete (mammography): "."""
_NAME_AFTER = re.compile(r"[\s(:,\-\u2013\u2014\"']*")  # between a category and its name
_ATTACHED = re.compile(_NAME_AFTER.pattern + r"(?:[a-z]+ ){0,2}")  # "5 (highly suspicious"
_SIDE_IT_IS_FOR = re.compile(
    r"(?: ?\([^()\n]{0,60}\))?,? (?:for|in|of|on) (?:the |her |my |your )?"
)
"""Between a category and the side it is given for: "BI-RADS 2 (benign) for the right breast"."""
_RIGHT_BEFORE = re.compile(r"[\s,:(]*(?:(?:be|is|was|an?|the|as) )*")
"""Between a doubt word and the category it doubts: "possibly a BI-RADS 3", "may be a 4"."""
_DOUBT_REACH = 16
"""How far before a category a doubt word may end and still doubt the category itself."""
_NAME_BEFORE = re.compile(r"[,:;]? ?\(?")
"""Between a category's name and the category it names: "Benign, BI-RADS 2", "benign (BI-RADS
2)"."""
_NO_CONTEXT: frozenset[str] = frozenset()
_LATER_EXAM = re.compile(
    r"\b(?:after (?:one|two|three|four|five|\d{1,2}|a) (?:more )?(?:years?|months?)"
    r"|(?:one|two|three|four|five|\d{1,2}|a) (?:years?|months?) later|at (?:the )?follow[- ]?up)\b"
)
_IMAGES_SHOW = re.compile(
    r"\b(?:views?|mammogra(?:m|ms|phy)|ultrasound|sonograph\w*|mri|images?|scans?)"
    r"(?: (?:now )?(?:shows?|showed|revealed?|demonstrates?|demonstrated)\b"
    # ("On the MLO view there is parenchymal distortion ...")
    r"|,? there (?:is|are|was|were)\b)"
)
LATER_EXAM_REACH = 200
"""A time after the category's exam, then images that show something within this many
characters: a case told on to a later exam ("After one year / The MLO view shows the
parenchymal distortion related to previous surgery"). The category may be the earlier exam's."""
_PLANNED_BEFORE = re.compile(
    r"(?:schedul\w*|recommend\w*|advis\w*|plann\w*|booked|will (?:have|need|get)|to have)"
    r"(?: (?:for|with))?(?: (?:a|an|another|her|my))? ?$"
)
"""A visit told as planned, not as made: "She was scheduled for a follow-up ultrasound in six
months" is no later visit in her story ("I had the follow-up ultrasound after 6 months" is)."""
_SCREENING = re.compile(
    r"\b(?:screening|screen|recall(?:ed)?|call ?-?back|initial"
    # the category that brought her to this exam: "with a BI-RADS 3 (probably benign) left
    # breast mass presented for a short term follow up ultrasound"
    r"|(?:presented|came|returned|referred) (?:in )?for (?:an? )?(?:short[- ]term )?"
    r"follow[- ]?up)\b"
)
_CHANGED_TO = re.compile(  # done, not "should be upgraded to BI-RADS 4 if it grows"
    r"\b(?<!be )(?:upgraded|downgraded|changed|revised|reclassified|bumped(?: up)?|moved(?: up)?)"
    r"(?: (?:it|this|that|her|me|them|the \w+))? to (?:an? )?"
    r"(?:(?:bi-?rads|category) ?(?:4 ?[abc]|[0-6])|4 ?[abc]|[0-6](?= ?[.,;)]|$))"
)
_THEN_VALUE = re.compile(  # "BI-RADS 0 at screening, then 4C after the diagnostic workup"
    r"\b(?:then|later|afterwards)(?: (?:a|it was|it's|it is|to|they said|she said|he said))?"
    r" (?:(?:bi-?rads|category) ?(?:4 ?[abc]|[0-6])|4 ?[abc])\b"
)
CHANGE_REACH = 200
"""How far after the last category kept a change of category is looked for (characters)."""
_SENT_FOR = re.compile(r"order|sent|sending")
"""A cue that tells an exam was sent for, not advised: in a diagnostic exam's text, the
diagnostic mammogram someone ordered is that exam."""
NAME_REACH = 80
"""How far around a category's name its sentence is looked at (characters)."""
LIST_REACH = 400
"""How far apart two categories of one list may be (characters): a bounded look keeps reading
linear when a line names thousands."""
_JOINED = re.compile(r"\b(?:and|or)\b")
_THEN_NOW = re.compile(r"\b(?:ago|now|today|this time|later|then|since)\b")
# Her own result in a question: "my", or a result she was given; not a bare "I" ("Can I have
# BI-RADS 3 without calcifications?" asks in general).
_OWN = re.compile(r"\b(?:my|mine|i (?:got|was given|received|was told)|i'?m|i am)\b")
_BULLET = re.compile(rf"\s*(?:[{BULLET_MARKS}]|\d{{1,2}}[.)])\s")
# A bullet or a line that heads the cases it lists: "- Mammography and biopsy when:"
_CONDITION_ENDS = (" when:", " if:", " unless:", " in case of:")
QUESTION_LINE = 200  # the longest line a numbered quiz question is read as asked on
# An option after a question: "A. Marked vascular ...", "a- Breast calcifications ...", or
# "1. (a)" with its words on the lines below
_OPTION = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?\(?(?P<letter>[a-e])(?:[.)]|-(?= ))\s")
_LETTERS = re.compile(r"(?:^|\s)\(?([a-e])(?:[.)]|-(?= ))(?:\s|$)")  # each option letter on a line
_CONDITION_HEADING = re.compile(r"(?:if|when|should|in case|unless|once)\b")
_OTHER_CASES = re.compile(  # "... tell this apart from several similar scenarios:"
    r"\b(?:scenarios|situations|other cases|similar cases|alternatives|exceptions|"
    r"(?:sub)?categories)\b"
    # examples, not her findings: "They look for abnormal signs such as:" / "- lumps"
    r"|\b(?:such as|for example|for instance|e\.g\.|things like|examples?)\W*$"
)
_SUBFIELD = re.compile(r"\s*[a-z][a-z /-]{1,30}:")
_NONE_FIELD = re.compile(
    rf"[\s{BULLET_MARKS}]*[a-z][a-z /-]{{1,30}}: ?(?:none|no|nil|0|n/a|-)\s*[.;]?\s*$"
)
_NONE_COUNT = re.compile(rf"[\s{BULLET_MARKS}]*(?:number|count|present)\s?:\s?(?:0|no|none|nil)\b")
_DISTINCT_NAMES = frozenset({"0", "5", "6", "3"})
_OVERALL_LABEL = re.compile(r"\b(?:overall|final|combined)\b")
_OVERALL_NEXT = re.compile(
    r"[\s:,(-]*(?:[a-z]+ )?(?:assessment|impression|category|classification|score|rating|result"
    r"|reading|read|birads|bi ?-? ?rads|acr|us|mammo\w*|ultrasound|mri|[0-6])\b"
)
"""What follows an overall or final assessment's label ("OVERALL ASSESSMENT:", "Final impression
was: ACR BI-RADS 4B", "Combined BIRADS of 4b"): not any "final" ("The final level is BI-RADS 6",
a legend's last line)."""
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DATE = re.compile(
    r"\b(?:(?=\d)(?:(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
    r"|(?P<d4>\d{1,2}) (?P<mn4>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* "
    r"(?P<y4>(?:19|20)\d\d))"
    r"|(?=[adfjmnos])(?P<mn>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
    r"(?P<d3>\d{1,2}),? (?P<y3>(?:19|20)\d\d))\b"
)
"""A date in the forms reports write. The forms that start with a digit are behind one test of
it, the month's name behind a test of its first letters: at each word's start the engine tries
two ways, not four (0.11 -> 0.07 ms on a 3 KB report). No two forms start with the same kind
of character, so the same one matches."""
_NOT_EXAM_DATE = re.compile(
    r"\b(?:dob|d\.o\.b|date of birth|birth ?date|born|birthday|dictated|transcribed|signed|"
    r"printed|prior|previous|comparison|"
    # a saved web page's own dates: when it was posted or updated, not when she was imaged
    r"posted|published|blog post|(?:last )?updated|accessed|retrieved|copyright)\b[^\n]{0,25}$"
)
# Findings said in general, not hers: a plural with nothing to make it hers (no number or
# determiner, no side, no seeing verb), in a sentence with a verb; calcifications only in a
# present-tense statement with nobody near.
_HERS_PLURAL = re.compile(
    r"\b(?:two|three|four|five|six|multiple|several|few|both|these|the|her|my|your|numerous|"
    r"scattered|innumerable|additional|bilateral|(?<!bi-rads )(?<!birads )(?<!category )\d+)\b"
)
# Another of its kind, named as such just before it in its noun phrase: "as well as a second
# focal irregular hypoechoic mass" (not "the second view shows the mass"). Not "another": in
# her story "I had another cyst" is one more over the years, not one more on this exam.
_ANOTHER_ONE = re.compile(
    r"\b(?:a (?:second|third|separate|further)|an additional)"
    r"(?: (?!of\b|in\b|on\b|at\b|the\b|with\b|view\b|views\b|look\b)[\w-]+,?){0,5} $"
)
# How many she has, in her own words, right before the noun: "I was chock full of cysts", "a
# bunch of little cysts" (not "Lots of women have cysts").
_HOW_MANY_SHE_HAS = re.compile(
    r"\b(?:(?:i|she) (?:was|is|am|'m) (?:chock[- ])?full of|a bunch of) (?:[\w-]+ ){0,3}$"
)
# Between the words of a lump she or a doctor felt (the symptom's own words: "presented with",
# "palpable", "physical examination showed") and a mass after them: a few words that describe
# no picture ("presented with a palpable right breast mass"; not "in the area of palpable
# concern, an irregular hypoechoic mass").
_FELT_UP_TO_MASS = re.compile(
    r"(?: (?!(?:on|at|by|shows?|showed|reveal\w*|demonstrat\w*|is|are|was|were|there|"
    r"confirm\w*|corresponds?|correlat\w*|seen|concern|area|irregular|hypoechoic|hyperechoic|"
    r"enhancing|spiculated|oval|round|circumscribed|lobulated|solid|indistinct|\d[\w.]*)\b)"
    r"[\w,-]+){0,5} ?"
)
_FELT_IN_CLAUSE = re.compile(
    r"\b(?:(?:on|at|during) (?:the |her |a )?(?:physical|clinical|breast|self)[- ]?exam(?:ination)?"
    r"|self[- ]?detect\w*|palpated|on palpation)\b"
    # (the window ends where the mass's noun starts)
    r"|\b(?:she|i|woman|patient|lady)(?: [\w-]+){0,4}? (?:detected|discovered|noticed|felt|found)"
    r" (?:an?|one)(?: [\w-]+){0,2} $"
)
"""Before a mass in its sentence (within FELT_REACH), words that say a hand found it: a
doctor's or her own ("a woman in her forties detected a mass in her breast")."""
_OPENS_CLINICALLY = re.compile(r"\W{0,6}clinically\b")
"""A sentence that opens "Clinically, there was a firm mass": what a hand found."""
_SEEN_ON_IMAGES = re.compile(  # "a mass on my mammogram", "the mass measures 2 cm"
    r"[^.;]{0,40}\b(?:(?:on|in) (?:my|the|her) (?:mammogram|ultrasound|mri|scan|images?|films?)|"
    r"measur\w+)\b"
)
# Advice said as a rule, not to her: "a needle biopsy may often be recommended", "a follow-up of
# 6 months is usually recommended", "women over 40 should have annual mammograms".
# "to see if" and "to find out whether" say what her own follow-up is for; "when the findings
# were mailed to me" tells her story.
_AS_A_RULE = re.compile(
    r"\b(?:(?:may|might|can|could|often|usually|typically|generally|sometimes|occasionally|"
    r"(?:is|are) (?:very |quite |fairly |so |also )?(?:common|usual|typical)|most of the time|"
    r"(?:women|patients|people|clients|everyone|anyone)(?!'s)|(?:most|many) (?:\w+ ){0,2}who|"
    # a guideline's ages and what it holds for all: "the recommended yearly screening would go
    # from age 40 and older to 45-54", "I am proof that yearly mammograms are needed"
    r"(?:from|starting at|beginning at) (?:the )?age (?:of )?\d\d|"
    r"(?:mammograms|screenings) (?:are|is) (?:\w+ )?"
    r"(?:needed|necessary|important|essential|vital)|"
    # advice for a kind of finding, any one: "Biopsy is needed for a 2cm axillary lymph node"
    r"(?:is|are) (?:\w+ )?(?:needed|required|recommended|indicated|mandatory|necessary) for "
    r"(?:an?|any|every|all)(?= )(?![^.;]{0,40}\b(?:left|right|my|her|your|this|like)\b))\b"
    r"|(?<!to see )(?<!to find out )(?<!to make sure )(?<!to check )(?<!to determine )"
    r"(?:if|when|whether|unless)\b(?![^.;,]{0,30}\b(?:was|were|had|did|came|got|went)\b))"
)
_FOR_ANYONE = re.compile(r"(?:[^.;]*[•:] )?(?:for|in) (?:women|patients|people|anyone|those)\b")
"""A sentence (or a bullet in it) that opens on whom advice is for: "For women aged 30 years or
older with a palpable mass and a BI-RADS 1-3 mammogram, ultrasound is recommended"."""
FOR_ANYONE_REACH = 200
_CALLBACK_CUE = re.compile(r"(?:got|received|get|had|getting|called|calling)\b")
_TOLD_BEFORE_NOW = re.compile(
    r"\b(?:in (?:19|20)\d\d|back in|(?:years?|months?) ago|last (?:year|time)|when i was|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|which (?:was|were) (?:normal|fine|benign|negative|clear))\b"
)
_REASON_AFTER = re.compile(
    r"\b(?:because|since|as soon as|so (?:that |we |they |i |you )?|to see|to find|which|"
    r"in case|but|however|although|though)\b"
)
RULE_AFTER_REACH = 80
"""How far after advice a word that makes it a rule ("... may often be recommended") is read."""
_SEEN = re.compile(
    r"\b(?:seen|noted|present|identified|visuali[sz]ed|demonstrated|stable|unchanged|"
    r"measur\w*|shows?|showed|found|appear\w*|again)\b"
)
_ANY_VERB = re.compile(
    r"\b(?:are|is|was|were|be|been|can|may|might|could|should|will|would|includes?|included|"
    r"including|appears?|presents?|turned|causes?|tend|need|needs|have|has|had|do|does|did)\b"
)
_GENERAL_VERB = re.compile(
    r"(?<!there )\b(?:are|is|can|may|might|include|includes|including|appear|tend)\b"
)
# Calcifications counted over everyone ("Most calcifications are benign", "About half of
# women over 50 have calcifications"), or given a verdict with no one to see them ("Fine
# pleomorphic calcifications are suspicious"): a lesson, outside a report's own parts.
_COUNTED_OVER_ALL = re.compile(
    r"\b(?:most|many|all|about half of|half of|\d+ ?(?:%|percent) of)(?: all)?"
    r"(?: (?:breast|micro-?|macro-?))?(?: [\w-]+){0,2} $"
    r"|\b(?:most|many|all|few|half|\d+ ?(?:%|percent)) of (?:all )?(?:women|patients|people)\b"
)
_A_VERDICT_AFTER = re.compile(
    r" (?:are|is) (?:usually |typically |generally |often |almost always |always |very |highly |"
    r"more |less )?(?:benign|suspicious|worrisome|concerning|common|rare|harmless|malignant|"
    r"a sign|an? (?:early )?sign)\b"
)
_BUT_AFTER = re.compile(r",? (?:but|however|except)\b")
_RAISES_ANY_RISK = re.compile(
    r"(?: of (?:breast |ovarian )?cancer)? (?:increases|raises|doubles|triples)"
    r" (?:the |a woman's )?(?:lifetime )?risk\b"
)
_ANYONE_DENSE = re.compile(
    rf"\b{_PEOPLE} (?:who |that )?"
    r"(?:have|with) $"
)
_HER_FIGURE = re.compile(r"[^.;]{0,40}\b(?:to \d+ ?%|per |her |my )")
_HAVING = re.compile(r"(?:^|[.;:!?]\s*)having (?:an? )?$")
_I_AFTER = re.compile(r"[^.;]{0,30}, (?:i|she|we)\b")
# A kind's risk, told as a figure or a rank: "carry the highest risk of malignancy", "a
# positive predictive value of 70%", "The PPVs of ... are 29, 21 and 13 %".
_KIND_RISK = re.compile(
    r"\b(?:ppvs?|positive predictive values?|(?:carry|carries|have|has) (?:the|a) "
    r"(?:highest|high|higher|low|lower|lowest|intermediate) (?:risk|likelihood|probability))\b"
)
# A kind named by the disease it goes with, and said to be usually so: "Calcifications related
# to DCIS usually have ...", "the calcifications of DCIS are usually more irregular".
_OF_A_DISEASE = re.compile(
    r" (?:of|related to|associated with|seen in|due to) (?:dcis|malignancy|cancer|breast cancer)"
    r" (?:usually|typically|often|commonly|generally|tend|are usually|are typically)\b"
)
_PRESENT_TENSE = re.compile(r"\b(?:are|is|have|has|develop|develops|can|may|turn out)\b")
LESSON_REACH = 60
_PERSON = r"i|i'm|i've|my|me|she|her|he|his|patient|pt|woman"
_SOMEBODY = re.compile(rf"\b(?:{_PERSON}|we|our|they|their)\b")  # someone near a statement
_SCALE = re.compile(r"\bbi ?-? ?rads?\b")
_LEGEND_LEAD = re.compile(
    r"\bwhat (?:each|every|the|these|all(?: the)?)(?: bi-?rads)? "
    r"(?:categor(?:y|ies)|scores?|numbers?|results?)(?: \w+)? means?:\s*$"
)
"""A line that leads into a legend: "Here's what each category actually means:"."""
LEGEND_LEAD_REACH = 160
_SOMEBODY_AT_ALL = re.compile(  # a person anywhere in a text, by a word for one
    rf"\b(?:{_PERSON}|lady|wife|mother|sister|daughter)\b"
)

# How many findings a plural counts ("two masses"), and when a "no" says there are none.
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_COUNT = re.compile(
    r"(?<!bi-rads )(?<!birads )(?<!category )(?<![.,/x-])\b(two|three|four|five|[2-5])(?![.,/]\d)"
    r"(?: (?!and\b|or\b|of\b|mm\b|cm\b)[a-z-]+){0,3} ?$"
)
_IN_THE_MASS = re.compile(
    r"\s(?:in|within|inside|associated with) (?:the|this|that|a) (?:mass|lesion|nodule)"
)
_LIST_DENIED = re.compile(r"\s*(?:there (?:is|are) )?(?:no|without|negative for)\b")

# Symptoms: words that say nothing of what she feels, and a case report's "presented with".
_NOT_FELT_BEFORE = re.compile(
    r"(?:\b(?:any|may present as|presents? as|present with|can cause|cause|causes|"
    r"(?:may|might|can) have)"
    r"|\b(?:ultrasound|mammogra\w*|mri|imaging|scan|sonogra\w*|views?)\b[^.;:]{0,25}"
    r"\b(?:revealed|showed|shows|demonstrated|detected))\b[^.;:]{0,30}$"
)
_SYMPTOMS_LISTED = re.compile(  # "Symptoms to watch for: a lump, skin dimpling, nipple changes",
    # "Symptoms of breast cancer include a lump"
    r"\b(?:watch for|look out for|warning signs|(?<!my )(?<!her )(?<!patient's )(?:signs and "
    r"symptoms(?!:)|(?:symptoms|signs) (?:of (?:[\w-]+ ){1,4})?(?:include|to)))\b[^.;!?]{0,60}$"
)
_SAID_OF_ANY = re.compile(  # "Breast pain is rarely a sign of cancer", "Lumps can be cysts"
    r"(?:s|es)? (?:is|are|can|may|might|could) (?:rarely|usually|often|sometimes|commonly|seldom|"
    r"be (?:a|an|caused|due|benign|cysts?|harmless|normal)|a sign|a symptom|common|caused)\b"
)
_NOT_FELT_AFTER = re.compile(
    r"[^.;]{0,25}\b(?:may|can|might) (?:occur|result|develop)|\s?in (?:my|her|the) throat"
    # what imaging found: "Two tiny lumps were detected", "a lump was seen on the ultrasound"
    r"|s? (?:was|were) (?:detected|seen|shown|identified|visuali[sz]ed)\b"
    r"(?! by (?:her|me|the patient|herself|myself)| (?:during|on|at|in) (?:a |her |my )?"
    r"(?:breast )?self)"
    r"|s? (?:was|were) found (?:on|at|in|by) (?:the |a |my |her )?(?:screening |routine )?"
    r"(?:mammo|ultra|scan|screen|imaging|mri|sono|x-?ray)"
)
_HOW_LONG = re.compile(  # "a 4-day history of a tender lump": how long she has had it
    r"(?:\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few))"
    r"(?: \(\d+\))?[- ](?:days?|weeks?|months?|years?)"  # ("a four (4) week history")
    r"[- ]history of\b|\b(?:presented|presents|came) with a history of\b[^.;]*$"
)
_NOTICED_AGO = re.compile(  # "a lump noticed a few weeks ago": when it began, and she has it
    r"[^.;]{0,30}\b(?:days?|weeks?|months?) ago\b"
)
_PRESENTED = re.compile(
    r"\b(?:presented|presents|presenting|came|complain(?:ed|s|ing)|noticed)\b(?: [\w-]+){0,6}"
    r" (?:with|of)\b"
)

# Categories: a subcategory in brackets ("BI-RADS 4 (4B)"), and "bilateral" that names the side
# of findings, not of the category ("Bilateral Breast Cysts with BIRADS 2").
_SUBCATEGORY = re.compile(
    # "BI-RADS 4 (4B)", and the subcategory named after the category's own words: "BI-RADS 4
    # (SUSPICIOUS), subcategory B", "Category 4 - Suspicious (4B: moderate suspicion)",
    # "BI-RADS 4: Suspicious abnormality ... (Subcategory 4B)"
    r" ?\((?:4 ?)?([abc])\)"
    r"|[^.\n]{0,60}?(?:\bsub-?category:? (?:4 ?)?([abc])\b|\(4([abc])\b)"
)
_ANOTHER_SUBCATEGORY = re.compile(r"\b4 ?[abc]\b|\b[abc]\)|,\s*[abc]\b")
_OF_A_FINDING = re.compile(
    r" (?:breast )?(?:simple |benign[- ]appearing |complicated |vascular |scattered )?"
    r"(?:cysts?|masses|nodules|calcifications|microcalcifications|lymph nodes|findings)\b"
)

# Recommendations: what a report advises next (not her exam).
_ADVISED_AFTER = re.compile(  # an exam advised after its name: "An ultrasound is recommended"
    r"[^.;:]{0,40}?\b(?:is|are|would be|will be)(?: also| then| now)? "
    r"(?:recommended|advised|suggested|indicated|requested|warranted)\b"
    # or as what should be done: "An ultrasound should be performed (for further evaluation)."
    # (not a step put before another, as guidance orders them: "MRI should be performed before
    # any additional views", "MRI should be done to confirm the rupture before surgery")
    r"|[^.;:]{0,40}?\bshould(?: also| then| now)? be (?:performed|done|obtained|carried out)"
    r"(?= ?[.,;)]| ?$| (?:for|of|to evaluate|to further|in|at|within|on)\b)"
    # or in a report's short way: "Ultrasound recommended." (not asked: "Is an ultrasound
    # recommended for ...?")
    r"|(?P<short>(?: of [^.;:]{0,30}?)? (?:recommended|advised|suggested)\b)"
)
_CLAUSE_END = re.compile(r" [-\u2013\u2014] |; ")
"""Where a category's name ends its clause, with words after it that say something else."""
_SAME_AGAIN = re.compile(r"\b(?:continued|continue|annual|yearly|routine|surveillance|screening)\b")
"""Before an exam advised again as before ("Continued annual MRI is recommended"): no new test."""
_ADVISED = re.compile(
    r"\b(?:recommend(?:ed|s|ing)?|suggest(?:ed|s)?|advis(?:ed|es|e)|scheduled for|"
    r"need(?:s|ed)? to (?:do|have|get|schedule)|needs? (?:an?|another)|"
    r"would like (?:me|her|you) to (?:have|get)|wants? (?:me|her|you) to (?:have|get|do))"
    r"\b[^.;:]*$"
)
"""Before an exam advised ("They want me to have an MRI"): what comes next, not the exam read."""

# The exam she had, named as the advice would be: "on my routine mammogram", "I went for my
# 6 month follow up mammogram".
_ANOTHER_STATEMENT = re.compile(r"[,;] ?(?:and|but|while|whereas)\b|;")
_THEN_THE_OTHER = re.compile(
    r"[.)]? (?:and|but|while|whereas) (?:the |her |my )?(?=(?:left|right)(?: breast| side)? "
    r"(?:is|was|shows|showed|has|had|got|gets|received|was given)\b)"
)
_FINDING_PARTS = frozenset({"title", "findings", "impression"})
"""The parts where a side named for her is a finding's or an assessment's."""
_SHE_DENIES = re.compile(
    r"\b(?:i|i've|she|patient|pt|denie[sd]|denying|feel|felt|palpated|complain(?:s|ed)?)\b"
)
"""Words that make a denied symptom hers to deny ("I have no lump", "Patient denies pain", "No
lump was felt"), not an image's ("no evidence of ... nipple retraction")."""
_FOR_A_CANCER = re.compile(
    r" (?:was )?(?:done |performed )?(?:(?:in )?\(?(?:19|20)\d\d\)? |(?:\d+|a few|several|one|two|"
    r"three|four|five|six|seven|eight|nine|ten) (?:years?|months?) ago )?"
    r"(?:and (?:radiation|radiotherapy|radiation therapy|chemotherapy|chemo) )?"
    r"for (?:an? )?(?:(?:left|right) )?(?:breast )?(?:[\w-]+ ){0,3}?"
    r"(?:cancer|carcinoma|dcis|idc|ilc|malignancy)\b"
)
"""After an operation (and its year, or the treatment given with it), the cancer it was for."""
_NEXT_CATEGORY = re.compile(
    r"(?: breasts?| side)? ?[:=-]? ?(?:bi ?-? ?rads?|category)\b"
    r"|\) ?(?:4 ?[abc]|[0-6])\b"  # a bracketed side before a bare value: "(R) 1 (L) 4A"
)
"""After a side, the next category's own words: that side is the next category's."""
_SCHEDULED = frozenset({"routine-screening", "follow-up-6-months"})
_OPENS_ADVICE = re.compile(r"[\s\W\d]{0,6}(?:(?:continued?|resume|return to) )?")
"""What may stand before advice said as a sentence of its own: a list mark, "continued"."""
_ENDS_ADVICE = re.compile(
    r"(?:(?: mammogra\w*)? (?:in|within) (?:one|1|a|12|twelve) (?:year|months?))?[\s.;:!]*"
)
"""What may follow it: a time ("... mammogram in one year"), and nothing else."""
_OTHER_EXAMS = frozenset({Modality.ULTRASOUND, Modality.MRI})
"""Exams a report of one names as advice only when it is another one of them."""
_RESTATED = re.compile(
    r"\b(?:the|your|her|my) (?:recommended|advised|suggested|scheduled|planned) $"
)
"""Her report's advice restated in an answer's advice: "go ahead with the recommended
ultrasound-guided core biopsy"."""
_RESTATED_AFTER = re.compile(
    r"(?: of [^.;:]{0,40}?)? (?:that|which) (?:was|were|has been|had been|is) (?:already )?"
    r"(?:recommended|advised|suggested|scheduled|planned)\b"
)
"""The same told after the advice: "proceed with the core biopsy that was recommended"."""
_A_KIND_DOES = re.compile(
    r"[\s\W]*(?:\d+[.)] )?(?:(?:clinically|typically|usually|often|generally),? )?(?:an? )?"
    r"(?P<subject>(?:[a-z][\w-]*,? ){0,3}?[a-z][\w-]*) "
    r"(?:(?P<habit>(?:frequently|often|usually|typically|commonly|generally|classically|rarely|"
    r"sometimes|may|can|most often) (?:presents?|appears?|manifests?)\b"
    r"|(?:is|are) (?:often |usually |commonly |frequently |typically )?(?:associated with|"
    r"accompanied by|characteri[sz]ed by|marked by)\b)"
    r"|(?:is|are) (?:usually |often |typically |generally )?(?:an? )?"
    r"(?:(?!(?:about|with|of|in|for|at|on|to|by|from|not|the|this|that|these|those|my|her|"
    r"your|his|our|their)\b)[a-z][\w-]*,? ){0,4})"
)
"""A kind of disease or lesion, and what it usually does or what it is, in the present tense:
"Primary mammary carcinoma frequently presents with a breast lump", "a hamartoma is a painless,
smooth, mobile lump". (Not one woman: "Female presents with a palpable lump" names no habit of a
kind, and "The radiologist is concerned about a lump" says nothing of what a lump is.)"""
_A_QUESTION_OR_ALL = re.compile(r"(?:what|which|who|how|where|when|why|every|each|any|no)\b")
_ANYONE_WHO = re.compile(rf"\b(?:{_PEOPLE}|anyone|those) (?:who|with)\b")
_LUMPS_HERS = re.compile(
    r"\b(?:my|her|your|two|three|four|several|multiple|few|some|many|both|these|those|the|"
    r"bilateral|more|new|other|palpable|\d+)(?: (?!(?:are|is|was|were|be)\b)[\w-]+){0,2} $"
    r"|\b(?:i|she|we|they|you|patient|woman|girl|have|has|had|felt|found|noticed|developed|"
    r"discovered|detected|palpated)\b[^.;]{0,24}$"
)
"""Before "lumps", words that make them hers (an owner, a number, a finding verb); without
them the plural names lumps in general."""
_MINE_NEXT = re.compile(r"[^.;!?]{0,40}[.;!?] +(?:mine|my one|my lump)\b")
"""After "lumps", the next sentence makes them hers: "Lumps can be scary. Mine is ..."."""
_BREAST_LINE = re.compile(r"[\s\W\d]{0,6}(?:left|right|lt|rt|l|r)\.?(?: breast)?\b ?[:-]")
"""A line that opens on one breast's name and a colon or dash: "LEFT BREAST: ...", "R: ..."."""
# Her word "lump" for what the pictures showed, after the picture and what it did: "The scan
# showed that I had two lumps", "The radiologist found two lumps" (`_Reader.imaged_lump`).
IMAGED_REACH = 70
_LUMP_WORD = re.compile(r"lumps?")
_IMAGES_SHOWED = re.compile(
    r"\b(?:mammogram|ultrasound|scan|sonar|sonogram|sonography|mri|x-ray|radiologist|mammography|"
    r"imaging)"
    r" (?:showed|shows|revealed|reveals|found|detected|picked up|confirmed|saw|spotted)"
    r"(?: that (?:i|she) (?:had|has))?(?: (?:a|an|two|three|one|the|several|multiple))?"
    r"(?: (?!and\b|but\b)[\w-]+){0,3} $"
)
# Distortion told as what a mass does: "a mass with perilesional architectural distortion".
MASS_S_REACH = 120  # how far after its mass a distortion it causes is told
_DISTORTION_OF_A_MASS = re.compile(
    r"\b(?:with|associated with|causing|causes|cause|which causes|producing)"
    r"(?: (?:minimal|mild|perilesional|surrounding|adjacent|associated|parenchymal|"
    r"architectural|some|an|a|the)){0,3} $"
)
# Imaging still to have done: "you need to come in and have more specialized testing done".
_TO_HAVE_DONE = re.compile(r"\b(?:have|get|having|getting) (?:(?:more|further|some) )?$")
# "... and magnification views of the right breast were obtained", and as reports note it,
# "additional views obtained" (not "views to be obtained")
_DONE_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:(?:were|was|are|is|have been|has been) (?:also |then |additionally )?"
    r"|(?<!\bbe )(?<!\bto )(?<!\bbe also )(?<!\bbe then ))"
    r"(?:obtained|performed|done|taken|acquired|carried out|completed)\b"
    # or told by what it showed: "follow-up imaging, which showed resolution"
    r"|[^.;:]{0,40}?,? (?:which|that) (?:showed|revealed|demonstrated|confirmed|found"
    r"|(?:was|were) read as)\b"
)
_HAD = {
    # (not "keep having regular mammograms": advice to go on having them)
    "routine-screening": re.compile(
        r"\b(?:my|her|on|at|during|from|after|having(?<!keep having)(?<!continue having)"
        r"(?<!start having)|had|got)\s(?:(?:a|an|the|my|her|last|recent)\s)?$"
    ),
    # and the exam the report is of: "This is a 6 month follow-up examination", "This
    # 6-month follow-up shows stable calcifications", "today's 6 month follow-up"
    "follow-up-6-months": re.compile(
        r"\b(?:(?:(?:went|came|had|was|got)(?: in| back)? for|at|during) (?:my|her|the|this|a)"
        r"|this(?: is (?:a|an|her|the))?|today'?s) $"
    ),
    # the views something was seen on: "calcifications demonstrated on the magnification views"
    # and the one she had: "Patient obtained a diagnostic mammogram which showed ..."
    # ... and the pictures something was seen at or on: "characterized as amorphous on
    # diagnostic mammography", "at diagnostic mammography they were characterized as ..."
    "additional-imaging": re.compile(
        r"\b(?:(?:seen|shown|demonstrated|identified|noted|visible|visuali[sz]ed) (?:on|in) "
        r"(?:the|these|those)|(?:obtained|underwent|had|after) (?:a|an|the|her|my)|on|at) $"
    ),
}
_HAD_AFTER = {
    # the pictures that showed something: "diagnostic mammography characterized these as
    # amorphous [Figure 1]"
    "additional-imaging": re.compile(
        r"(?: \[[^\]\n]{0,20}\]| \([^)\n]{0,20}\))? (?:characteri[sz]ed|showed|revealed|"
        r"demonstrated|detected|confirmed|found|depicted)\b"
    ),
}
"""The exam she had, told by what it did, after its name (`_HAD` reads the words before it)."""

_TWO_BREAST_EXAM_AFTER = re.compile(
    r" (?:screening|diagnostic|digital|mammo|mammograms?|mammography|tomosynthesis|dbt|"
    r"(?:breast )?(?:mri|ultrasound|sonography|sonogram|ultrasonography|imaging|mammograms?|"
    r"mammography|screening))\b"
)
_TWO_BREAST_EXAM_BEFORE = re.compile(r"\b(?:mammogram|mammography|mammo) $")
LINE_START_REACH = 40  # characters before a word within which its line's start is looked for
_CONTINUED_REACH = 24  # characters from a category to the other breast's value continuing it
_THIS_CASE = re.compile(  # a case's lesson turning to the case: "In this patient, ..."
    r"[\s\W\d]{0,6}(?:in (?:this|our|the present|the current) (?:patient|case|woman|lady)|"
    r"(?:our|this) patient(?:'s)?\b)"
)
_BARE_RESULT_HEADINGS = frozenset({"result", "results"})  # not a pathology part's own name
_OF_A_BIOPSY = re.compile(r"\b(?:biops|patholog|histolog|histopatholog|cytolog|fnac?\b|path\b)")
"""Words of a biopsy or its tissue: results told as waiting with none of these in the text are
her imaging's ("I'm waiting for my results"), not a biopsy's."""
# An operation told after her biopsy result treats what this exam found, unless the text
# places it before now ("in 2015", "years ago", "history of", "prior").
_BARE_BIOPSY_CUE = re.compile(r"biops(?:y|ies)(?: was| were|:)?")
"""A cue that is only the word "biopsy" before "negative": it says nothing of when."""
_BEFORE_NOW = re.compile(
    r"\b(?:history of|hx of|prior|previous(?:ly)?|earlier|(?:19|20)\d\d|(?:years?|months?) ago|"
    r"in the past|had undergone|"
    r"survivor|status post|status after|s/p|years? before)\b"
)
# A pathology cue that only says a diagnosis was made, and the words that tell a biopsy or a
# pathologist was there.
_DIAGNOSED = re.compile(r"diagnos")  # "diagnosed with", "diagnosed", "diagnosis"
# A result guessed, not given: "most likely a fibroadenoma", "suspected to be a fibroadenoma".
_GUESSED = re.compile(
    r"\b(?:most likely|more likely|likely|suspected(?: to be)?|suspicious for|probably|probable|"
    r"in all probability|presumed|presumably|thought to be|looks? like|could be|may be|might be|"
    r"(?:the )?possibility of)"
    r",?(?: (?:an?|the|to be|be|of|this is))*\s*$"
)
GUESSED_REACH = 40
_DIFFERENTIAL = re.compile(
    r"\bdifferential(?: diagnos[ie]s)?(?: (?:includ\w*|of|was|were|is|are)\b|:)[^.;]*$"
)
"""A result named among the diagnoses a pathologist weighs: "the pathology suggested a
differential diagnosis including a phyllodes tumour and a spindle cell carcinoma"."""
DIFFERENTIAL_REACH = 120
_MEASURED_AGAINST = re.compile(
    r"\b(?:below|above|short of|step (?:before|away from)|precursors? (?:to|of)|"
    r"(?:turns?|progress(?:es)?|develops?|becomes?|leads?|evolves?) (?:in)?to|"
    r"(?:worse|better|more serious|less serious|different) than)\s(?:[\w-]+\s){0,2}$"
)
_ALSO_KNOWN_AS = re.compile(r"(?:,\s*)?\b(?:also known as|also called|a\.?k\.?a\.?|i\.e\.,?)\s$")
_WHAT_A_KIND_IS = re.compile(
    r"\s(?:is|are)(?: also| not| usually| often| generally)* (?:considered|defined|called|"
    r"classified|thought of|one of|the most|a (?:type|form|kind) of)\b"
)
_IN_HER_WORDS = re.compile(r"\b(?:i|i've|i have|i had|my)\s(?:\w+\s)?(?:been\s)?$")
_RESULT_LEAD = re.compile(
    r"\b(?:results?|diagnosis|news|report|pathology)\b[^.;:=\n]{0,12}[:=\u2013-]\s*[\"'\u201c]?\s*$"
    r"|=\s*$"
)
"""What leads into a result she was given: "Within 2 days I had the results: invasive ductal
carcinoma", "then the bad news - 'invasive ductal CA'", "CNB = infiltrating lobular carcinoma"."""
_RULED_OUT_AFTER = re.compile(
    r"(?: (?:was|is|has been|had been|could be|can be))? (?:ruled out|excluded|not (?:seen|found|"
    r"present|identified))\b"
)
_FOUND_AFTER = re.compile(r"(?: [\w-]+){0,3}? (?:was|were) (?:found|confirmed|diagnosed)\b")
_BIOPSY_WORD = re.compile(
    r"\b(?:biops(?:y|ies|ied)|patholog\w*|histolog\w*|cytolog\w*|fnac?|core needle|excision|"
    r"final diagnosis)\b"
)
_NO_PRIOR = Change.NO_PRIOR.value
_NO_COMPARISON = re.compile(
    r"[\s:,-]*(?P<words>none(?: available)?|n/?a|no (?:prior|previous|comparison)"
    r"(?: (?:studies|exams|examinations|mammograms|images|films))?(?: available)?)[\s.]*"
)
"""A comparison part that says only that there is none ("COMPARISON: None.")."""
_RETURNED_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:and|then)\b[^.;]{0,30}?\b(?:returned|came back|went back|was recalled"
    r"|was called back)\b"
)
"""After a recall, in its sentence: the visit she came back for, told as made."""
_THEY_ARE = re.compile(
    r"(?:they|these|those|them) (?:were|are|look\w*|appear\w*|seem\w*|measure\w*|as)\b"
)
"""A word that points back to the calcifications, said of them ("they were", "these as"), not
a determiner of another noun ("this new concern")."""
_LEADING_PHRASE = re.compile(
    r"[\s\W\d]*(?:(?:on|in|at|with|after|from|compared (?:with|to)|according to) "
    r"[a-z0-9' -]{1,30}?,? "
    r"|(?:the |my |her )?(?:doctor|radiologist|surgeon|nurse|he|she|they) "
    r"(?:told (?:me|her)|said|says|thinks|thought|explained)(?: that)? )"
)
"""A place or a view told before the words that point back ("On the CC view they look round"),
or who said it ("The doctor told me they look benign", "According to the doctor they look
benign")."""
LEADING_PHRASE_REACH = 45
"""How far into its sentence a word that points back may stand after such a phrase."""
# A change that points back by itself: "there are slightly more of them".
_MORE_OF_THEM = re.compile(
    r"\b(?:more|fewer|less|none) of (?:them|these|those)\b"
    # their count told as the sentence's subject: "There are about five of them, small, grouped"
    r"|^ ?there (?:are|were) (?:about |around |roughly |some |only )?(?:\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten|several|a few|many) of (?:them|these|those)\b"
)
NEAR_DIAGNOSIS = 200
"""How far around a diagnosis or an operation its time and its biopsy are looked for."""
# A time told by an earlier event: "the images obtained when she was diagnosed with breast
# cancer" (then, not in this exam's story).
_AT_THAT_TIME = re.compile(r"\b(?:when|since|before|until|at the time) (?:she|i) (?:was|were) $")
# An operation told as what came next in this exam's story (`_Reader.this_exams_operation`).
_NEXT_IN_HER_STORY = re.compile(
    r"\b(?:(?:days?|weeks?|months?) later|subsequently|as a result(?! of)|afterwards|"
    r"after (?:that|this|discussion|the (?:biopsy|diagnosis|results?)))\b[^.;]*$"
)
NEXT_REACH = 60
# An operation that treats a cancer (not implants, augmentation or reduction).
_TREATMENT = re.compile(
    r"lumpectom|mastectom|segmentectom|quadrantectom|excision|resection|conserving|removed|mrm"
)
# Silicone injected for augmentation is no operation (and no history id of its own).
_INJECTED = re.compile(
    r"\b(?:silicone|paraffin|filler|hyaluronic)\b[^.;]{0,40}\binject"
    r"|\binject(?:ed|ion|ions)\b[^.;]{0,40}\b(?:silicone|paraffin|filler|hyaluronic)\b"
)
INJECTED_REACH = 60
# A relative's own history, told before it in her clause: "My mom had DCIS after lumpectomy".
_A_RELATIVE_S = re.compile(
    r"\b(?:mom|mum|mother|sister|aunt|grandmother|grandma|daughter|cousin|friend)(?:'s)?\b"
    r"(?![^,;]*\b(?:i|me|my|she|her own|personal|own)\b|[^,;]* and (?:an? |her |my )?$)"
    r"[^,;]*$"
)
RELATIVE_REACH = 60
_SOMEONE_ELSE_S = re.compile(
    r"\b(?:friend|neighbou?r|colleague|co-?worker|boss|husband|partner|boyfriend|wife|"
    r"girlfriend|teacher|coach|pastor)(?:'s| whose) (?:[\w-]+ ){0,2}$"
)
"""Another person's, before a relative: "a friend whose mother died of breast cancer" gives no
family history of hers. (A relative by marriage is no family's word at all: targets.toml.)"""
_NEVER_HAD = re.compile(r"\b(?:never|won't|will not|don't|do not|doesn't|does not|hope)\b")
"""In a relative's words, what she never had or is only hoped: "I hope my two daughters never
go through breast cancer the way I have"."""
# An advice part's heading that names a class of findings ("... BI-RADS 3 Lesions").
_CLASS_OF_FINDINGS = re.compile(
    r"\b(?:findings|lesions|masses|calcifications|nodules|cases|abnormalities|patients|women)\b"
)

# Nodes said to be fine in her words, after them: "They checked the lymph nodes and they were
# all ok", "all the lymph nodes tested were clear" (only of nodes: "The calcifications were
# fine" names calcifications, and "the biopsy was clear" a biopsy done).
_NODES_FINE = re.compile(
    r"[^.;,]{0,25}?\b(?:were|was|are|is|looked|look|looks|came back)(?: all| completely)?"
    r" (?:ok|okay|fine|clear|good|healthy)\b"
)

# History: a risk named for anyone.
_RISK_IN_GENERAL = re.compile(  # a risk named in a list of risks, or for anyone who has it
    r"\b(?:risk factors?\b[^.;:]*|such as|depends? on[^.;:]*|for (?:those|women|"
    r"patients|people|anyone|someone)(?: who (?:have|has)| with)|(?:when|if) (?:the|a) patient "
    r"has|or there is|there is no)\s(?:an? )?(?:strong |positive |significant )?$"
    r"|\b(?:a|any) (?:patient|woman) with an? (?:strong|significant) $"  # a kind of patient
    # "women who had chest radiation as children", "having a BRCA mutation raises your risk"
    rf"|\b{_PEOPLE}(?: (?:under|over|aged|above|below|older than|younger than) \d+)? (?:who|that) "
    r"(?:have|had|has|carry)\b[^.;:?,]*$"
    r"|\b(?:risk|chance|rate|odds) of (?:[\w-]+ ){0,3}$"  # "the risk of cancer after lumpectomy"
    # anyone with it, and a share of people who have it: "such as those with a family history",
    # "About 30% of men with breast cancer have a positive family history"
    r"|\b(?:those|anyone|someone) with (?:an? )?(?:strong |positive |significant )?$"
    r"|\b\d+ ?(?:%|percent) of (?:[\w-]+ ){1,5}(?:have|had|has) (?:an? )?(?:strong |positive )?$"
    # a later item of such a list: "for those with findings such as lumps, family history, or"
    r"|\b(?:such as|for (?:those|women|patients|people|anyone|someone) with)\b[^.;:?]*"
    r"(?:, (?:or |and )?|/)$"
)
RISK_REACH = 120
"""How far before a history word a list of risks for anyone is looked for."""

# Findings: calcifications as the bare subject of what they can do ("Calcifications can be
# ..."), and calcifications that take the side of the mass they are in or with.
_THESE = re.compile(r"\b(?:these|those|the same) $")
_THE = re.compile(r"\bthe $")
THESE_REACH = 2
"""'These calcifications', a few sentences after a group: the same group, whatever is said of
it next ("These calcifications were classified as category 4A: low suspicious findings")."""
_SAME_AS = re.compile(
    r"\b(?:consistent with|compatible with|in keeping with|representing|which represent|"
    r"likely|most likely|probably|typical of|characteristic of)(?: (?:benign|benign-appearing|"
    r"typical|the|a few|some))? (?:[\w-]+ ){0,2}$"
)
"""Before a second name for the same calcifications in one sentence: "Scattered benign-appearing
calcifications consistent with vascular calcifications" is one finding, not two."""
SAME_AS_REACH = 40
_SAID_WHICH = re.compile(r": [^.;:]*$")
"""A colon before them in the same sentence: what follows says which calcifications those are."""
_ITS_OWN_SUBJECT = re.compile(
    r"[\s\W\d]*(?:the|her|both) (?!(?:micro|macro)?calc|finding|group|cluster|area|spot|dot|speck|"
    r"lesion|abnormalit|deposit|one|ones|same|latter|former)[a-z-]+ (?:is|are|was|were|remains?|"
    r"appears?)\b"
)
"""A short sentence about something named in it ("The architecture is stable"), not a few
more words on the calcifications before it ("The group is unchanged", "Stable.")."""
_LOOK_AS = re.compile(
    r" (?:(?:appear|present|manifest|show up|look) (?:as|like)\b"
    r"|(?:look|appear) (?=(?:fine|amorphous|coarse|punctate|pleomorphic|linear)\b))"
)
"""What a kind looks like, said in the present of any such calcifications."""
_KIND_LOOKS_AS = re.compile(r"\b(?:micro)?calcifications" + _LOOK_AS.pattern)
_SUCH_A_CLASS = re.compile(
    r"[\s\W\d]*such (?:[\w-]+ ){0,3}?(?:lesions|findings|abnormalities|cases|calcifications)\b"
)
"""A sentence that opens on a kind named with "such": what it lists are the kind's members."""
SUCH_REACH = 300
"""How far into such a sentence a noun is read as one of the kind's members."""
_BARE_OPENING = re.compile(
    r"[\s\W\d]*(?P<lead>(?:however|but|although|also|generally|typically|usually|often|and|so|"
    r"whereas|while|that said|even so|still|yet|on the other hand|in contrast|by contrast|"
    r"conversely)\b"
    r"[\s,]*)?(?:[a-z-]+,? (?:(?:or|and) )?){0,4}"
)

_HERS_BEFORE = re.compile(
    r"\b(?:the|these|those|this|that|her|my|your|their|his|our|some|several|multiple|few|one|"
    r"two|three|four|new|left|right|bilateral|both|scattered|no|any|we|i|there)\b|\d"
)


def _bare(norm: str, low: int, high: int) -> bool:
    """Whether the words from low to high open a sentence with a bare noun phrase: at most a
    word that leads on from the last sentence ("That said, clustered ..."), then words none of
    which makes the noun somebody's or counts it (`_HERS_BEFORE`)."""
    opening = _BARE_OPENING.fullmatch(norm, low, high)
    if not opening:
        return False
    return not _HERS_BEFORE.search(norm, opening.end("lead") if opening["lead"] else low, high)


_MODAL_AFTER = re.compile(
    # (after a word that leads on, or the mass they come without: "Clustered calcifications,
    # however, can point to ...", "... calcifications with no distinct mass can be a sign ...")
    r"(?:,? (?:however|though|too|also|then|therefore),?"
    r"| with(?:out)? (?:no |an? )?(?:distinct |associated )?mass)?"
    r"\s?(?:can|often|usually|typically|generally|tend to|are (?:often|usually|"
    r"typically|generally|commonly|rarely|seldom))\b"
)
_BESIDE_THE_HOST = re.compile(
    r"(?: (?:are|is) (?:also )?(?:seen|noted|present|identified))? (?:adjacent to|next to|around|"
    r"within|in|inside|surrounding|associated with) (?:the|this|that) (?:same )?(?P<host>mass)\b"
)
"""After calcifications, the mass they stand in or beside, named before: it gives their side."""
_HOSTS = re.compile(
    r"\b(?:with (?:associated |internal |some |a few )?|contains?|containing|within)"
)

# Results: a bare "carcinoma", read only where no in-situ cancer is named anywhere.
_IN_SITU = Needing(r"\bin[- ]situ\b|\b[dl]cis\b")
_BARE_CARCINOMA = re.compile(r"(?:(?:mammary|breast|ductal|duct|lobular) )?carcinoma")

_DATE_LABEL = re.compile(
    r"\b(?:exam date|date of (?:exam|examination|service|study|procedure)|study date|"
    r"exam performed|date)\s?:?\s?$"
)


@dataclass(frozen=True)
class Reading:
    findings: Findings
    # The reader's stages (sentences, sections, context), kept for the line-by-line notes so
    # the report is not read a second time.
    stages: _Reader | None = field(default=None, repr=False, compare=False)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return self.findings.evidence


@dataclass
class _Finding:
    kind: str
    side: Side | None = None
    shapes: list[Shape] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    change: list[Change] = field(default_factory=list)
    words: list[CalcificationWord] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    sizes: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    last_sentence: int = 0
    headline: bool = False  # first named in the title line, with nothing of its own yet
    felt: bool = False  # only ever named as a mass she or a doctor felt, never as one seen
    another: bool = False  # named as one more: "a second ... mass" (`_ANOTHER_ONE`)

    @property
    def described(self) -> bool:
        return bool(self.shapes or self.patterns or self.change or self.locations or self.sizes)

    def freeze(self) -> Finding:
        return Finding(
            FindingKind(self.kind),
            self.side,
            unique(self.shapes),
            unique(self.patterns),
            unique(self.change),
            unique(self.words),
            unique(self.locations),
            unique(self.sizes),
            tuple(sorted(self.evidence, key=lambda e: e.start)),
        )


@dataclass(frozen=True)
class _Mention:
    category: Category
    side: Side | None
    sentence: Sentence
    start: int
    end: int
    overall: bool
    named: bool = False  # read from its name, with no number ("Impression: Probably benign.")


class _Reader:
    def __init__(self, original: str) -> None:
        self.text = text = normalize(original)
        self.sections = find_sections(text)
        self.index = Index(split(text, self.sections), len(text.norm))
        self.targets = find_targets(text)
        cues = find_cues(text, self.targets)
        # A heading's own words ("Differential diagnosis") are no cue for the line above it.
        # Each heading is the text between a part and the next, with the next part's kind.
        heading_spans = [
            (before.end, after.start, after.kind)
            for before, after in zip(self.sections, self.sections[1:], strict=False)
        ]
        headings = [(a, b) for a, b, _ in heading_spans if b > a]
        heading_starts = [a for a, _ in headings]
        # The heading of an advice part that names a class of findings ("Management of BI-RADS
        # 3 Lesions on Breast Ultrasound"): a category there is nobody's result. One that
        # names her finding ("... BI-RADS 4 Suspicious Retroareolar Mass") restates hers.
        self.advice_headings = [(a, b) for a, b, kind in heading_spans if kind == "advice"]
        self.advice_heading_starts = [a for a, _ in self.advice_headings]
        self.cues: dict[int, list[Cue]] = defaultdict(list)
        for cue in cues:
            place = bisect_right(heading_starts, cue.start) - 1
            if place >= 0 and cue.end <= headings[place][1]:
                continue
            self.cues[self.index.at(cue.start).index].append(cue)
        self.by_sentence: dict[int, list[Target]] = defaultdict(list)
        self.by_field: dict[str, list[Target]] = defaultdict(list)
        # Targets and sentences are both in order of place: each target's sentence is found
        # by walking along the sentences once (as `Index.at` finds it, with no bisection).
        starts, here, last = self.index.starts, 0, len(self.index.starts) - 1
        for target in self.targets:
            while here < last and starts[here + 1] <= target.start:
                here += 1
            self.by_sentence[here].append(target)
            self.by_field[target.field].append(target)
        self.field_starts = {k: [t.start for t in v] for k, v in self.by_field.items()}
        self.evidence: list[Evidence] = []
        self.category_sentences: set[int] = set()
        self.biopsy_sides: list[Side | None] = []
        self.result_at: int | None = None  # where the text first gives her biopsy result
        # Bullets under a condition heading, lettered options under a question (`_lists`).
        self._list_items: tuple[set[int], set[int]] | None = None
        # Where categories other than 0 start that were set aside as teaching ("other") text.
        self.set_aside: list[tuple[int, Category]] = []
        self.ranges: set[int] = set()  # where those set aside as a choice or a list start
        self.taught_one = False  # a category given to a kind of lesion in general was set aside
        self._they_are: dict[int, int] = {}  # `first_they_are`, by sentence
        self.defines_categories = False  # set by `assessments`: a page that defines them
        self.zero_ends: list[int] = []  # set by `assessments`: where each 0 it keeps ends
        # Whether a pattern is found in a sentence, by pattern and sentence: looked for once.
        self._found: dict[tuple[re.Pattern[str], int], bool] = {}
        self._no_question_cues: dict[int, list[Cue]] = {}

    # ------------------------------------------------------------ helpers

    def sentence(self, position: int) -> Sentence:
        return self.index.at(position)

    def context(self, start: int, end: int) -> frozenset[str]:
        sentence = self.sentence(start)
        cues = self.cues.get(sentence.index)
        return contexts(self.text, sentence, cues, start, end) if cues else _NO_CONTEXT

    def hers(self, target: Target, allow: frozenset[str] = frozenset()) -> bool:
        return not (self.context(target.start, target.end) & (NOT_HERS - allow))

    def inside(self, field: str, target: Target, value: str | None = None) -> bool:
        """Whether `target` lies within the words of a target of `field` (of `value`, if
        given). A field's words come from one scan and never overlap, so only the last one to
        start at or before the target can hold it: found by bisection, in linear time."""
        place = bisect_right(self.field_starts.get(field, []), target.start) - 1
        if place < 0:
            return False
        holder = self.by_field[field][place]
        return target.end <= holder.end and (value is None or holder.value == value)

    def note(self, name: str, value: str, start: int, end: int) -> Evidence:
        a, b = self.text.span(start, end)
        item = Evidence(name, value, self.text.original[a:b], a, b)
        self.evidence.append(item)
        return item

    def forget(self, fields: frozenset[str]) -> None:
        """Drop the evidence noted for these fields: words read, then found to be nobody's."""
        self.evidence = [e for e in self.evidence if e.field not in fields]

    def of(self, name: str) -> list[Target]:
        return self.by_field.get(name, [])

    def near(
        self, name: str, sentence: Sentence, start: int, end: int, reach: int = 200
    ) -> list[Target]:
        """Targets of a field in the same sentence within `reach` characters: a bounded search."""
        return self.between(
            name, max(sentence.start, start - reach), min(sentence.end, end + reach)
        )

    def between(self, name: str, low: int, high: int) -> list[Target]:
        """Targets of a field that start in [low, high], found by bisection."""
        starts = self.field_starts.get(name, [])
        first, last = bisect_left(starts, low), bisect_right(starts, high)
        return self.by_field[name][first:last] if last > first else []

    # ------------------------------------------------------------ the exam

    def exam(self) -> tuple[Exam, Side | None]:
        title_like = {"title", "technique"}
        modalities = [
            Modality(t.value)
            for t in self.of("modality")
            if self.sentence(t.start).section in title_like and self.hers(t) and not self.advised(t)
        ]
        purposes = [
            Purpose(t.value)
            for t in self.of("purpose")
            if self.sentence(t.start).section in title_like and self.hers(t, frozenset({"other"}))
        ]
        date = None
        for match in _DATE.finditer(self.text.norm):
            sentence = self.sentence(match.start())
            before = self.text.norm[max(sentence.start, match.start() - 30) : match.start()]
            if _NOT_EXAM_DATE.search(before):
                continue  # "Patient DOB....06/12/1959": her birthday, not the exam's date
            if sentence.section == "title" or _DATE_LABEL.search(before):
                date = _date(match)
                if date:
                    self.note("exam_date", date.isoformat(), *match.span())
                    break
        sides = {Side(t.value) for t in self.of("side") if self.names_exam_side(t) and self.hers(t)}
        # A one-breast exam's side is its assessment's; a two-breast exam says nothing of it.
        exam_side = sides.pop() if len(sides) == 1 else None
        if exam_side is Side.BILATERAL:
            exam_side = None
        if exam_side and any(
            Side(t.value) not in {exam_side, Side.BILATERAL}
            and self.sentence(t.start).section in _FINDING_PARTS
            and self.hers(t)
            and not self.inside("history", t)  # "a left mastectomy"
            for t in self.of("side")
        ):
            # "The mammogram showed calcifications in my right breast. The ultrasound of my
            # left breast showed a cyst.": the other breast is named for her too
            exam_side = None
        purpose = purposes[0] if len(set(purposes)) == 1 else None
        return Exam(unique(modalities), purpose, date), exam_side

    def advised(self, target: Target) -> bool:
        """A word just after "recommend", "suggest" or "advise" names what comes next, not this
        exam ("Recommend directed ultrasound of the nodule" in a mammogram report's first lines).
        "Ordered" or "sent me for" do not count: those name the exam she had."""
        sentence = self.sentence(target.start)
        before = self.text.norm[max(sentence.start, target.start - 60) : target.start]
        return bool(_ADVISED.search(before)) or self.advised_after(sentence, target)

    def advised_after(self, sentence: Sentence, target: Target) -> bool:
        """An exam advised after its name: "An ultrasound is recommended"."""
        advised = _ADVISED_AFTER.match(self.text.norm, target.end, sentence.end)
        if advised and advised.group("short"):
            return not self.text.norm[sentence.start : sentence.end].rstrip().endswith("?")
        return bool(advised)

    def names_a_two_breast_exam(self, side: Target) -> bool:
        """Whether "bilateral" is part of an exam's name ("bilateral screening mammogram",
        "MAMMOGRAM BILATERAL SCREENING"): the exam looks at both breasts, a finding in it need
        not be in both."""
        norm = self.text.norm
        return bool(
            _TWO_BREAST_EXAM_AFTER.match(norm, side.end)
            or _TWO_BREAST_EXAM_BEFORE.search(norm, max(0, side.start - 16), side.start)
        )

    def names_exam_side(self, side: Target) -> bool:
        """A side named in a technique line, or in a title line right beside the exam's name,
        is the exam's ("MAMMO DIAGNOSTIC LEFT", "Right breast ultrasound and mammogram:").
        A post's first lines are "title" too: there a side is only the story's."""
        sentence = self.sentence(side.start)
        if sentence.section == "technique":
            return True
        if sentence.section != "title" or sentence.index >= TITLE_LINES:
            return False  # a title is at the top; a bullet further down is advice or a story
        low = max(sentence.start, side.start - _TITLE_REACH)
        high = min(sentence.end, side.end + _TITLE_REACH)
        return bool(rules().exam_words.pattern.search(self.text.norm, low, high))

    # ------------------------------------------------------------ categories

    def side_near(self, sentence: Sentence, start: int, end: int, reach: int = 120) -> Side | None:
        """The side named nearest to [start, end) in its sentence; a side in the same clause
        first ("Right breast BI-RADS 1, left breast BI-RADS 0": 1 is the right's)."""
        norm = self.text.norm
        clause_start, clause_end = self.clause(sentence, start, end)
        best: tuple[tuple[bool, bool, int, bool], Side] | None = None
        for target in self.near("side", sentence, start, end, reach):
            distance = min(abs(target.start - start), abs(target.end - end))
            if start <= target.start and target.end <= end:
                distance = -1  # inside the category's own words: "BI-RADS of left breast is 2"
            elif target.start >= end and _SIDE_IT_IS_FOR.fullmatch(norm, end, target.start):
                # the side it is given for: "BI-RADS 2 (benign) for the right breast", nearer
                # than the "left breast" of the category before it ("... for the left breast and")
                distance = -1
            if distance > reach or "negated" in self.context(target.start, target.end):
                continue
            if target.start >= end and (
                _SIDE_LABEL_COLON.match(norm, target.end) or _NEXT_CATEGORY.match(norm, target.end)
            ):
                continue  # "L:" or "Left breast:" after the category labels the next one, as
                # "right breast birads 1" does in "left breast birads 3 right breast birads 1"
            if target.value == "bilateral" and _OF_A_FINDING.match(norm, target.end):
                continue  # "Bilateral Breast Cysts with BIRADS 2": the cysts' side
            outside = not (clause_start <= target.start and target.end <= clause_end)
            # Past a comma and "and"/"but" after the category, a side is another statement's:
            # "on my right side, it's BIRADS 4A, and the left side is fine".
            # So is a breast after "and" with its own verb: "The right breast is BI-RADS 2 and
            # the left breast is BI-RADS 4A" (the 2 is the right's).
            across = target.start > end and (
                bool(_ANOTHER_STATEMENT.search(norm, end, target.start))
                or (
                    (other := _THEN_THE_OTHER.match(norm, end)) is not None
                    and other.end() == target.start
                )
            )
            # Same clause first, then nearest, then the one written before ("R: BIRADS 2").
            rank = (outside, across, distance, target.start > start)
            if best is None or rank < best[0]:
                best = (rank, Side(target.value))
        return best[1] if best else sentence.heading_side

    def in_a_class_heading(self, position: int) -> bool:
        """Whether a place is in the heading of an advice part that names a class of findings
        (found by bisection: a text of many headings still reads in linear time)."""
        place = bisect_right(self.advice_heading_starts, position) - 1
        if place < 0:
            return False
        a, b = self.advice_headings[place]
        return position < b and bool(_CLASS_OF_FINDINGS.search(self.text.norm, a, b))

    def only_side(self, sentence: Sentence, start: int, end: int) -> Side | None:
        """The one side a long sentence names, however far from a category at its end: "an
        asymmetry in the retroareolar region of the right breast with retraction of the
        nipple, suspicious of malignancy (BI-RADS 4A)". None where it names two."""
        return self.the_one_side(self.near("side", sentence, start, end, ONLY_SIDE_REACH))

    def the_one_side(self, sides: list[Target]) -> Side | None:
        """The one breast these side words name, not denied; None where they name two, or both
        breasts ("both breasts" in a long sentence is mostly its findings' side)."""
        found = {Side(t.value) for t in sides if "negated" not in self.context(t.start, t.end)}
        if len(found) != 1 or Side.BILATERAL in found:
            return None
        return found.pop()

    def side_before_a_semicolon(self, sentence: Sentence) -> Side | None:
        """The one side named in the sentence a semicolon ended just before this one, which is
        the same sentence in writing: "the upper quadrant of the right breast held an uneven
        nodule; the axillary nodes were not enlarged; BI-RADS 4B". (At most SEMICOLON_REACH
        sentences back; None where they name two sides, or both breasts.)"""
        norm = self.text.norm
        first = sentence
        for _ in range(SEMICOLON_REACH):
            if first.index == 0:
                break
            before = self.index.sentences[first.index - 1]
            if not norm[before.start : before.end].rstrip().endswith(";"):
                break
            first = before
        if first is sentence:
            return None
        return self.the_one_side(self.between("side", first.start, sentence.start - 1))

    def clause(self, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
        """The clause [start, end) stands in: its sentence, cut at the nearest comma or
        semicolon on each side, and at most CLAUSE_REACH characters each way (a bounded
        search: a sentence of thousands of words with no comma stays linear to read)."""
        norm = self.text.norm
        low = max(sentence.start, start - CLAUSE_REACH)
        high = min(sentence.end, end + CLAUSE_REACH)
        before = max(norm.rfind(",", low, start), norm.rfind(";", low, start))
        after = [i for i in (norm.find(",", end, high), norm.find(";", end, high)) if i >= 0]
        return (before if before >= 0 else low), (min(after) if after else high)

    @cached_property
    def category_forms(self) -> list[tuple[str, re.Match[str]]]:
        """Every category written in the text, with the kind of form it is written in (found
        once: the mentions and the names after them are read from it)."""
        norm = self.text.norm
        table = rules()
        return [
            (kind, match)
            for (kind, pattern), needs in zip(
                table.category_forms, table.category_form_needs, strict=True
            )
            if holds_all(needs, norm)
            for match in pattern.finditer(norm)
        ]

    @cached_property
    def category_ends(self) -> list[int]:
        """Where each written category ends, in order."""
        return sorted(match.end() for _, match in self.category_forms)

    @cached_property
    def category_starts(self) -> list[int]:
        """Where each written category starts, in order."""
        return sorted(match.start() for _, match in self.category_forms)

    def names_the_next_category(self, target: Target) -> bool:
        """Whether a word stands right before a category as its name, "Benign, BI-RADS 2:
        milk-of-calcium": the category's word, not the calcifications' after it."""
        return self.written_category_after(target.end) is not None

    def its_name_before(self, start: int, value: str) -> int:
        """Where the name of category `value` that stands right before `start` starts
        ("Highly suggestive of malignancy (" before "BI-RADS 5"), or `start` where none does.
        Another category's name is no part of it ("Highly suggestive of malignancy (Bi-RADS
        4C)")."""
        norm = self.text.norm
        low = max(0, start - NAME_REACH)
        for named, pattern in rules().category_names:
            if not _fits(named, value):
                continue
            for name in pattern.finditer(norm, low, start):
                if _NAME_BEFORE.fullmatch(norm, name.end(), start):
                    return name.start()
        return start

    def written_category_after(self, end: int) -> str | None:
        """The value of the written category that follows `end` as what the words before it
        name ("Benign, BI-RADS 2", "Highly suggestive of malignancy (Bi-RADS 4C)"), or None."""
        at = bisect_left(self.category_starts, end)
        if at == len(self.category_starts):
            return None
        start = self.category_starts[at]
        if not _NAME_BEFORE.fullmatch(self.text.norm, end, start):
            return None
        return self.category_value_at[start]

    @cached_property
    def category_raws(self) -> list[str]:
        """Each written category's value as written (`_refined`), in the order of its form."""
        return [self._refined(match) for _, match in self.category_forms]

    @cached_property
    def category_values(self) -> list[Category]:
        """Each written category, in the order of its form."""
        return [_category(raw) for raw in self.category_raws]

    @cached_property
    def category_value_at(self) -> dict[int, str]:
        """The value of each written category, by where it starts."""
        return {
            match.start(): category.value
            for (_, match), category in zip(self.category_forms, self.category_values, strict=True)
        }

    def category_mentions(self) -> list[_Mention]:
        norm = self.text.norm
        mentions: list[_Mention] = []
        taken: set[int] = set()
        # Every category named in each sentence, whatever its context: two different ones
        # joined by "and"/"or" with no side between them are a list, not her result.
        named: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        found = self.category_forms
        raws = self.category_raws
        for (_, match), raw in zip(found, raws, strict=True):
            home = self.sentence(match.start())
            if match.start() < home.end:  # not a heading between parts ("BI-RADS categories:")
                named[home.index].append((match.start(), match.end(), raw))
        for spans in named.values():
            spans.sort()
        sided = {
            t_index
            for t_index, ts in self.by_sentence.items()
            if any(t.field == "side" for t in ts)
        }
        for (kind, match), raw, category in zip(found, raws, self.category_values, strict=True):
            start = match.start("value")
            if start in taken:
                continue
            taken.add(start)
            sentence = self.sentence(start)
            if sentence.section in NOT_HER_EXAM and not self.of_this_case(sentence):
                continue
            if self.in_a_class_heading(start):
                if category is not Category.C0:
                    self.set_aside.append((match.start(), category))
                continue
            # A label on the line above its value ("BI-RADS assessment:" / "Category 1, negative")
            # is read from the value's own sentence, not the last sentence of the part before.
            head = match.start() if self.sentence(match.start()) is sentence else start
            # The category's own name written right before it is its words, no cue for it:
            # "Left breast: Highly suggestive of malignancy (BI-RADS 5)" is no doubt
            # ("suggestive of"); it had been set aside, and the right breast's 2 shown alone.
            head = self.its_name_before(head, category.value)
            context = self.context(head, match.end())
            if context == {"hypothetical"} and self.asks_about_her_own(sentence, match):
                context = frozenset()
            if "negated" in context and not self.in_clause(sentence, match.start(), match.end()):
                context = context - {"negated"}  # "no enlarged nodes, BI-RADS 4B"
            if "uncertain" in context and (
                not self.in_clause(sentence, match.start(), match.end(), "uncertain")
                or (
                    sentence.section in CATEGORY_SECTIONS_FIRST and not self.doubted(sentence, head)
                )
            ):
                # "possible malignancy, BI-RADS 4": the doubt is the malignancy's; and in a
                # report's impression, "Highly suggestive of malignancy findings in the left
                # breast (BI-RADS 5)": the finding's, the category says how much. (Elsewhere a
                # doubt still sets a category aside: pages that teach say "suggestive of" of a
                # kind of finding and the category it takes.)
                context = context - {"uncertain"}
            if context & NOT_HERS:
                if context == {"other"} and category is not Category.C0:
                    self.set_aside.append((match.start(), category))
                continue
            if _RANGE_AFTER.match(norm, match.end()) or (
                "categories" in norm[match.start() : match.start("value")]
            ):
                # "BI-RADS 4C or 5": a choice; "BI-RADS 3 and 4A often cause anxiety",
                # "BI-RADS categories 4 and 5 require ...": a class, taught, not hers
                if category is not Category.C0:
                    self.set_aside.append((match.start(), category))
                    self.ranges.add(match.start())
                continue
            taught = self.class_not_hers(match, raw, sentence, named, sided)
            if taught:
                if taught not in {"class", "any", "listed"} and category is not Category.C0:
                    # (a class, "all BI-RADS 4 lesions", any one, "a BI-RADS 4 would mean a
                    # biopsy", or two joined, "a 4 would mean ..., and a 5 would ...", are
                    # named as often beside her own category: not counted)
                    self.set_aside.append((match.start(), category))
                self.taught_one = self.taught_one or taught == "taught"
                continue
            if kind == "given" and not self.names_the_scale:
                continue  # "rated a 4": a category only where the text names BI-RADS
            if kind == "continued" and not self.continues_a_category(match.start()):
                continue  # "The left was rated 4 and the right 2": the 4 was no category read
            if kind == "label" and raw.isdigit() and _LIST_NUMBER_AFTER.match(norm, match.end()):
                # (a lettered value, "Left breast 4A.", is no list number)
                name = norm[match.end() : match.end() + 24]
                if not re.match(r"[.)] ?(?:" + _NAME_FITS.get(raw[:1], "x") + ")", name):
                    continue  # "IMPRESSION: 1. Suspicious ...": a list number
            self.category_sentences.add(sentence.index)
            side = (
                self.side_near(sentence, match.start(), match.end())
                or self.only_side(sentence, match.start(), match.end())
                or self.side_before_a_semicolon(sentence)
            )
            # (from the label's own line when it stands above its value: "OVERALL ASSESSMENT:")
            lower = min(sentence.start, match.start())
            low = max(lower, match.start() - 30)
            overall = any(
                _OVERALL_NEXT.match(norm, label.end())
                for label in _OVERALL_LABEL.finditer(norm, low, match.start() + 12)
            )
            mentions.append(
                _Mention(
                    category,
                    side,
                    sentence,
                    match.start(),
                    match.end(),
                    overall,
                )
            )
            # A table's row gives one value a column ("BI-RADS 1 4B" under "Right Left"): each
            # is a category. (Before, the first was read alone: a 1 shown for a left 4B.)
            more = _ROW_MORE.match(norm, match.end())
            if more and (_ROW_END.match(norm, more.end()) or self.column_sides(match.start())):
                for column in _ROW_VALUE.finditer(norm, more.start(), more.end()):
                    taken.add(column.start())
                    mentions.append(
                        _Mention(
                            _category(column.group()),
                            None,
                            sentence,
                            column.start(),
                            column.end(),
                            overall,
                        )
                    )
        for start, end, raw, side in self.table_rows():
            if start in taken:
                continue
            sentence = self.sentence(start)
            if sentence.section in NOT_HER_EXAM or self.context(start, end) & NOT_HERS:
                continue
            self.category_sentences.add(sentence.index)
            mentions.append(_Mention(_category(raw), side, sentence, start, end, False))
        if mentions:
            return self.sided_by_columns(mentions)
        form_ends = sorted(end for spans in named.values() for _, end, _ in spans)
        # Where the longest name ending at each place starts: "benign" at the end of "probably
        # benign" is no second name (found for all names first, then looked up).
        longest: dict[int, int] = {}
        for _, pattern in rules().category_names:
            for match in pattern.finditer(norm):
                longest[match.end()] = min(longest.get(match.end(), match.start()), match.start())
        for value, pattern in rules().category_names:
            for match in pattern.finditer(norm):
                if longest[match.end()] < match.start():
                    continue
                sentence = self.sentence(match.start())
                at = bisect_right(form_ends, match.start()) - 1
                if at >= 0 and _ATTACHED.fullmatch(norm, form_ends[at], match.start()):
                    continue  # "Bi-rads 4 (suspicious ...)": the name of a category set aside
                written = self.written_category_after(match.end())
                if written is not None and not _fits(value, written):
                    # "Highly suggestive of malignancy (Bi-RADS 4C)": the name of another
                    # category than the one written after it, which says which it is
                    continue
                if sentence.section in NOT_HER_EXAM | {"technique"}:
                    continue
                # What stands before and after the name in its sentence, looked at within
                # NAME_REACH characters (a sentence may be very long): more means "not alone".
                far_start = sentence.start < match.start() - NAME_REACH
                before = norm[max(sentence.start, match.start() - NAME_REACH) : match.start()]
                before = re.sub(r"^\d{1,2}[.)]\s?", "", before.strip(" :" + BULLETS))
                after = norm[match.end() : min(sentence.end, match.end() + NAME_REACH)]
                # The name ends its clause at a dash or a semicolon: "Impression: probably
                # benign - follow-up should be performed" is the name alone, then the advice
                # (counted whole, "follow-up is recommended" passed and "follow-up should be
                # performed" did not).
                clause = _CLAUSE_END.split(" " + after.lstrip(" "), maxsplit=1)
                after = after.strip(" .,;-")
                if len(clause) > 1:
                    words_after = len(clause[0].split())
                elif sentence.end > match.end() + NAME_REACH:
                    words_after = 99
                else:
                    words_after = len(after.split())
                if norm[match.end() : match.end() + 2].lstrip().startswith(":"):
                    continue  # "Suspicious: None" is a field label
                alone = not far_start and not before and words_after <= 3 and "calcif" not in after
                labelled = bool(_LABEL_BEFORE.search(before)) and words_after <= 2
                if not (
                    labelled
                    or (alone and (sentence.section == "impression" or value in _DISTINCT_NAMES))
                ):
                    continue
                if self.context(match.start(), match.end()) & (NOT_HERS - {"negated"}):
                    continue
                if self.under_condition(sentence):
                    continue  # "2. Highly suggestive of malignancy", an option under a question
                if sentence.section == "title" and self.headline(sentence):
                    continue  # a page's title, "Highly Suggestive of Malignancy": its subject
                if value != "1" and "negated" in self.context(match.start(), match.end()):
                    continue
                side = self.side_near(sentence, match.start(), match.end())
                self.category_sentences.add(sentence.index)
                mentions.append(
                    _Mention(
                        Category(value),
                        side,
                        sentence,
                        match.start(),
                        match.end(),
                        False,
                        named=True,
                    )
                )
                break
        return mentions

    def table_rows(self) -> list[tuple[int, int, str, Side]]:
        """The rows of a table with a line for each breast under a BI-RADS column ("Side
        BI-RADS Density" above "Right 1 B" and "Left 4B B"): each value, where it stands, and
        its breast. Only where the category is the first column after the breast's: another
        before it (a density given as a number) could be taken for it."""
        norm = self.text.norm
        rows: list[tuple[int, int, str, Side]] = []
        seen = -1
        for word in _TABLE_HEAD_WORD.finditer(norm):
            end = norm.find("\n", word.end(), word.end() + _COLUMNS_REACH)
            if end < 0 or end <= seen:
                continue
            line = norm.rfind("\n", max(0, word.start() - _COLUMNS_REACH), word.start())
            if line < 0 and word.start() > _COLUMNS_REACH:
                continue
            if not _TABLE_HEAD.fullmatch(norm, line + 1, end):
                continue
            seen = end
            while row := _TABLE_ROW.match(norm, end + 1):
                rows.append((row.start(2), row.end(2), row.group(2), side_word(row.group(1))))
                end = seen = row.end()
        return rows

    def column_sides(self, start: int) -> tuple[Side, Side] | None:
        """The two breasts a table's columns are headed with, in order, where a row starting
        at `start` stands under them ("Right Left" on the line above, or just before it where
        the line breaks were lost); None where no such heading stands there."""
        norm = self.text.norm
        low = max(0, start - _COLUMNS_REACH)  # (looked at near `start`: a read stays linear)
        sides = _SIDES_BEFORE.search(norm, low, start)
        line = norm.rfind("\n", low, start)
        if sides is None and line >= 0 and not norm[line + 1 : start].strip(" \t|"):
            above = norm.rfind("\n", max(0, line - _COLUMNS_REACH), line)
            if above >= 0 or line <= _COLUMNS_REACH:
                sides = _SIDES_LINE.fullmatch(norm, above + 1, line)
        if sides is None:
            return None
        first, second = (side_word(word) for word in sides.groups())
        return (first, second) if first is not second else None

    def sided_by_columns(self, mentions: list[_Mention]) -> list[_Mention]:
        """Two categories side by side in a row under a heading of the two breasts take the
        breasts in order ("Right breast | Left breast" above "BI-RADS 1 | BI-RADS 4B")."""
        norm = self.text.norm
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        runs: list[list[int]] = []
        for i in order:
            if runs and _BETWEEN_COLUMNS.fullmatch(
                norm, mentions[runs[-1][-1]].end, mentions[i].start
            ):
                runs[-1].append(i)
            else:
                runs.append([i])
        out = list(mentions)
        for run in runs:
            if len(run) != 2:
                continue
            sides = self.column_sides(mentions[run[0]].start)
            if sides is not None:
                for i, side in zip(run, sides, strict=True):
                    out[i] = _with_side(mentions[i], side)
        return out

    def of_this_case(self, sentence: Sentence) -> bool:
        """Whether a sentence in a case's lesson speaks of the case itself ("In this patient,
        BI-RADS 4B was assigned", "In our case, the radiologist assigned BI-RADS 4B"): what it
        says is hers. (The lesson's other sentences are about the topic.)"""
        return sentence.section == "teaching" and bool(
            _THIS_CASE.match(self.text.norm, sentence.start, sentence.end)
        )

    def continues_a_category(self, start: int) -> bool:
        """Whether a written category ends right before `start`, so that the other breast's
        value there continues it ("BI-RADS right 2, left 4A"; its form looks behind only at the
        value's last character)."""
        at = bisect_right(self.category_ends, start) - 1
        return at >= 0 and start - self.category_ends[at] <= _CONTINUED_REACH

    @cached_property
    def section_starts(self) -> list[int]:
        return [section.start for section in self.sections]

    def heading_at(self, position: int) -> str:
        """The heading of the part `position` is in ("" where none is)."""
        at = bisect_right(self.section_starts, position) - 1
        return self.sections[at].heading if at >= 0 else ""

    @cached_property
    def addendum_spans(self) -> list[tuple[int, int]]:
        """Where each addendum runs: its own part and the impression or recommendation parts
        straight after it ("ADDENDUM: ... stable over 5 years. Final assessment: BI-RADS 2"
        gives its category under a heading of its own). A part of another kind ends it, as the
        original report below an addendum set at the top does."""
        spans: list[tuple[int, int]] = []
        open_ = False
        for section in self.sections:
            if section.kind == "addendum":
                spans.append((section.start, section.end))
                open_ = True
            elif open_ and section.kind in _ADDENDUM_GOES_ON:
                spans[-1] = (spans[-1][0], section.end)
            else:
                open_ = False
        return spans

    def in_addendum(self, position: int) -> bool:
        spans = self.addendum_spans  # in order, apart (found by bisection: a read stays linear)
        at = bisect_right(spans, (position, len(self.text.norm) + 1)) - 1
        return at >= 0 and spans[at][0] <= position < spans[at][1]

    def assessments(self, exam_side: Side | None) -> tuple[tuple[Assessment, ...], bool]:
        mentions = self.category_mentions()
        first = [m for m in mentions if m.sentence.section in CATEGORY_SECTIONS_FIRST or m.overall]
        left_out_more_serious = False
        if first:
            # A category outside the impression more serious than any in it ("Sonar Findings:
            # ... BI-RADS: 3" above "Impression: ... BI-RADS 1", as where two hospitals' reports
            # are pasted together) is not left out unasked: both are shown, and she is asked.
            highest = max(m.category.seriousness for m in first)
            in_first = {id(m) for m in first}
            more_serious = [
                m
                for m in mentions
                if id(m) not in in_first
                and m.category.seriousness > highest
                and m.category is not Category.C0
            ]
            left_out_more_serious = bool(more_serious)
            mentions = first + more_serious
        addenda = [m for m in mentions if self.in_addendum(m.start)]
        if addenda:
            mentions = addenda
        # A recall (0) followed by a final category for the same side is replaced by it, and so
        # is any category said of a screening that a later one not said of one follows.
        mentions.sort(key=lambda m: m.start)
        later_sides: set[Side | None] = set()  # sides of the final categories after this one
        replaced: set[int] = set()
        later_diagnostic = False  # a category after this one, not said of a screening
        for index in range(len(mentions) - 1, -1, -1):
            mention = mentions[index]
            if mention.category is not Category.C0:
                if later_diagnostic and self.said_of_a_screening(mention):
                    # "referred for assessment of BI-RADS 4b ... seen in her screening
                    # mammogram" then "The lesions were classified as BI-RADS 5": replaced too
                    replaced.add(index)
                    continue
                later_sides.add(mention.side)
                later_diagnostic = later_diagnostic or not self.said_of_a_screening(mention)
            elif any(_same_side(side, mention.side) for side in later_sides):
                replaced.add(index)
        # A page that names no one and gives two categories with no side to tell them apart
        # ("BI-RADS 0: Needs additional imaging ... BI-RADS 1: Negative") defines them: asked.
        # A screening's 0 replaced by the later category is no such pair.
        with_no_side = {
            m.category
            for i, m in enumerate(mentions)
            if m.side is None and not (i in replaced and self.said_of_a_screening(m))
        }
        undefined = not first and len(with_no_side) >= 2 and not self.names_someone
        mentions = [m for i, m in enumerate(mentions) if i not in replaced]
        one_side = exam_side
        if one_side:
            mentions = [m if m.side else _with_side(m, one_side) for m in mentions]
        groups: dict[Side | None, list[_Mention]] = defaultdict(list)
        for mention in mentions:
            key = None if mention.side is Side.BILATERAL else mention.side
            groups[key].append(mention)
        conflict = False
        kept: list[_Mention] = []
        for group in groups.values():
            values = {m.category for m in group}
            lettered = {c for c in values if c.value.startswith("4") and len(c.value) == 2}
            if lettered:
                values.discard(Category.C4)
            if len(values) > 1:
                overall = [m for m in group if m.overall and m.category in values]
                if len({m.category for m in overall}) == 1:
                    values = {overall[0].category}
                else:
                    conflict = True
            kept += [m for m in group if m.category in values]
        sided = [m.category for m in kept if m.side in {Side.LEFT, Side.RIGHT}]
        unsided = {m.category for m in kept if m.side in {None, Side.BILATERAL}}
        if sided and unsided:
            most = max(sided, key=lambda c: c.seriousness)
            if unsided - {most} and not unsided <= set(sided):
                conflict = True
        conflict = conflict or self.told_before_a_later_visit(kept) or self.recall_then_more(kept)
        conflict = conflict or self.changed_after(kept)
        conflict = conflict or left_out_more_serious
        # "Probably benign" with no number, outside an impression or assessment part, is said
        # of single findings as often as it assesses the exam: a 3 read from those words alone
        # there is asked about, not shown ("ASSESSMENT: Probably benign." is shown). (Before, the
        # "benign" inside it was read as a second name, a 2 no report stated, and she was asked
        # to choose between the two: the same question, with a wrong choice in it.)
        conflict = conflict or any(
            m.named and m.category is Category.C3 and m.sentence.section != "impression"
            for m in kept
        )
        conflict = conflict or undefined or (self.taught_one and not first)
        self.defines_categories = undefined
        if undefined and len(with_no_side) >= DEFINED_CATEGORIES:
            return (), False  # a page that defines the categories: none is hers to choose
        if kept and not first and not conflict:
            # Outside any impression or assessment part, in a text that sets aside two or more
            # other categories as teaching, the one left may be teaching too: ask her. (Not for
            # lines below it that say what other categories mean, as a leaflet below a report
            # does: "BI-RADS 2." then "A BI-RADS 3 result means ...".)
            last = max(m.end for m in kept)
            others = {
                c for start, c in self.set_aside if not (start > last and self.defines_at(start))
            } - {m.category for m in kept}
            conflict = len(others) >= TAUGHT_CATEGORIES
            # A page that sets aside three or more mentions as teaching and never speaks of a
            # person ("A BI-RADS 4 classification indicates ..."): the one left is asked about.
            conflict = conflict or self.teaching_page()
        # The same category said once with no side and once beside one breast's words is one
        # assessment: its side is only as sure as the words that place it ("BI-RADS 0 ... left
        # breast marker" names no breast of the 0). Per-breast lines for both breasts stay.
        for category in {m.category for m in kept if m.side is None}:
            placed = [m for m in kept if m.category is category and m.side is not None]
            if (
                len({m.side for m in placed}) == 1
                and placed[0].side is not Side.BILATERAL
                and not any(self.per_breast_line(m) for m in placed)
                # (an overall line beside one breast's own: "5: (Breast Imaging Left)" then
                # "OVERALL ASSESSMENT: 5" are both stated)
                and not any(m.overall for m in kept if m.category is category and m.side is None)
            ):
                kept = [m for m in kept if m.category is not category or m.side is None]
        out = []
        seen: set[tuple[Category, Side | None]] = set()
        for m in sorted(kept, key=lambda m: m.start):
            if (m.category, m.side) in seen:
                continue
            seen.add((m.category, m.side))
            evidence = self.note("category", m.category.value, m.start, m.end)
            out.append(Assessment(m.category, m.side, evidence))
            if m.category is Category.C0:
                self.zero_ends.append(m.end)
        return tuple(out), conflict

    def defines_at(self, position: int) -> bool:
        """Whether the sentence at `position` opens by saying what a category means ("A BI-RADS
        3 result means ..."): its category, its advice and its biopsy are any woman's."""
        return bool(_DEFINES_A_CATEGORY.match(self.text.norm, self.sentence(position).start))

    def per_breast_line(self, mention: _Mention) -> bool:
        """A category on a line or under a heading of one breast's own ("LEFT BREAST: BI-RADS
        5", "RIGHT: ... Assessment: 2")."""
        if mention.sentence.heading_side is not None:
            return True
        norm = self.text.norm
        low = max(0, mention.start - NAME_REACH)  # (bounded: linear on a line with no break)
        found = norm.rfind("\n", low, mention.start)
        if found < 0 and low > 0:
            return False  # its line starts further back than a label's reach
        return bool(_BREAST_LINE.match(norm, found + 1, mention.start))

    def taught(self, sentence: Sentence, match: re.Match[str]) -> bool:
        """A category given to a kind of lesion in general, outside a report's own parts: in
        brackets after a statement about a bare noun ("Oil cysts are definitely benign (BI-RADS
        2)", "BAC appears as linear, parallel tracks along breast arteries (BI-RADS 2)")."""
        if sentence.section in REPORT_PARTS:
            return False
        norm = self.text.norm
        if norm[max(sentence.start, match.start() - 2) : match.start()].strip() != "(":
            # or as what a kind of lesion is: "Fibroadenoma is a BI-RADS category 3 lesion"
            kind = _A_KIND_IS.fullmatch(norm, sentence.start, match.start())
            return bool(kind and not _NOT_A_BARE_SUBJECT.search(norm, *kind.span("subject")))
        low = max(sentence.start, match.start() - TAUGHT_REACH)
        low = max(low, norm.rfind(";", low, match.start()) + 1)
        statement = _TAUGHT_IN_BRACKETS.fullmatch(norm, low, match.start())
        # (the bare noun is the subject: "BAC looks like tracks along the breast arteries
        # (BI-RADS 2)" is taught, "the" standing in what it looks like)
        return bool(
            statement
            and not _NOT_A_BARE_SUBJECT.search(norm, *statement.span("subject"))
            and not _NOT_A_BARE_PREDICATE.search(norm, statement.end("subject"), match.start())
        )

    def class_not_hers(
        self,
        match: re.Match[str],
        raw: str,
        sentence: Sentence,
        named: dict[int, list[tuple[int, int, str]]],
        sided: set[int],
    ) -> str:
        """Why a category named in a list, a quiz, a lesson or a heading is nobody's result
        ("" where nothing says so). Each such category is set aside: a text that teaches its
        categories may be teaching the one left too. "taught" is a category given to a kind of
        lesion in general, after which any category left outside an assessment part is asked."""
        norm = self.text.norm
        if sentence.index not in sided and self.listed(match, raw, named[sentence.index]):
            return "listed"  # "category 4, '...' and category 5, '...' should be phoned"
        if self.quizzed(sentence):
            return "quiz"  # "... classified BI-RADS 3. Are you satisfied?": a quiz
        clause, _ = self.clause(sentence, match.start(), match.end())
        if (
            _GENERIC_SUBJECT.fullmatch(norm, sentence.start, match.start())
            # (or opening a clause after a greeting: "Hi and welcome, A BI-RADS 5 does not ...")
            or _GENERIC_SUBJECT.fullmatch(norm, clause + 1, match.start())
        ) and not _TOLD_AS_DONE.match(norm, match.end(), sentence.end):
            return "any"  # "A BI-RADS 5 does not tell how bad a cancer is": any 5, not hers
        if _A_CLASS_BEFORE.search(
            norm, max(sentence.start, match.start() - CLASS_WORDS_REACH), match.start()
        ):
            return "class"  # "mandatory for all BI-RADS category 4 lesions": a class
        if _PEOPLE_AFTER.match(norm, match.end()):
            return "class"  # "So these are the BI-RADS 3 patients": people of a category
        if self.a_statistic(sentence, match.start(), match.end()):
            return "class"  # "most patients (46.36%) had BIRADS 2": a study's figures
        if (
            sentence.section not in REPORT_PARTS
            and _A_CLASS_AFTER.match(norm, match.end())
            and not _OWNER_JUST_BEFORE.search(norm, max(0, match.start() - 8), match.start())
            and not _HERS_OR_SIDE.search(
                norm, max(sentence.start, match.start() - CLASS_WORDS_REACH), match.start()
            )
        ):
            return "class"  # "Category 4 lesions need a biopsy": any such lesion
        low = max(0, match.start() - CLASS_LINE_REACH)
        line = norm.rfind("\n", low, match.start())
        if (
            sentence.section not in REPORT_PARTS
            and (line >= 0 or low == 0)
            and _FOR_A_CLASS.fullmatch(norm, line + 1, match.start())
            and not _SIDE_OR_BOTH.search(norm, line + 1, match.start())
        ):
            return "heading"  # "For Complicated Cysts (BI-RADS 3)": a heading over advice
        kind = _A_KIND_IN_BRACKETS.search(
            norm, max(sentence.start, match.start() - KIND_REACH), match.start()
        )
        if (
            kind
            and sentence.section not in REPORT_PARTS
            and self.text.words(*kind.span("kind")).istitle()
        ):
            return "heading"  # "... of the cyst: Simple Cyst (BI-RADS 2) - Criteria: ...", a
            # kind's name in title case, its line breaks lost: a heading of a lesson
        if self.taught(sentence, match):
            return "taught"  # "Simple cysts are definitely benign (BI-RADS 2)"
        if self.under_a_legend_lead(match.start()):
            return "heading"  # "Here's what each category actually means:" then
            # "Category 0: Incomplete - Additional Imaging Needed" (a page cut after its first)
        if self.under_condition(sentence) or self.quiz_option(sentence):
            return "option"  # a bullet under "If the mass grows:", an option under a question
        start = match.start("value")
        near = max(0, start - HASH_HEADING_REACH)
        line = norm.rfind("\n", near, start) + 1
        if (
            (line or not near)
            and norm.startswith("#", line)
            and _HASH_HEADING.fullmatch(norm, line, start)
        ):
            return "heading"  # "## BI-RADS II": a page's heading names a topic, not her result
        return ""

    def under_a_legend_lead(self, start: int) -> bool:
        """Whether a category opens its line right below a line that leads into what each
        category means ("Here's what each category actually means:")."""
        norm = self.text.norm
        # (line breaks looked for near `start` only: a text of one long line reads linearly)
        near = max(0, start - LINE_START_REACH)
        line = norm.rfind("\n", near, start) + 1
        if (line == 0 and near > 0) or norm[line:start].strip(" \t" + BULLETS):
            return False  # not the line's first words
        above = norm.rfind("\n", max(0, line - 1 - LEGEND_LEAD_REACH), max(0, line - 1)) + 1
        low = max(above, line - LEGEND_LEAD_REACH)
        return bool(_LEGEND_LEAD.search(norm, low, line))

    def a_statistic(self, sentence: Sentence, start: int, end: int) -> bool:
        """Whether a population's share stands beside these words in their sentence, outside a
        report's parts: a study's figures ("most patients (46.36%) had BIRADS 2")."""
        norm = self.text.norm
        low = max(sentence.start, start - STATISTIC_REACH)
        high = min(sentence.end, end + STATISTIC_REACH)
        return (
            sentence.section not in REPORT_PARTS
            and bool(_SHARE.search(norm, low, high))
            and bool(_POPULATION.search(norm, low, high))
        )

    def headline(self, sentence: Sentence) -> bool:
        """A line written as a page's title: each word of four letters or more capitalized, no
        word all in capitals, no full stop ("Highly Suggestive of Malignancy")."""
        line = self.text.words(sentence.start, sentence.end).strip()
        words = re.findall(r"[^\W\d_]{4,}", line)
        return (
            bool(words)
            and not line.endswith(".")
            and all(w[0].isupper() and not w.isupper() for w in words)
        )

    def teaching_page(self) -> bool:
        """A page that sets aside three or more category mentions as teaching and never speaks
        of a person: a lesson, a quiz or a form. Read after `category_mentions`."""
        return len(self.set_aside) >= TAUGHT_MENTIONS and not self.names_someone

    def a_lesson_page(self, assessments: tuple[Assessment, ...], findings: list[Finding]) -> bool:
        """A page with no report's parts that never speaks of a person, gives no category of
        hers and sets one or more aside as teaching, where every finding is calcifications with
        no size or place: an article on a kind of them ("Amorphous calcifications are a
        morphology descriptor ... most amorphous calcifications are assessed as BI-RADS 4B").
        Their shapes and groups are nobody's. (A mass or a size may be a case's, as a question
        page gives it: "two left breast masses, 7 mm and 4 mm".) The category set aside is
        given to calcifications in its own sentence: a leaflet below her lines ("A BI-RADS 3
        result means ...") teaches nothing of hers. A page with no finding at all is left to
        `teaching_page`. Read after `assessments`."""
        calcium = {
            self.sentence(t.start).index for t in self.of("anchor") if t.value == "calcification"
        }
        return (
            bool(findings)
            and any(self.sentence(start).index in calcium for start, _ in self.set_aside)
            and len(self.index.sentences) >= LESSON_SENTENCES
            and all(f.is_calcification and not f.sizes and not f.locations for f in findings)
            and not assessments
            and not self.names_someone
            and not any(part.kind in REPORT_PARTS for part in self.sections)
        )

    @cached_property
    def speaks_of_a_biopsy(self) -> bool:
        """Whether the text names a biopsy or its tissue anywhere (`_OF_A_BIOPSY`, looked for
        once)."""
        return bool(_OF_A_BIOPSY.search(self.text.norm))

    @cached_property
    def names_the_scale(self) -> bool:
        """Whether the text names BI-RADS anywhere (looked for once)."""
        return bool(_SCALE.search(self.text.norm))

    @cached_property
    def names_someone(self) -> bool:
        """Whether the text speaks of a person anywhere, by a word for one (looked for once)."""
        return bool(_SOMEBODY_AT_ALL.search(self.text.norm))

    def _refined(self, match: re.Match[str]) -> str:
        """The value a category form found, with a subcategory given in brackets after a bare 4
        ("BI-RADS 4 (4B)", "category 4 (b)")."""
        raw = match.group("value").split("/")[-1].strip()
        if raw in ("4", "iv"):
            sub = _SUBCATEGORY.match(self.text.norm, match.end())
            # (not a list of the subcategories: "(4A: low, 4B: moderate, 4C: high suspicion)")
            if sub and not _ANOTHER_SUBCATEGORY.search(self.text.norm, sub.end(), sub.end() + 40):
                return raw + next(g for g in sub.groups() if g)
        return raw

    def listed(self, match: re.Match[str], raw: str, named: list[tuple[int, int, str]]) -> bool:
        """A category named in one list with another ("category 4 ... and category 5 ...
        should be phoned to the doctor"): a rule about categories, not her result. Two
        categories with a side each ("right BI-RADS 1 and left BI-RADS 0") are hers (the
        caller leaves out sentences with a side). `named` is the sentence's categories in
        order; only those within LIST_REACH are looked at."""
        norm = self.text.norm
        low = bisect_left(named, (match.start() - LIST_REACH,))
        high = bisect_right(named, (match.end() + LIST_REACH,))
        for start, end, other in named[low:high]:
            if other == raw or (start, end) == match.span():
                continue
            a, b = (end, match.start()) if start < match.start() else (match.end(), start)
            if _JOINED.search(norm, a, b) and not _THEN_NOW.search(norm, a, b):
                return True  # not "BIRADS 3 six months ago and now BIRADS 4A": two exams
        return False

    def in_clause(self, sentence: Sentence, start: int, end: int, kind: str = "negated") -> bool:
        """Words are negated only by a cue in their own clause ("not BI-RADS 4", "BI-RADS 0 is
        not appropriate"): a "no" that began a list before a comma ("no enlargement of
        axillary lymph nodes, BI-RADS 4B") governs the list, not a category after it, and a
        "never" in a clause before ("who has never breast-fed, the glands can develop calcium
        deposits") says nothing of the calcium. The same for a doubt (`kind` "uncertain"):
        "possible malignancy, BI-RADS 4" doubts the malignancy, not the category."""
        clause, _ = self.clause(sentence, start, end)
        if clause == sentence.start:
            return True
        cues = self.cues.get(sentence.index, [])  # in order of place: bisect, not a filter,
        cues = cues[bisect_right(cues, clause, key=lambda c: c.start) :]  # for a long sentence
        return kind in contexts(self.text, sentence, cues, start, end)

    def doubted(self, sentence: Sentence, start: int) -> bool:
        """Whether a doubt governs the category at `start` itself: "possibly BI-RADS 4", "may
        represent a category 3", its doubt word right before it. A doubt about what the
        report saw ("suggestive of malignancy", "concern for cancer", "possible mass") is the
        finding's: the category says how much."""
        norm = self.text.norm
        return any(
            cue.category == "uncertain" and _RIGHT_BEFORE.fullmatch(norm, cue.end, start)
            for cue in self.cues.get(sentence.index, [])
            if start - _DOUBT_REACH <= cue.end <= start
        )

    def asks_about_her_own(self, sentence: Sentence, match: re.Match[str]) -> bool:
        """ "Should I be worried about getting a BI-RADS 0 on my mammogram?": a question about
        her own result, which the question mark alone would set aside."""
        norm = self.text.norm
        if not self.found_in(_OWN, sentence) or _RANGE_AFTER.match(norm, match.end()):
            return False
        cues = self._no_question_cues.get(sentence.index)
        if cues is None:  # each sentence's cues but its question marks, worked out once
            cues = [c for c in self.cues.get(sentence.index, []) if norm[c.start : c.end] != "?"]
            self._no_question_cues[sentence.index] = cues
        return not contexts(self.text, sentence, cues, match.start(), match.end()) & NOT_HERS

    def found_in(self, pattern: re.Pattern[str], sentence: Sentence) -> bool:
        """Whether a pattern is found in a sentence. Looked for once a sentence: many
        categories in one long sentence would otherwise search it again each (quadratic)."""
        key = (pattern, sentence.index)
        if key not in self._found:
            self._found[key] = bool(pattern.search(self.text.norm, sentence.start, sentence.end))
        return self._found[key]

    def said_of_a_screening(self, mention: _Mention) -> bool:
        """Whether a category's sentence names the screening or recall it was given at, or
        the follow-up it brought her to: an exam before this one."""
        return self.found_in(_SCREENING, mention.sentence)

    def changed_after(self, kept: list[_Mention]) -> bool:
        """The text goes on to say the category was changed ("They first told me BI-RADS 3 but
        then upgraded it to 4A", "BI-RADS 0 at screening, then 4C"): the one kept may not be
        the final one, so she is asked."""
        if not kept:
            return False
        last = max(m.end for m in kept)
        norm = self.text.norm
        return bool(
            _CHANGED_TO.search(norm, last, last + CHANGE_REACH)
            or _THEN_VALUE.search(norm, last, last + CHANGE_REACH)
        )

    def recall_then_more(self, kept: list[_Mention]) -> bool:
        """A recall (0) is the only category kept, yet the text goes on to name another one that
        its context set aside, or tells in the same sentence that she came back for the work-up:
        the final assessment may be another, so 0 is not called current."""
        if not kept or any(m.category is not Category.C0 for m in kept):
            return False
        norm = self.text.norm
        if any(_RETURNED_AFTER.match(norm, m.end, m.sentence.end) for m in kept):
            return True  # "given a BI-RADS 0, and the patient returned for magnification views"
        last = max(m.end for m in kept)
        # (not a choice or a list: "most are BI-RADS 1 or 2 after more pictures", nor a line that
        # says what a category means: "A BI-RADS 3 result means ...")
        return any(
            start > last and start not in self.ranges and not self.defines_at(start)
            for start, _ in self.set_aside
        )

    def quizzed(self, sentence: Sentence) -> bool:
        """The next sentence asks the reader to judge it: teaching text, not her result."""
        following = self.index.sentences[sentence.index + 1 : sentence.index + 2]
        if not following:
            return False
        nxt = following[0]
        return bool(rules().quiz_next.match(self.text.norm, nxt.start, nxt.end))

    def told_before_a_later_visit(self, kept: list[_Mention]) -> bool:
        """Her story tells each category in the past, then goes on to a later visit that names
        none, or a case goes on to a later exam whose images it shows: the category may be the
        earlier exam's, so calcinfo does not call it current."""
        if not kept:
            return False
        norm = self.text.norm
        last = max(m.sentence.end for m in kept)
        later = _LATER_EXAM.search(norm, last)
        if (
            later
            and self.sentence(later.start()).section not in NOT_HER_EXAM
            and _IMAGES_SHOW.search(norm, later.end(), later.end() + LATER_EXAM_REACH)
        ):
            return True  # "After one year: the MLO view shows ...": a later exam, shown
        if not all(self.found_in(rules().story_told, m.sentence) for m in kept):
            return False
        return any(
            not _PLANNED_BEFORE.search(norm, max(0, later.start() - 40), later.start())
            # (a legend's or a leaflet's "follow-up mammogram in 6 months" is no visit of hers,
            # nor one in a line that says what a category means)
            and self.sentence(later.start()).section not in NOT_HER_EXAM
            and not self.defines_at(later.start())
            for later in rules().story_later.finditer(norm, last)
        )

    # ------------------------------------------------------------ findings

    def findings(self) -> tuple[list[_Finding], bool, Target | None]:
        """Each finding as the report describes it; whether it says there are no calcifications;
        and the words that say there is nothing earlier to compare the exam with, if any."""
        findings: list[_Finding] = []
        said_none = False
        last: _Finding | None = None
        no_prior: Target | None = None  # "No prior studies are available.", of the whole exam
        for sentence in self.index.sentences:
            if sentence.section == "comparison" and no_prior is None:
                no_prior = self.no_comparison(sentence)
            if sentence.section in NO_FINDINGS:
                continue
            targets = self.by_sentence.get(sentence.index)
            if not targets:
                continue  # nothing to describe, nothing to point back with
            nouns = [t for t in targets if t.field in NOUNS]
            anchors_at = [t.start for t in nouns if t.field == "anchor"]
            anchor_ends = [t.end for t in nouns if t.field == "anchor"]
            nouns = [  # "calcific densities": the sink "densities" is part of the anchor
                t for t in nouns if t.field != "sink" or not _inside(t, anchors_at, anchor_ends)
            ]
            if not any(t.field == "anchor" and t.value == "calcification" for t in nouns):
                nouns += [
                    Target("anchor", "calcification", t.start, t.end)
                    for t in targets
                    if t.field == "shape" and t.value == "milk-of-calcium"
                ]
                nouns.sort(key=lambda t: t.start)
            imaged = [  # "The scan showed that I had two lumps": a lump the pictures show
                Target("anchor", "mass", t.start, t.end)
                for t in targets
                if t.field == "symptom" and self.imaged_lump(t)
            ]
            if imaged:
                nouns = sorted(nouns + imaged, key=lambda t: t.start)
            if nouns and (self.under_condition(sentence) or self.quiz_option(sentence)):
                continue  # a case under "If ...:", an option under a quiz's question
            live: list[Target] = []
            general: list[Target] = []  # calcifications named as a kind: their words are theirs
            still = False  # a noun named with an earlier exam is there now
            for noun in nouns:
                ctx = self.context(noun.start, noun.end)
                keyed = self.key_denied(sentence, noun)  # "Calcifications:" then "None" below
                if keyed or (
                    noun.value == "lymph-node"
                    and _NODES_FINE.match(self.text.norm, noun.end, sentence.end)
                ):
                    ctx = ctx | {"negated"}
                if ctx == {"historical"} and self.still_there(sentence, noun):
                    ctx = frozenset()  # "calcifications seen on the prior exam are unchanged"
                    still = True  # and so are the words that describe them
                if noun.field == "sink" or not ctx & NOT_HERS:
                    if not self.generic(sentence, noun):
                        live.append(noun)
                    elif noun.value == "calcification":
                        general.append(noun)
                elif noun.value == "calcification" and ctx == {"other"}:
                    general.append(noun)  # named in a lesson, not about her
                elif (
                    ctx == {"negated"}
                    and noun.value == "calcification"
                    and (
                        keyed
                        or self.in_clause(sentence, noun.start, noun.end)
                        or self.in_a_denied_list(sentence, noun)
                    )
                    and not self.generic(sentence, noun)
                ):
                    said_none = said_none or not self.qualified(sentence, noun)
            details = [
                t
                for t in targets
                if t.field in DETAILS
                and not (t.field == "shape" and t.value == "milk-of-calcium" and t in nouns)
                and not (t.field == "word" and self.names_the_next_category(t))
                # (nor the name in brackets after it: "BI-RADS category 4 (suspicious
                # abnormality)"; "birads 3 probably benign grouped round calcifications" names them)
                and not (t.field == "word" and self.a_category_s_name(t, bracketed=True))
                and self.hers(t, _CHANGE_ALLOWS if t.field == "change" or still else frozenset())
            ]
            if general:
                # "The fine linear branching calcifications of DCIS are usually more irregular
                # than the benign large rod-like calcifications": the words a kind is named with
                # are the kind's, not the next finding's
                owners = sorted(live + general, key=lambda t: t.start)
                owner_starts = [n.start for n in owners]
                kinds = set(general)
                details = [d for d in details if self.owner(d, owners, owner_starts) not in kinds]
            anchors = [n for n in live if n.field == "anchor"]
            if not anchors:
                starts = [n.start for n in live]
                free = [
                    d
                    for d in details
                    if (held := self.owner(d, live, starts)) is None
                    or self.a_sink_past_a_break_it_does_not_describe(d, held, sentence)
                ]
                no_prior = no_prior or next((d for d in free if self.said_no_prior(d)), None)
                if last and free and self.points_back(sentence, last):
                    self.describe(last, free, sentence)
                continue
            per_noun: dict[Target, list[Target]] = {n: [] for n in live}
            starts = [n.start for n in live]
            for detail in details:
                owner = self.owner(detail, live, starts)
                if owner is not None:
                    per_noun[owner].append(detail)
            for anchor in anchors:
                if anchor.value == "distortion" and self.a_mass_s_distortion(anchor, nouns):
                    continue  # "a spiculated mass with architectural distortion": the mass's
                mention = _Finding(
                    anchor.value,
                    last_sentence=sentence.index,
                    headline=self.a_headline(sentence, findings),
                    felt=anchor.value == "mass" and self.felt(sentence, anchor),
                    another=anchor.value != "calcification"
                    and bool(
                        _ANOTHER_ONE.search(
                            self.text.norm, max(sentence.start, anchor.start - 60), anchor.start
                        )
                    ),
                )
                if anchor.value == "calcification":
                    word = self.text.norm[anchor.start : anchor.end]
                    mention.evidence.append(
                        self.note("calcifications", "yes", anchor.start, anchor.end)
                    )
                    if word.startswith("micro"):
                        mention.words.append(CalcificationWord.MICRO)
                    elif word.startswith("macro"):
                        mention.words.append(CalcificationWord.MACRO)
                else:
                    mention.evidence.append(
                        self.note("other", anchor.value, anchor.start, anchor.end)
                    )
                self.describe(mention, per_noun[anchor], sentence)
                if mention.side is None:
                    mention.side = sentence.heading_side or sentence.located_side
                if mention.side is None and anchor.value == "calcification":
                    mention.side = self.side_of_its_host(sentence, anchor, findings)
                if mention.side is None:
                    mention.side = self.breast_of_its_sentence(sentence, anchor)
                if (
                    anchor.value == "calcification"
                    and last is not None
                    and last.kind == "calcification"
                    and self.names_again(sentence, anchor, last, mention, findings)
                ):
                    _absorb(last, mention)
                    continue
                last = self.join(findings, mention)
                if anchor.value != "calcification":
                    for _ in range(self.counted(sentence, anchor) - 1):
                        findings.append(
                            _Finding(
                                mention.kind,
                                mention.side,
                                evidence=mention.evidence[:1],
                                last_sentence=sentence.index,
                                felt=mention.felt,
                            )
                        )
        return findings, said_none, no_prior

    def imaged_lump(self, target: Target) -> bool:
        """Her word "lump" for what the pictures showed: "The scan showed that I had two
        lumps", "The radiologist found two lumps in my left breast". A mass, not a symptom."""
        norm = self.text.norm
        return bool(
            _LUMP_WORD.fullmatch(norm, target.start, target.end)
            and _IMAGES_SHOWED.search(norm, max(0, target.start - IMAGED_REACH), target.start)
        )

    def a_mass_s_distortion(self, anchor: Target, nouns: list[Target]) -> bool:
        """Distortion told as what a mass does to the tissue around it: "a spiculated nodule
        associated with architectural distortion", "a mass causing surrounding parenchymal
        distortion", "masses, some of which cause distortion". Part of the mass, not a finding of
        its own (not "a mass and architectural distortion")."""
        norm = self.text.norm
        if not _DISTORTION_OF_A_MASS.search(norm, max(0, anchor.start - 60), anchor.start):
            return False
        return any(
            n.value == "mass" and n.end <= anchor.start and anchor.start - n.end <= MASS_S_REACH
            for n in nouns
        )

    def names_again(
        self,
        sentence: Sentence,
        anchor: Target,
        last: _Finding,
        mention: _Finding,
        findings: list[_Finding],
    ) -> bool:
        """Whether calcifications just named are the group named before them, `last`: a
        second name in the same sentence ("calcifications consistent with vascular
        calcifications"), what a colon says bare ones are ("New calcifications are seen: a 5 mm
        group of fine pleomorphic calcifications"), or "these calcifications" a sentence or two
        later, unless they are another breast's."""
        norm = self.text.norm
        low = max(sentence.start, anchor.start - SAME_AS_REACH)
        if last.last_sentence == sentence.index and (
            _SAME_AS.search(norm, low, anchor.start)
            or (
                not (last.shapes or last.patterns or last.words)
                and _SAID_WHICH.search(norm, low, anchor.start)
            )
        ):
            return True
        if sentence.index - last.last_sentence > THESE_REACH or (
            last.side and mention.side and last.side is not mention.side
        ):
            return False
        if _THESE.search(norm, max(0, anchor.start - len("the same ")), anchor.start):
            return True
        # "A cluster of microcalcifications is seen ... On magnification views, the
        # calcifications are amorphous": "the calcifications", where only one group has been
        # named, is that group (where two have, it could be either: a new finding)
        return (
            bool(_THE.search(norm, max(0, anchor.start - len(" the ")), anchor.start))
            # (among the last JOIN_REACH findings, as `join` looks: a read stays linear)
            and sum(f.kind == "calcification" for f in findings[-JOIN_REACH:]) == 1
        )

    def still_there(self, sentence: Sentence, noun: Target) -> bool:
        """A finding named with an earlier exam that the sentence says is there now, changed or
        not: "The grouped calcifications seen on the prior exam are unchanged"."""
        return any(
            t.value in _STILL_THERE and t.start > noun.end and self.hers(t, _CHANGE_ALLOWS)
            for t in self.near("change", sentence, noun.start, noun.end, STILL_THERE_REACH)
        )

    def nothing_to_compare(
        self, findings: tuple[Finding, ...], said: Target | None
    ) -> tuple[Finding, ...]:
        """Nothing earlier to compare the exam with ("COMPARISON: None.", "No prior studies
        are available.": `said`) is nothing to compare each finding with."""
        if said is None:
            return findings
        return tuple(
            f
            if f.change
            else dataclasses.replace(
                f,
                change=(Change.NO_PRIOR,),
                evidence=(*f.evidence, self.note("change", _NO_PRIOR, said.start, said.end)),
            )
            for f in findings
        )

    def no_comparison(self, sentence: Sentence) -> Target | None:
        """A comparison part that says there is nothing to compare with ("COMPARISON: None.",
        "No prior studies are available."), as a target of the words that say so."""
        found = _NO_COMPARISON.fullmatch(self.text.norm, sentence.start, sentence.end)
        if found:
            return Target("change", _NO_PRIOR, *found.span("words"))
        # (there, "This is the patient's baseline study" says it too: the comparison part is of
        # this exam, not a story's "I had a baseline mammogram at 42")
        said = [
            t
            for t in self.by_sentence.get(sentence.index, [])
            if t.value == _NO_PRIOR and self.hers(t, _CHANGE_ALLOWS)
        ]
        return said[0] if said else None

    def said_no_prior(self, target: Target) -> bool:
        """Words that say no earlier exam is there to compare with ("No prior studies are
        available"), not "baseline": a story's "I had a baseline mammogram at 42" is an exam
        of before, and says nothing of the one she has now."""
        return target.value == _NO_PRIOR and not self.text.norm.startswith("baseline", target.start)

    def felt(self, sentence: Sentence, noun: Target) -> bool:
        """A mass she or a doctor felt ("presented with a palpable left breast mass", "she
        noticed a mass"): the symptom's words stand right before it, or hold it ("palpable
        mass"). A symptom, not a finding of the images."""
        if sentence.section in REPORT_PARTS:
            return False  # "IMPRESSION: Palpable irregular mass ...": what the images show
        norm = self.text.norm
        if _LUMP_WORD.fullmatch(norm, noun.start, noun.end):
            return False  # a lump read as a mass only where the pictures showed it
        if _SEEN_ON_IMAGES.match(norm, noun.end, sentence.end):
            return False  # "a mass on my mammogram", "the mass measures 2 cm"
        if _FELT_IN_CLAUSE.search(
            norm, max(sentence.start, noun.start - FELT_REACH), noun.start
        ) or _OPENS_CLINICALLY.match(norm, sentence.start, noun.start):
            return True  # "On physical examination, there is a firm mass", "self-detecting a mass"
        return any(
            lump.value == Symptom.LUMP.value
            and lump.start >= sentence.start
            and (lump.end >= noun.end or _FELT_UP_TO_MASS.fullmatch(norm, lump.end, noun.start))
            for lump in self.between("symptom", noun.start - FELT_REACH, noun.start)
        )

    def a_headline(self, sentence: Sentence, findings: list[_Finding]) -> bool:
        """The text's first line, or its first finding in a title part that starts it under a
        letterhead or a patient line ("Patient: DOE, JANE ... / Diagnostic evaluation of right
        breast calcifications."): a headline over the finding the lines below describe."""
        if sentence.index == 0:
            return sentence.section == "title"
        return sentence.section == "title" and sentence.start < HEADLINE_REACH and not findings

    def breast_of_its_sentence(self, sentence: Sentence, anchor: Target) -> Side | None:
        """The one breast its sentence names, for a finding with no side words of its own: "A
        magnification view of the right breast confirms the mass and shows tiny
        microcalcifications". A side that names another finding ("dense left axillary lymph
        nodes and increased calcifications") is that finding's only."""
        norm = self.text.norm
        found = {
            Side(t.value)
            for t in self.near("side", sentence, anchor.start, anchor.end, ONLY_SIDE_REACH)
            if _SIDE_OF_A_PLACE.match(norm, t.end)
            and not _COMPARED_WITH.search(norm, max(sentence.start, t.start - 40), t.start)
            and "negated" not in self.context(t.start, t.end)
        }
        if len(found) != 1 or Side.BILATERAL in found:
            return None
        return found.pop()

    def side_of_its_host(
        self, sentence: Sentence, anchor: Target, findings: list[_Finding]
    ) -> Side | None:
        """Calcifications in or with a mass take the mass's side: "a spiculated mass ... of the
        left breast with associated pleomorphic calcifications", "a mass in the right breast
        contains coarse calcifications"."""
        host = None
        named_after = _BESIDE_THE_HOST.match(self.text.norm, anchor.end, sentence.end)
        for f in reversed(findings[-JOIN_REACH:]):  # bounded: reading stays linear
            if f.last_sentence < sentence.index - (BARE_REACH if named_after else 0):
                break
            if f.kind != "calcification" and f.side:
                host = f
                break
        if host is None:
            return None
        if named_after and host.kind == named_after.group("host"):
            return host.side  # "Calcifications are seen adjacent to the mass": the mass's side
        nouns = [
            t
            for t in self.near("anchor", sentence, anchor.start, anchor.end)
            if t.value == host.kind and t.end <= anchor.start
        ]
        if not nouns or not _HOSTS.search(self.text.norm, nouns[-1].end, anchor.start):
            return None
        return host.side

    def counted(self, sentence: Sentence, noun: Target) -> int:
        """How many masses, cysts or nodes a plural names with a number ("two masses", "3
        solid lesions"): each is a finding of its own. 1 when no number is given."""
        if not self.plural(noun):
            return 1
        norm = self.text.norm
        match = _COUNT.search(norm, max(sentence.start, noun.start - 50), noun.start)
        return _NUMBERS.get(match.group(1), 1) if match else 1

    def plural(self, noun: Target) -> bool:
        """ "masses", "calcifications"; not "mass"."""
        return self.text.norm.endswith("s", noun.start, noun.end) and not (
            self.text.norm.endswith("ss", noun.start, noun.end)
        )

    def generic(self, sentence: Sentence, noun: Target) -> bool:
        """Masses, cysts or nodes named in the plural with nothing that makes them hers: no
        number or other determiner before them, no side and no seeing verb in their clause
        ("breast masses may be harder to detect", "oil cysts, lipomas and other benign
        lesions"). A report's plural names them: "two masses", "bilateral cysts", "cysts are
        again seen"."""
        if noun.field != "anchor":
            return False
        calcium = noun.value == "calcification"
        if calcium and (self.bare_and_modal(sentence, noun) or self.a_lesson(sentence, noun)):
            return True
        if calcium and not self.said_in_general(sentence, noun):
            return False
        norm = self.text.norm
        if not calcium and not _ANY_VERB.search(
            norm, max(sentence.start, noun.start - 120), min(sentence.end, noun.end + 120)
        ):
            return False  # a report's telegraphic line: "Enlarged axillary lymph nodes."
        if not self.plural(noun):
            return False  # "mass" is one
        low, high = self.clause(sentence, noun.start, noun.end)
        if _HERS_PLURAL.search(norm, low, noun.start) or _SEEN.search(norm, low, high):
            return False
        if _HOW_MANY_SHE_HAS.search(norm, max(sentence.start, noun.start - 60), noun.start):
            return False  # "He told me I was chock full of cysts"
        if any(low <= t.start < high for t in self.near("side", sentence, low, high)):
            return False
        return not calcium or not any(  # "vascular calcifications" describe a finding
            self.near(field, sentence, low, high) for field in DESCRIBES | PLACES
        )

    def a_lesson(self, sentence: Sentence, noun: Target) -> bool:
        """Calcifications counted over everyone, or given a verdict as a kind ("Most
        calcifications are benign", "Fine pleomorphic calcifications are suspicious"), in a
        present-tense statement outside a report's own parts with nobody near: anyone's."""
        if sentence.section in REPORT_PARTS or not self.plural(noun):
            return False
        norm = self.text.norm
        low, high = self.clause(sentence, noun.start, noun.end)
        before = norm[max(low, noun.start - LESSON_REACH) : noun.start]
        if _OF_A_DISEASE.match(norm, noun.end) and not _POSSESSOR.search(before):
            return True  # "The fine linear calcifications of DCIS are usually more irregular"
        if _THAN_A_KIND.search(before) and not _SOMEBODY.search(norm, low, high):
            return True  # "... more irregular than the benign large rod-like calcifications"
        if _OWNER.search(before):
            return False  # "these calcifications are benign", "my calcifications are ..."
        if (
            noun.start - sentence.start <= SUCH_REACH  # (bounded: linear time)
            and _SUCH_A_CLASS.match(norm, sentence.start)
            and not _SOMEBODY.search(norm, sentence.start, high)
            and not _SIDE_OR_BOTH.search(norm, sentence.start, high)
        ):
            return True  # "Such nonpalpable lesions found on mammography are (1) breast
            # calcifications that are ... punctate, microlinear or branching": a kind's members
        # "whereas malignant calcifications appear as fine pleomorphic or fine-linear branching
        # calcifications": what a kind looks like, the kind and the looks alike
        subject = _KIND_LOOKS_AS.search(norm, low, noun.start)
        subject_end = subject.start() if subject else noun.start
        if (
            (subject or _LOOK_AS.match(norm, noun.end))
            and _bare(norm, low, subject_end)
            and not _SOMEBODY.search(norm, low, high)
            and not _SIDE_OR_BOTH.search(norm, low, high)
        ):
            return True
        if _SEEN.search(norm, low, high) or _SIDE_OR_BOTH.search(norm, low, high):
            return False  # "Many calcifications are seen in both breasts": a report's line
        risk = _KIND_RISK.search(
            norm,
            max(sentence.start, noun.start - 2 * LESSON_REACH),
            min(sentence.end, high, noun.end + 2 * LESSON_REACH),  # bounded: linear time
        )
        if risk and not _SOMEBODY.search(norm, low, high):
            # "Fine linear branching calcifications carry the highest risk of malignancy",
            # "The PPVs of fine pleomorphic, amorphous and coarse heterogeneous calcifications
            # are 29, 21 and 13 %"
            return True
        if (
            _COUNTED_OVER_ALL.search(before)
            and _PRESENT_TENSE.search(norm, low, high)
            and not _SOMEBODY.search(norm, low, high)
            and not _BUT_AFTER.search(norm, noun.end, sentence.end)
        ):
            return True  # "Most calcifications are benign"
        return bool(  # "Fine pleomorphic calcifications are suspicious": a kind, judged
            self.said_in_general(sentence, noun)
            and _bare(norm, low, noun.start)
            and any(self.between(field, low, noun.start) for field in DESCRIBES)
            and _A_VERDICT_AFTER.match(norm, noun.end)
        )

    def bare_and_modal(self, sentence: Sentence, noun: Target) -> bool:
        """Calcifications as the bare subject of a sentence about what they can do: "However,
        clustered or linear microcalcifications can indicate an early cancer". Nothing before
        them makes them hers (no "the", "these", "her", number or side), and "can", "often"
        or "usually" follows: any such calcifications, whoever writes. "May" and "might" are
        left alone, as a radiologist's differential ("... may represent DCIS")."""
        if noun.start - sentence.start > 80 or not self.plural(noun):
            return False
        norm = self.text.norm
        if sentence.section in REPORT_PARTS:
            return False  # a report's own line: "Grouped calcifications can be seen ..."
        if not _bare(norm, sentence.start, noun.start):
            return False
        return bool(_MODAL_AFTER.match(norm, noun.end))

    def in_a_denied_list(self, sentence: Sentence, noun: Target) -> bool:
        """A noun in a list that a "no" opens before a comma: "No masses, calcifications or
        architectural distortion." (a finding's "no" governs its whole list)."""
        norm = self.text.norm
        low, _ = self.clause(sentence, noun.start, noun.end)
        before = norm.rfind(",", max(sentence.start, low - CLAUSE_REACH), low)
        start = max(sentence.start, before + 1) if before >= 0 else max(sentence.start, low - 80)
        return low > sentence.start and bool(_LIST_DENIED.match(norm, start, low))

    def said_in_general(self, sentence: Sentence, noun: Target) -> bool:
        """Calcifications named in a general statement: a present-tense clause ("can include",
        "are", "may appear") outside any findings or impression part, with nobody in its
        neighbourhood and no category ("BIRADS 4 findings can include ... microcalcifications").
        "They saw calcifications", "I was called back for calcifications" and
        "Microcalcifications - BI-RADS 4" are hers."""
        if sentence.section in REPORT_PARTS:
            return False
        norm = self.text.norm
        low, high = self.clause(sentence, noun.start, noun.end)
        if not _GENERAL_VERB.search(norm, low, high):
            return False
        near = max(sentence.start, low - CLAUSE_REACH), min(sentence.end, high + CLAUSE_REACH)
        if _SOMEBODY.search(norm, *near):
            return False
        return sentence.index not in self.category_sentences

    def under_condition(self, sentence: Sentence) -> bool:
        """A bullet under a heading line that sets a condition ("If a true mass is identified
        (BI-RADS 3)" then "\u2022 Start follow-up at 6 months"), that lists other cases
        ("... distinct scenarios that need different management:"), or that asks a question
        (a quiz's options follow it): not hers."""
        return sentence.index in self._lists()[0]

    def quiz_option(self, sentence: Sentence) -> bool:
        """A lettered option under a question ("A. Right axillary lymphadenopathy B. Marked
        vascular calcifications"): no finding of hers. (The quiz's answer line, "C. BI-RADS 2",
        is read by the category rules.)"""
        return sentence.index in self._lists()[1]

    def _lists(self) -> tuple[set[int], set[int]]:
        """The sentences in bullets under a condition, and the lettered options under a
        question: one pass, each list item taking the last line above it that is not one."""
        if self._list_items is None:
            norm = self.text.norm
            conditioned: set[int] = set()
            options: set[int] = set()
            condition = asked = False
            letters: dict[int, set[str]] = {}  # the option letters of each option line
            given: set[str] = set()  # every option letter since the last question
            bare: set[int] = set()  # option lines with a letter and no words ("1. (a)")
            words_due = False  # a bare letter was just read: its words are on the next line
            words_line: int | None = None  # the line those words are on
            line_start, looked = 0, 0  # the line each sentence is on, found walking along
            for each in self.index.sentences:
                newline = norm.rfind("\n", looked, each.start)
                line_start, looked = (newline + 1 if newline >= 0 else line_start), each.start
                option = _OPTION.match(norm, line_start) if asked else None
                if (words_due or words_line is not None) and not option:
                    if words_due or words_line == line_start:  # "1. (a)", then its words
                        words_due, words_line = False, line_start
                        options.add(each.index)
                        continue
                    words_line = None
                if not option and _BULLET.match(norm, line_start):  # a bullet, or one's sentence
                    if condition:
                        conditioned.add(each.index)
                    if norm[each.start : each.end].rstrip().endswith(_CONDITION_ENDS):
                        condition = True  # "- Mammography and biopsy when:", its cases below
                        continue
                    # (looked for no further than the longest such line: linear time)
                    line_end = norm.find("\n", each.start, line_start + QUESTION_LINE + 1)
                    if not (norm[each.start : each.end].rstrip().endswith("?") and line_end >= 0):
                        continue  # (a numbered question on a line of its own, "1. What is a
                        # screening population? (Choose all that apply.)", is asked below)
                if option and line_start not in letters:
                    line_end = norm.find("\n", line_start)
                    line = norm[line_start : None if line_end < 0 else line_end]
                    # A letter the options above already gave is the quiz's answer: the case's
                    # own finding ("B. Large rod-like calcifications" after "A. ... E. ...").
                    if option.group("letter") in given:
                        letters[line_start] = set()
                    else:
                        letters[line_start] = set(_LETTERS.findall(line))
                        given |= letters[line_start]
                        if not norm[option.end() : line_start + len(line)].strip():
                            bare.add(line_start)
                if option and letters[line_start]:
                    options.add(each.index)  # "B. Marked vascular calcifications"
                    if line_start in bare:
                        words_due, words_line = True, None  # its words are below it
                    continue
                if option:
                    continue  # the answer line: read, and the options are over
                line = norm[each.start : each.end].strip()
                if asked and line.startswith("(") and line.endswith(")"):
                    continue  # "(Choose all that apply.)" after the question
                # A quiz's question: the options follow, also after a line that leads into
                # them ("Which type dominates? Magnified images are shown here:").
                asked = line.endswith("?") or (asked and line.endswith(":"))
                if line.endswith("?"):
                    given = set()  # a new question: its own options
                condition = (
                    (bool(_CONDITION_HEADING.match(line)) and not line.endswith("."))
                    # "Mammography and biopsy when:" over the cases it lists
                    or line.endswith(_CONDITION_ENDS)
                    or (line.endswith(":") and bool(_OTHER_CASES.search(line)))
                    or asked
                    # a line that leads from the condition into its list ("When you might see
                    # this on your report" / "It can appear on almost any report:" / bullets)
                    or (condition and line.endswith(":"))
                )
            self._list_items = (conditioned, options)
        return self._list_items

    def a_bare_key(self, sentence: Sentence, noun: Target) -> bool:
        """Whether a sentence is the noun alone as a form's key, with its marks: "‣ Mass:",
        "Calcifications:" (looked at without copying a long sentence)."""
        if sentence.end - sentence.start > noun.end - noun.start + 12:
            return False
        key = self.text.norm[sentence.start : sentence.end].strip(" " + BULLETS)
        return key == self.text.norm[noun.start : noun.end] + ":"

    def key_denied(self, sentence: Sentence, noun: Target) -> bool:
        """A heading ("Mass:", "Calcifications:") whose lines below all say none ("Number: 0",
        "Typically benign: None", "Suspicious: None"). A value on the heading's own line
        ("Calcification: No evidence of ...") is a negation cue (rules/context.toml)."""
        norm = self.text.norm
        if not self.a_bare_key(sentence, noun):
            return False
        own_mark = norm[sentence.start : sentence.end].lstrip()[:1]
        own_indent = _indent(self.text, sentence.start)
        below = []
        for line in self.index.sentences[sentence.index + 1 : sentence.index + 8]:
            if not _a_form_line(norm, line.start):
                break
            if (
                own_mark in BULLETS
                and norm[line.start : line.end].lstrip()[:1] == own_mark
                and _indent(self.text, line.start) <= own_indent
            ):
                break  # "‣ Asymmetry: None" after "‣ Calcifications:" is the next heading
            below.append(line)  # (or, set in deeper, one of its own lines)
        if below and _NONE_COUNT.match(norm, below[0].start, below[0].end):
            return True  # "Number: 0"
        return len(below) >= 2 and all(
            _NONE_FIELD.match(norm, line.start, line.end) for line in below
        )

    def qualified(self, sentence: Sentence, noun: Target) -> bool:
        """'No suspicious calcifications' rules out suspicious ones only, 'no
        microcalcifications' the tiny ones only, and 'no calcification in the mass' those in
        the mass only: none of them says there are no calcifications at all."""
        norm = self.text.norm
        if norm.startswith("micro", noun.start) or _IN_THE_MASS.match(norm, noun.end):
            return True
        between = norm[max(sentence.start, noun.start - 40) : noun.start]
        cue = max((m.end() for m in re.finditer(r"\b(?:no|without|not)\b", between)), default=0)
        return bool(_QUALIFIER.search(between, cue))

    def points_back(self, sentence: Sentence, last: _Finding) -> bool:
        if sentence.index - last.last_sentence > 2 or sentence.index in self.category_sentences:
            return False
        head = self.text.norm[sentence.start : sentence.end]
        words = head.split()
        if any(
            t.field == "anaphor"
            and (
                t.start - sentence.start < 12
                or (
                    t.start - sentence.start < LEADING_PHRASE_REACH
                    and _LEADING_PHRASE.fullmatch(self.text.norm, sentence.start, t.start)
                )
            )
            for t in self.by_sentence.get(sentence.index, [])
        ):
            return True
        if _MORE_OF_THEM.search(head):
            return True  # "Compared with my last mammogram, there are more of them."
        if self.a_line_under_its_key(sentence, last):
            return True  # "‣ Calcifications:" above "• Typically benign: Round, vascular"
        if _ITS_OWN_SUBJECT.match(head):
            return False  # "The nipples are unchanged.": said of something else
        return len(words) <= 4

    def a_line_under_its_key(self, sentence: Sentence, last: _Finding) -> bool:
        """Whether `sentence` is a line set in under a key that names the last finding and says
        nothing else ("‣ Calcifications:"), with only such lines between: a structured form's
        "• Typically benign: Coarse heterogeneous" tells of the calcifications above it however
        many words it has. A line set in no deeper is the form's next key."""
        norm = self.text.norm
        if not _a_form_line(norm, sentence.start):
            return False
        depth = _indent(self.text, sentence.start)
        sentences = self.index.sentences
        for index in range(sentence.index - 1, max(-1, sentence.index - 8), -1):
            above = sentences[index]
            above_depth = _indent(self.text, above.start)
            if above_depth >= depth:
                if above_depth > depth or not _a_form_line(norm, above.start):
                    return False
                continue  # one of the key's own lines
            if index > last.last_sentence:
                return False
            return any(
                t.field == "anchor" and t.value == last.kind and self.a_bare_key(above, t)
                for t in self.by_sentence.get(index, [])
            )
        return False

    def a_sink_past_a_break_it_does_not_describe(
        self, detail: Target, held: Target, sentence: Sentence
    ) -> bool:
        """Whether the noun `owner` gave a word is a sink after a break that the word does not
        describe: a denied one ("they look benign, so no biopsy" describes no biopsy), or one
        after a word that points back before the detail ("They were amorphous, and a biopsy was
        recommended": what they were). The word is free to point back."""
        return (
            held.field == "sink"
            and held.start >= detail.end
            and _BREAKS_PHRASE.search(self.text.norm, detail.end, held.start) is not None
            and (
                "negated" in self.context(held.start, held.end)
                or self.first_they_are(sentence) <= detail.start
            )
        )

    def first_they_are(self, sentence: Sentence) -> int:
        """Where the first word that points back to the calcifications, said of them ("they
        were"), ends in a sentence (past its end if none): found once per sentence."""
        found = self._they_are.get(sentence.index)
        if found is None:
            found = next(
                (
                    t.end
                    for t in self.by_sentence.get(sentence.index, [])
                    if t.field == "anaphor" and _THEY_ARE.match(self.text.norm, t.start)
                ),
                sentence.end + 1,
            )
            self._they_are[sentence.index] = found
        return found

    def owner(self, detail: Target, nouns: list[Target], starts: list[int]) -> Target | None:
        """The noun a word describes: the next noun when nothing stands between them but a
        few words, else the noun before it, else the next one. `nouns` are in order of place."""
        same = bisect_left(starts, detail.start)
        if same < len(nouns) and (nouns[same].start, nouns[same].end) == (detail.start, detail.end):
            return nouns[same]  # "Milk of calcium in the left breast": the shape is its noun
        index = bisect_left(starts, detail.end)
        after = nouns[index] if index < len(nouns) else None
        before_index = bisect_right(starts, detail.start) - 1
        before = nouns[before_index] if before_index >= 0 else None
        if before is not None and before.end > detail.start:
            before = nouns[before_index - 1] if before_index > 0 else None
        if detail.field == "side":
            # The nearest finding each way, past words that only sink details: "distortion
            # associated with postsurgical clips in the right breast" is the distortion's side.
            # (At most SIDE_REACH nouns each way: a sentence of thousands reads in linear time.)
            first_after = next(
                (n for n in nouns[index : index + SIDE_REACH] if n.field == "anchor"), None
            )
            last_before = next(
                (
                    n
                    for n in reversed(
                        nouns[max(0, before_index + 1 - SIDE_REACH) : before_index + 1]
                    )
                    if n.field == "anchor" and n.end <= detail.start
                ),
                None,
            )
            if (
                last_before is not None
                and _SIDE_OF_A_PLACE.match(self.text.norm, detail.end)
                and _PLACE_PHRASE.fullmatch(self.text.norm, last_before.end, detail.start)
            ):
                return last_before  # "a nodule in the upper outer right breast"
            if first_after is not None and any(
                _SIDE_LABEL_COLON.match(self.text.norm, other.end)
                for other in self.between("side", detail.end, first_after.start)
            ):
                first_after = None  # past the next breast's label: "Right breast: no findings,
                # BI-RADS 1 Left breast: grouped calcifications" (line breaks lost)
            if _SIDE_LABEL_COLON.match(self.text.norm, detail.end):
                return first_after  # a breast's label heads what follows it, not what came before
            if (
                last_before is None
                and first_after is not None
                and _CLOSED_SIDE_AND.fullmatch(self.text.norm, detail.end, first_after.start)
            ):
                return None  # "a large fibroadenoma in the right breast and vascular calcification"
            anchors = [n for n in (last_before, first_after) if n is not None]
            return min(
                anchors,
                key=lambda n: min(abs(n.start - detail.end), abs(detail.start - n.end)),
                default=None,
            )
        if after is not None:
            gap = self.text.norm[detail.end : after.start]
            if len(gap) < 60 and not _BREAKS_PHRASE.search(gap) and len(gap.split()) <= 5:
                return after
            if (
                len(gap) < 60
                and detail.field in {"shape", "pattern"}
                and self.listed_before(detail, after)
            ):
                return after  # "diffuse, round, and amorphous calcifications"
        return before if before is not None else after

    def listed_before(self, detail: Target, noun: Target) -> bool:
        """Whether only more words of the detail's kind, joined by commas, "and" or "or",
        stand between it and the noun: one list of the noun's shapes or patterns."""
        norm = self.text.norm
        rest, at = [], detail.end
        for other in self.between(detail.field, detail.end, noun.start):
            rest.append(norm[at : other.start])
            at = other.end
        rest.append(norm[at : noun.start])
        return len(rest) > 1 and bool(_LIST_JOINS.fullmatch("|".join(rest)))

    def describe(self, finding: _Finding, details: list[Target], sentence: Sentence) -> None:
        finding.last_sentence = sentence.index
        for detail in details:
            if detail.field == "side":
                if detail.value == Side.BILATERAL.value and self.names_a_two_breast_exam(detail):
                    continue  # "MAMMOGRAM BILATERAL SCREENING FINDINGS: Grouped ...": the exam's
                finding.side = finding.side or Side(detail.value)
                continue
            if (
                finding.kind != "calcification"
                and detail.field in DESCRIBES
                and (detail.field != "word" or detail.value not in _WORDS_FOR_ANY)
            ):
                # "round mass": the shape and spread words are for calcifications only; what
                # the report calls a mass or a node ("a suspicious lymph node", "benign-appearing
                # masses") is said of it too
                continue
            attribute, name, vocabulary = _DESCRIBED[detail.field]
            value: Vocabulary | str
            if vocabulary:  # a value of calcinfo's vocabulary, shown by its id
                value, shown = vocabulary(detail.value), detail.value
            else:  # her words, as she has them ("upper outer quadrant", "6 mm")
                value = shown = self.text.words(detail.start, detail.end)
            getattr(finding, attribute).append(value)
            finding.evidence.append(self.note(name, shown, detail.start, detail.end))

    def join(self, findings: list[_Finding], mention: _Finding) -> _Finding:
        """Add a mention to the finding it is about, or make it a new finding."""
        candidates = [
            f for f in findings[-JOIN_REACH:] if f.kind == mention.kind and _compatible(f, mention)
        ]
        if candidates and mention.kind != "calcification":
            if mention.another:  # "as well as a second ... mass"
                findings.append(mention)
                return mention
            _absorb(candidates[-1], mention)  # another word for the same mass or node
            return candidates[-1]
        if candidates:
            headlines = [f for f in candidates if f.headline and not _distinct(f)]
            if headlines:  # "Suspicious microcalcifications" over a post that describes them
                _absorb(headlines[0], mention)
                headlines[0].headline = False
                return headlines[0]
            sharing = [f for f in candidates if _shares(f, mention)]
            recent = mention.last_sentence - candidates[-1].last_sentence <= BARE_REACH
            if sharing or (recent and not _distinct(mention)):
                target = (sharing or candidates)[-1]
                _absorb(target, mention)
                return target
        findings.append(mention)
        return mention

    # ------------------------------------------------------------ the rest

    def density(self) -> tuple[Density | None, bool | None]:
        found: list[tuple[int, Density, Target, str]] = []
        for target in self.of("density") + self.of("density-letter"):
            sentence = self.sentence(target.start)
            if sentence.section in NOT_HER_EXAM or not self.hers(target, frozenset({"negated"})):
                continue
            if _DENSITY_OPTION_BEFORE.search(
                self.text.norm, max(0, target.start - 30), target.start
            ) or _DENSITY_OPTION_AFTER.match(self.text.norm, target.end):
                continue  # "heterogeneously or extremely dense": the groups meant, not hers
            if self.a_statistic(sentence, target.start, target.end):
                continue  # "Heterogeneously dense ... (BIRADS C) is the most common (40.8%)"
            if target.field == "density-letter":
                letter = re.findall(r"[a-d]", self.text.norm[target.end - 3 : target.end])[-1]
                value = Density(letter)
            else:
                value = Density(target.value)
            found.append((target.start, value, target, sentence.section))
        # A list of the density groups (a legend) says nothing about her.
        found.sort(key=lambda f: f[0])
        places = [f[0] for f in found]
        kept = []
        for item in found:
            low = bisect_left(places, item[0] - LEGEND_REACH)
            high = bisect_right(places, item[0] + LEGEND_REACH)
            if len({g[1] for g in found[low:high]}) < 3:
                kept.append(item)
        density = None
        if kept:
            preferred = [k for k in kept if k[3] == "composition"] or kept
            density = preferred[0][1]
            for _, value, target, _section in kept:
                if value is density:
                    self.note("density", value.value, target.start, target.end)
        said: dict[bool, Target] = {}  # the first place each answer is said
        for target in self.of("dense"):
            if self.sentence(target.start).section in NOT_HER_EXAM or not self.hers(target):
                continue
            if _ANYONE_DENSE.search(self.text.norm, max(0, target.start - 40), target.start):
                continue  # "About half of women have dense breasts": anyone's
            said.setdefault(target.value == "yes", target)
        if len(said) != 1:
            # (both: the two notices a facility chooses from, printed side by side; neither
            # is hers)
            return density, None
        ((dense, target),) = said.items()
        self.note("dense", target.value, target.start, target.end)
        return density, dense

    def recommendations(self, exam: Exam, zeros: Sequence[int] = ()) -> list[Recommendation]:
        """The advice for her. `zeros`: where each category 0 shown as her current one ends.
        Its own name ("Category 0: Mammography: Incomplete. Need additional imaging evaluation
        ...") says what comes next, more imaging; where a later category replaced the 0, or
        she is asked which is final, its name is no advice of hers."""
        out: list[Recommendation] = []
        done = set(exam.modalities)
        for target in self.of("recommendation"):
            sentence = self.sentence(target.start)
            if sentence.section in NO_FINDINGS:
                continue
            if (
                sentence.section == "advice"
                and not _RESTATED.search(
                    self.text.norm, max(sentence.start, target.start - 30), target.start
                )
                and not _RESTATED_AFTER.match(self.text.norm, target.end, sentence.end)
            ):
                continue  # an answer page's advice, not "go ahead with the recommended biopsy"
            if (
                not self.hers(target)
                or self.under_condition(sentence)
                or self.quiz_option(sentence)
            ):
                continue
            cued = (
                sentence.section == "recommendation"
                or self.near("recommend-cue", sentence, target.start, target.end)
                or self.advice_of_its_own(sentence, target)
            )
            if not cued:
                continue
            zero = self.zero_named(target)
            if zero is not None and zero not in zeros:
                continue  # category 0's name, for a 0 a later category replaced
            if sentence.section not in REPORT_PARTS and self.as_a_rule(sentence, target):
                continue
            if self.defines_at(target.start):
                continue  # "A BI-RADS 3 result means ... a follow-up in 6 months": for anyone
            if self.a_callback_before_now(sentence, target):
                continue
            value = Recommendation(target.value)
            if value is Recommendation.BIOPSY and (
                self.near("biopsy", sentence, target.start, target.end)
                or self.inside("result", target)
            ):
                continue  # a biopsy done, or the word inside "waiting for biopsy results"
            words = self.text.norm[target.start : target.end]
            named = {  # the exam its words name, by the same words the exam is read from
                Modality(t.value) for t in self.between("modality", target.start, target.end)
            }
            if (
                value is Recommendation.ADDITIONAL_IMAGING
                and named & done & _OTHER_EXAMS
                and not (
                    self.advised_after(sentence, target)
                    and not _SAME_AGAIN.search(
                        self.text.norm, max(sentence.start, target.start - 30), target.start
                    )
                )
            ):
                continue  # "she ordered an ultrasound", "USG": the exam this report is about
                # (not "An ultrasound is recommended", then what the ultrasound showed)
            if (
                value is Recommendation.ADDITIONAL_IMAGING
                and exam.purpose is Purpose.DIAGNOSTIC
                and words.startswith("diagnostic")
                and sentence.section != "recommendation"
                and all(
                    _SENT_FOR.match(self.text.norm, cue.start)
                    for cue in self.near("recommend-cue", sentence, target.start, target.end)
                )
            ):
                continue  # "You ordered a diagnostic mammogram": the diagnostic exam itself
            if value is Recommendation.ADDITIONAL_IMAGING and any(
                t.value == "follow-up-6-months"
                or (t.value == "routine-screening" and not self.had(t))
                for t in self.near("recommendation", sentence, target.start, target.end)
            ):
                continue  # "a diagnostic mammogram in 6 months" is the follow-up itself
            if self.had(target):
                continue  # "on my routine mammogram", "my 6 month follow up": the exam she had
            if (
                value is Recommendation.ADDITIONAL_IMAGING
                and _DONE_AFTER.match(self.text.norm, target.end, sentence.end)
                and not _TO_HAVE_DONE.search(
                    self.text.norm, max(sentence.start, target.start - 8), target.start
                )
            ):
                continue  # "true lateral views were obtained": imaging of this exam, done
                # (not "you need to come in and have more specialized testing done")
            out.append(value)
            self.note("recommendation", value.value, target.start, target.end)
        return out

    def advice_of_its_own(self, sentence: Sentence, target: Target) -> bool:
        """Advice said as a sentence of its own in the impression, with no word such as
        "recommend": "IMPRESSION: Benign. BI-RADS 2. Annual screening." Only the advice to come
        back on a schedule: a procedure named alone there ("Stereotactic biopsy.") may be the
        one this report is of."""
        norm = self.text.norm
        return (
            sentence.section in {"impression", "addendum"}
            and target.value in _SCHEDULED
            and bool(_OPENS_ADVICE.fullmatch(norm, sentence.start, target.start))
            and bool(_ENDS_ADVICE.fullmatch(norm, target.end, sentence.end))
        )

    def a_callback_before_now(self, sentence: Sentence, target: Target) -> bool:
        """A callback she tells of with its time ("Back in 2018 they called me back for more
        views", "a callback ... in March, which were normal"): advice of before, done."""
        cues = self.near("recommend-cue", sentence, target.start, target.end)
        norm = self.text.norm
        if not cues or not all(_CALLBACK_CUE.match(norm, c.start) for c in cues):
            return False
        return bool(_TOLD_BEFORE_NOW.search(norm, sentence.start, sentence.end))

    def as_a_rule(self, sentence: Sentence, target: Target) -> bool:
        """Advice in a general statement ("a needle biopsy may often be recommended", "a
        follow-up of 6 months is usually recommended"), outside a report's own parts: what is
        done for anyone, not what she is advised."""
        norm = self.text.norm
        low, high = self.clause(sentence, target.start, target.end)
        high = min(high, target.end + RULE_AFTER_REACH)
        stop = _REASON_AFTER.search(norm, target.end, high)  # "because ... could be DCIS"
        return bool(
            _AS_A_RULE.search(norm, max(sentence.start, low - 40), stop.start() if stop else high)
        ) or bool(
            _FOR_ANYONE.match(
                norm, max(sentence.start, target.start - FOR_ANYONE_REACH), target.start
            )
        )

    def only_a_diagnosis(self, sentence: Sentence, cues: list[Target]) -> bool:
        """A result named only as what she "was diagnosed with" ("six months later she was
        diagnosed with stage 3 cancer"), with no biopsy or pathology told in its sentence or the
        one before: a diagnosis, not a pathology result calcinfo can show."""
        norm = self.text.norm
        if not all(_DIAGNOSED.match(norm, c.start, c.end) for c in cues):
            return False
        if any(_IN_HER_WORDS.search(norm, max(0, c.start - 16), c.start) for c in cues):
            return False  # "I was diagnosed with DCIS": her own words for her result
        before = self.index.before(sentence)
        first = cues[0].start  # bounded: a long sentence of many results reads in linear time
        low, high = (
            max(before.start, first - NEAR_DIAGNOSIS),
            min(sentence.end, first + NEAR_DIAGNOSIS),
        )
        return not any(self.hers(t) for t in self.between("biopsy", low, high)) and not (
            _BIOPSY_WORD.search(norm, low, high)
        )

    def a_kind_explained(self, sentence: Sentence, target: Target) -> bool:
        """A kind of result named to explain hers, not as hers: what it is measured against
        ("It's not cancer, yet. But it's one stage below Ductal Carcinoma In Situ"), that
        kind's other name just after it ("..., also known as DCIS"), or a statement of what
        the kind is ("DCIS is also not considered ..."). Her own result stays: "I have atypical
        ductal hyperplasia" in the same blog had been shown as DCIS, the most serious result
        read."""
        norm = self.text.norm
        before = norm[max(sentence.start, target.start - GUESSED_REACH) : target.start]
        if _MEASURED_AGAINST.search(before):
            return True
        if _ALSO_KNOWN_AS.search(before):
            named = self.between("result", max(sentence.start, target.start - 60), target.start)
            return any(self.a_kind_explained(sentence, t) for t in named if t.end < target.start)
        return bool(
            target.start - sentence.start
            <= KIND_WORDS_REACH  # (bounded: linear in a long sentence)
            and not norm[sentence.start : target.start].strip(" \n" + BULLETS)
            and _WHAT_A_KIND_IS.match(norm, target.end, sentence.end)
        )

    def after_her_biopsy(self, sentence: Sentence, target: Target) -> bool:
        """An invasive cancer named by its kind (not "carcinoma" alone), told just after her
        biopsy, in its sentence or the one before, where words of a result lead into it or it
        "was found": "A biopsy was done the same day. Within 2 days I had the results: invasive
        ductal carcinoma". ("I have Stage 2 lobular pleomorphic breast cancer", with no such
        words, is not read: a diagnosis told so may be her history.)"""
        norm = self.text.norm
        if target.value != BiopsyResult.INVASIVE.value or _BARE_CARCINOMA.fullmatch(
            norm, target.start, target.end
        ):
            return False
        before = self.index.before(sentence)
        low = max(before.start, target.start - NEAR_DIAGNOSIS)
        if not _BIOPSY_WORD.search(norm, low, target.start):
            return False
        if any(
            t.value != target.value for t in self.near("result", sentence, target.start, target.end)
        ):
            return False  # one of a list: "The usual results are: normal, ADH, DCIS, or IDC"
        if _RULED_OUT_AFTER.match(norm, target.end, sentence.end):
            return False  # "results came back = invasive ductal carcinoma ruled out"
        return bool(
            _RESULT_LEAD.search(norm, max(sentence.start, target.start - 40), target.start)
            or _FOUND_AFTER.match(norm, target.end, sentence.end)
        )

    def placed_before_now(self, sentence: Sentence, target: Target) -> bool:
        """Whether words near a target place it before now ("in 2015", "years ago", "history
        of", "status post"): looked for within NEAR_DIAGNOSIS of it, in its sentence."""
        low = max(sentence.start, target.start - NEAR_DIAGNOSIS)
        high = min(sentence.end, target.end + NEAR_DIAGNOSIS)
        return bool(_BEFORE_NOW.search(self.text.norm, low, high))

    def had(self, target: Target) -> bool:
        """ "On my routine mammogram", "I went for my 6 month follow up": the exam she had,
        named as the advice would be."""
        before, after = _HAD.get(target.value), _HAD_AFTER.get(target.value)
        start = target.start
        return bool(
            (before and before.search(self.text.norm, max(0, start - 30), start))
            or (after and after.match(self.text.norm, target.end))
        )

    def biopsy(self) -> tuple[bool | None, BiopsyResult | None]:
        done: bool | None = None
        for target in self.of("biopsy"):
            sentence = self.sentence(target.start)
            if sentence.section in {"legend", "boilerplate", "comparison"}:
                continue
            if self.defines_at(target.start):
                continue  # "A BI-RADS 6 classification represents a known, biopsy-proven cancer"
            if self.hers(target):
                done = True
                self.note("biopsy", "done", target.start, target.end)
                self.biopsy_sides.append(self.side_near(sentence, target.start, target.end))
        order = [r.value for r in BiopsyResult]
        results = []
        diagnosed: list[int] = []  # where she was only said to be diagnosed
        # A pathology report says what its diagnosis part names without a cue on each line.
        pathology_report = bool(_PATHOLOGY_TITLE.search(self.text.norm, 0, PATHOLOGY_TITLE_REACH))
        for target in self.of("result"):
            sentence = self.sentence(target.start)
            if sentence.section in {"legend", "boilerplate", "comparison"}:
                continue
            cues = self.near("pathology-cue", sentence, target.start, target.end)
            # (a "Results:" heading over a category is the imaging's: "Results: BI-RADS 2 benign")
            in_pathology = (
                sentence.section == "pathology" and sentence.index not in self.category_sentences
            )
            if (
                target.value != "pending"
                and not in_pathology
                and not (pathology_report and sentence.section in {"findings", "impression"})
                and not cues
                and not self.after_her_biopsy(sentence, target)
            ):
                continue
            if (
                cues
                and all(_BARE_BIOPSY_CUE.fullmatch(self.text.norm, c.start, c.end) for c in cues)
                and self.placed_before_now(sentence, target)
            ):
                continue  # "Two years ago my biopsy was negative": then, not now
            if target.value == BiopsyResult.BENIGN.value and self.a_category_s_name(target):
                continue  # "My results came back BIRADS 2, benign": the imaging's result
            if target.value == BiopsyResult.PENDING.value and not self.speaks_of_a_biopsy:
                continue  # "I'm waiting for my results": of her mammogram, where no biopsy is
            if (
                in_pathology
                and not cues
                and not pathology_report
                and self.heading_at(target.start) in _BARE_RESULT_HEADINGS
                and target.value == BiopsyResult.BENIGN.value
                and "tissue" not in self.text.norm[target.start : target.end]
                and not self.speaks_of_a_biopsy
            ):
                continue  # a results letter's "Results: Benign.", where no biopsy is named
                # (not "Results: benign breast tissue": tissue is a biopsy's)
            if _GUESSED.search(
                self.text.norm, max(sentence.start, target.start - GUESSED_REACH), target.start
            ):
                continue  # "suspected to be a fibroadenoma", "most likely a fibroadenoma"
            if _DIFFERENTIAL.search(
                self.text.norm, max(sentence.start, target.start - DIFFERENTIAL_REACH), target.start
            ):
                continue
            if self.a_kind_explained(sentence, target):
                continue
            if cues and self.only_a_diagnosis(sentence, cues):
                if self.hers(target) and not self.placed_before_now(sentence, target):
                    diagnosed.append(target.start)  # not shown, but a treatment after it
                continue
            if self.hers(target):
                results.append(target)
        norm = self.text.norm
        # Inside the words of her past cancer ("status after left breast DCIS", "a history of
        # invasive ductal carcinoma"): her history, not her result.
        results = [t for t in results if not self.inside("history", t, History.PERSONAL.value)]
        named = [t for t in results if not _BARE_CARCINOMA.fullmatch(norm, t.start, t.end)]
        if named or _IN_SITU.search(norm):
            # "carcinoma" alone, beside "DCIS" or "IDC", says no more than they do; and where
            # the text speaks of an in-situ cancer anywhere, it may be that one: not read.
            results = named
        now = [  # not a result of before ("an 11-year survivor of invasive ductal carcinoma")
            t.start
            for t in results
            if t.value != BiopsyResult.PENDING.value
            and not self.placed_before_now(self.sentence(t.start), t)
        ]
        self.result_at = min([*now, *diagnosed], default=None)
        result = None
        if results:
            best = max(results, key=lambda t: order.index(t.value))
            result = BiopsyResult(best.value)
            done = True
            self.biopsy_sides.append(
                self.side_near(self.sentence(best.start), best.start, best.end)
            )
            self.note("biopsy_result", result.value, best.start, best.end)
        return done, result

    def a_category_s_name(self, target: Target, bracketed: bool = False) -> bool:
        """Whether words stand right after a category as its name ("BIRADS 2, benign"), or
        with `bracketed`, as its name in brackets ("BI-RADS 4 (suspicious)")."""
        at = bisect_right(self.category_ends, target.start) - 1
        if at < 0:
            return False
        end = self.category_ends[at]
        return bool(_NAME_AFTER.fullmatch(self.text.norm, end, target.start)) and (
            not bracketed or "(" in self.text.norm[end : target.start]
        )

    def zero_named(self, target: Target) -> int | None:
        """Where the category 0 ends whose own name the advice is ("Category 0: Mammography:
        Incomplete. Need additional imaging evaluation ..."), if it is one."""
        if target.value != Recommendation.ADDITIONAL_IMAGING.value:
            return None
        at = bisect_right(self.category_ends, target.start) - 1
        end = self.category_ends[at] if at >= 0 else -1
        return (
            end if at >= 0 and _ZERO_S_NAME.fullmatch(self.text.norm, end, target.start) else None
        )

    @cached_property
    def cancer_found_at(self) -> int | None:
        """Where her story first tells that a cancer was found: her biopsy result (`result_at`,
        set by `biopsy`, which runs first), or words that name no kind of it ("A biopsy showed
        it was malignant", "I was told I had breast cancer"; not "when she was diagnosed" with
        an earlier one). Looked for once."""
        told = [
            t.start
            for t in self.of("cancer-told")
            if self.hers(t)
            and not self.placed_before_now(self.sentence(t.start), t)
            and not _AT_THAT_TIME.search(self.text.norm, max(0, t.start - 30), t.start)
        ]
        if self.result_at is not None:
            told.append(self.result_at)
        return min(told, default=None)

    def this_exams_operation(self, sentence: Sentence, target: Target) -> bool:
        """An operation of this exam's story, not her history, unless placed before now: the
        treatment after her result ("After biopsy ... invasive ductal carcinoma. She had a
        mastectomy."), or the operation read as her biopsy ("The patient underwent lumpectomy
        of the masses for tissue diagnosis")."""
        found_at = self.cancer_found_at
        treated = (
            found_at is not None
            and target.start > found_at
            and bool(_TREATMENT.search(self.text.norm, target.start, target.end))
        )
        sampled = any(
            t.value == "done" and t.start < target.end and target.start < t.end
            for t in self.between("biopsy", target.start, target.end)
        )
        # told as what came next: "As a result, the woman underwent a mastectomy", "A month
        # later I had a lumpectomy"
        # (not in a history part, which tells what came before this exam: "Clinical history:
        # she had breast cancer and subsequently underwent a mastectomy")
        next_ = sentence.section != "history" and bool(
            _NEXT_IN_HER_STORY.search(
                self.text.norm, max(sentence.start, target.start - NEXT_REACH), target.start
            )
        )
        return (treated or sampled or next_) and not self.placed_before_now(sentence, target)

    def history(self) -> tuple[History, ...] | None:
        found = []
        for target in self.of("history"):
            sentence = self.sentence(target.start)
            if sentence.section in {"legend", "boilerplate"} or self.quiz_option(sentence):
                continue  # (a quiz's "A. Patients with a strong family history ...")
            before = self.text.norm[max(sentence.start, target.start - RISK_REACH) : target.start]
            if _RISK_IN_GENERAL.search(before):
                continue  # "risk factors such as family history": anyone's, not hers
            if (
                _RAISES_ANY_RISK.match(self.text.norm, target.end)
                and not _OWNER.search(before[-12:])
                and sentence.section != "history"
                and not _HER_FIGURE.match(self.text.norm, target.end, sentence.end)
            ):
                continue  # "A family history of breast cancer increases risk": anyone's
            if _HAVING.search(before) and not _I_AFTER.match(self.text.norm, target.end):
                continue  # "Having a BRCA mutation raises your risk" (not "..., I started")
            if target.value == History.BREAST_SURGERY.value and _INJECTED.search(
                self.text.norm,
                max(sentence.start, target.start - INJECTED_REACH),
                min(sentence.end, target.end + INJECTED_REACH),
            ):
                continue  # "silicone was injected into her breasts for breast augmentation"
            if target.value == History.BREAST_SURGERY.value and self.this_exams_operation(
                sentence, target
            ):
                continue
            if target.value != History.FAMILY.value and _A_RELATIVE_S.search(
                self.text.norm, max(sentence.start, target.start - RELATIVE_REACH), target.start
            ):
                continue  # "My mom had DCIS after lumpectomy": hers, not her daughter's
            if target.value == History.FAMILY.value and (
                _SOMEONE_ELSE_S.search(before)
                or _NEVER_HAD.search(self.text.norm, target.start, target.end)
            ):
                continue
            if self.hers(target, frozenset({"historical", "other"})):
                found.append(History(target.value))
                self.note("history", target.value, target.start, target.end)
                if target.value == History.BREAST_SURGERY.value and (
                    cancer := _FOR_A_CANCER.match(self.text.norm, target.end)
                ):
                    # "status post mastectomy for ductal carcinoma in-situ", "had wide local
                    # excision for right breast carcinoma": the operation and what it was for
                    found.append(History.PERSONAL)
                    self.note("history", found[-1].value, target.start, cancer.end())
        return unique(found) or None

    def not_a_symptom(self, target: Target) -> bool:
        """Words for a symptom that say nothing of what she feels: advice ("report any lumps"),
        a lump an operation took out ("I had a lump removed"),
        what a condition can do ("may present as a palpable mass", "nipple retraction may
        result"), what imaging found ("an ultrasound, which revealed a lump"), a quiz option,
        "a lump in my throat"."""
        sentence = self.sentence(target.start)
        if self.quiz_option(sentence) or self.under_condition(sentence):
            return True
        if self.inside("history", target, History.BREAST_SURGERY.value):
            return True  # "I had a lump removed 10 years ago": an operation of before
        norm = self.text.norm
        before = norm[max(sentence.start, target.start - 40) : target.start]
        after = norm[target.end : min(sentence.end, target.end + 30)]
        if _NOT_FELT_BEFORE.search(before) or _NOT_FELT_AFTER.match(after):
            return True
        if _SYMPTOMS_LISTED.search(norm, max(sentence.start, target.start - 70), target.start):
            return True
        if (
            norm.startswith("lumps", target.start)
            and not _LUMPS_HERS.search(before)
            and not _MINE_NEXT.match(norm, target.end, target.end + 60)
        ):
            return True  # "harder to feel lumps", "Fibroadenomas are lumps made of ..."
        # (looked at within KIND_WORDS_REACH before the symptom: a sentence of thousands of
        # words with a symptom in every line still reads in linear time)
        low = max(sentence.start, target.start - KIND_WORDS_REACH)
        opening_words = norm[low : target.start]
        # (from its line's start, a heading may stand above it, "Background"; through its own
        # words, which may hold the verb: "presents with a breast lump")
        line = norm.rfind("\n", low, target.start)
        begin = line + 1 if line >= 0 else sentence.start
        kind = None
        if begin >= low:
            # what it usually does, up to the symptom or in its words: "frequently presents
            # with a breast lump"; or what it is, in words that reach the symptom: "is a
            # painless lump"
            kind = _A_KIND_DOES.match(norm, begin, target.end)
            if not (kind and kind.group("habit")):
                kind = _A_KIND_DOES.match(norm, begin, target.start)
                if kind and (kind.group("habit") or kind.end() != target.start):
                    kind = None
        if (
            kind
            and not _NOT_A_BARE_SUBJECT.search(kind.group("subject"))
            and not _A_QUESTION_OR_ALL.match(kind.group("subject"))
            and not _SOMEBODY.search(opening_words)
        ):
            return True  # "Primary mammary carcinoma frequently presents with a breast lump"
        if _ANYONE_WHO.search(opening_words):
            return True  # "women who feel a lump should see a doctor"
        if target.start - sentence.start > len("- breast "):
            return False  # (looked at only where the symptom opens its sentence)
        opening = norm[sentence.start : target.start].strip(" \n" + BULLETS)
        return opening in {"", "breast"} and bool(_SAID_OF_ANY.match(norm, target.end))

    def symptoms(self) -> tuple[Symptom, ...] | None:
        quiet = [
            t
            for t in self.of("no-symptom")
            if self.hers(t) and not self.quiz_option(self.sentence(t.start))
        ]
        quiet_starts = [q.start for q in quiet]
        found = []
        denied: list[Target] = []  # "I have no lump and no nipple discharge"
        for target in self.of("symptom"):
            section = self.sentence(target.start).section
            if section in {"legend", "boilerplate", "comparison"}:
                continue
            if self.quiz_option(self.sentence(target.start)):
                continue  # "B. Patients with a lump or nipple discharge"
            if self.imaged_lump(target):
                continue  # "The scan showed two lumps": what the pictures show
            # (a palpable lump is hers in any part of a report, but not in a lesson's part: "PASH
            # usually shows up ... clinically as a palpable lump")
            palpable = section != "teaching" and self.text.norm[
                target.start : target.end
            ].startswith(("palpable", "new palpable"))
            if section not in {"title", "history", "other"} and not palpable:
                start = max(self.sentence(target.start).start, target.start - 80)
                if not _PRESENTED.search(self.text.norm, start, target.start):
                    continue  # a case report's "presented with a lump" is hers in any part
            before = bisect_right(quiet_starts, target.start) - 1
            if before >= 0 and target.start < quiet[before].end:
                continue
            if self.not_a_symptom(target):
                continue
            norm = self.text.norm
            if self.hers(target, frozenset({"negated"})) and not self.hers(target):
                if self.found_in(_SHE_DENIES, self.sentence(target.start)):
                    denied.append(target)  # "I have no lump", "Patient denies breast pain"
                continue
            if self.hers(target) or (
                self.hers(target, frozenset({"historical"}))
                and (
                    _HOW_LONG.search(norm, max(0, target.start - 60), target.start)
                    or _NOTICED_AGO.match(norm, target.end)
                )
            ):
                found.append(Symptom(target.value))
                self.note("symptom", target.value, target.start, target.end)
        if found:
            return unique(found)
        said = quiet or denied
        if said:
            self.note("symptom", "none", said[0].start, said[0].end)
            return ()
        return None


def read(original: str) -> Reading:
    """Read a report. Never raises on any text; unknown text gives empty `Findings`."""
    reader = _Reader(original)
    exam, exam_side = reader.exam()
    assessments, conflict = reader.assessments(exam_side)
    raw_findings, said_none, no_prior = reader.findings()
    frozen = [f.freeze() for f in raw_findings]
    taught = reader.teaching_page() or reader.a_lesson_page(assessments, frozen)
    if taught:  # the shapes and groups a lesson describes, or denies, are nobody's
        raw_findings, frozen, said_none = [], [], False
    # What a lesson, or a page that defines the categories, advises is advice for anyone.
    lesson = taught or reader.defines_categories
    seen = (f for raw, f in zip(raw_findings, frozen, strict=True) if not raw.felt)
    findings = _without_twins(_without_bare(tuple(seen)))
    findings = reader.nothing_to_compare(findings, no_prior)
    calcs = [f for f in findings if f.is_calcification]
    density, dense = reader.density()
    biopsy_done, biopsy_result = reader.biopsy()
    if taught:  # and so are the results it lists: "invasive ductal carcinoma ~10%"
        biopsy_done, biopsy_result = None, None
        reader.forget(_TAUGHT_FIELDS)  # (nor are these words kept as evidence of what was read)
    sides = {a.side for a in assessments if a.side} | {f.side for f in calcs if f.side}
    sides |= {s for s in reader.biopsy_sides if s}
    if exam_side:
        sides.add(exam_side)
    result = Findings(
        assessments=assessments,
        side=_overall_side(sides),
        calcifications=True if calcs else (False if said_none else None),
        findings=findings,
        density=density,
        dense=dense if density is None else None,
        recommendations=()
        if lesson
        else unique(reader.recommendations(exam, () if conflict else reader.zero_ends)),
        biopsy_done=biopsy_done,
        biopsy_result=biopsy_result,
        history=reader.history(),
        symptoms=reader.symptoms(),
        report_date=exam.date,
        exam=exam,
        unsure=("category",) if conflict else (),
        evidence=tuple(sorted(reader.evidence, key=lambda e: (e.start, e.field))),
    )
    return Reading(result, reader)


# ---------------------------------------------------------------- small pieces

KIND_WORDS_REACH = 160
"""How far before a symptom or a result the words of a kind are looked for (`not_a_symptom`,
`a_kind_explained`)."""
LESSON_SENTENCES = 6
"""A lesson page is this many sentences or more: her own few lines with a leaflet's one below
them ("The calcifications are probably benign. A follow-up in 6 months is suggested. BI-RADS 3
findings have a less than 2% chance of cancer.") are hers."""
_TAUGHT_FIELDS = frozenset(
    {"calcifications", "calcification_word", "shape", "pattern", "change", "location", "size",
     "other", "biopsy", "biopsy_result"}
)  # fmt: skip
"""The evidence of a finding, a biopsy and its result: in a lesson, nobody's."""
_TITLE_REACH = 30  # and the side stands beside the exam's name ("LEFT BREAST DIAGNOSTIC MAMMO")

_ROMAN = {
    "i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6",
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
}  # fmt: skip


def _fits(name: str, value: str) -> bool:
    """Whether the name of category `name` names category `value`: its own, or a subcategory of
    it ("Suspicious" names 4A, 4B and 4C as well as 4)."""
    return value.startswith(name)


def _category(raw: str) -> Category:
    """`4b`, `4 b`, `iv b` or `iii` as a category."""
    value = raw.replace(" ", "").replace("-", "")
    letter = value[-1] if value[-1] in "abc" else ""
    number = value[: len(value) - len(letter)]
    return Category.parse(_ROMAN.get(number, number) + letter.upper())


def _date(match: re.Match[str]) -> dt.date | None:
    parts = match.groupdict()
    try:
        if parts["y"]:
            return dt.date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
        if parts["y2"]:
            return dt.date(int(parts["y2"]), int(parts["m2"]), int(parts["d2"]))
        if parts["y3"]:
            return dt.date(int(parts["y3"]), _MONTHS.index(parts["mn"][:3]) + 1, int(parts["d3"]))
        return dt.date(int(parts["y4"]), _MONTHS.index(parts["mn4"][:3]) + 1, int(parts["d4"]))
    except (ValueError, TypeError):
        return None


def _inside(target: Target, starts: list[int], ends: list[int]) -> bool:
    """Whether a target overlaps one of the (sorted, non-overlapping) spans: the one that
    starts last before the target ends is the only one that can."""
    i = bisect_left(starts, target.end) - 1
    return i >= 0 and ends[i] > target.start


def _same_side(a: Side | None, b: Side | None) -> bool:
    return a is None or b is None or a is b or Side.BILATERAL in {a, b}


def _with_side(mention: _Mention, side: Side) -> _Mention:
    return dataclasses.replace(mention, side=side)  # (keeps every other field: `named` too)


_BENIGN_WORDS = {CalcificationWord.BENIGN}
_WORRY_WORDS = {CalcificationWord.SUSPICIOUS, CalcificationWord.PROBABLY_BENIGN}
_WORDS_FOR_ANY = frozenset(w.value for w in _BENIGN_WORDS | _WORRY_WORDS)
"""What a report calls any finding, a mass or a node too; macro and micro are calcifications'."""
_SPREAD = {Pattern.DIFFUSE, Pattern.REGIONAL}
_FOCAL = {Pattern.GROUPED, Pattern.LINEAR, Pattern.SEGMENTAL}


def _compatible(a: _Finding, b: _Finding) -> bool:
    if a.side and b.side and a.side is not b.side:
        return False
    if a.shapes and b.shapes:
        if not set(a.shapes) & set(b.shapes):
            return False
    elif a.shapes or b.shapes:
        shapes = a.shapes or b.shapes
        words = set(b.words if a.shapes else a.words)
        suspicious = any(s.suspicious for s in shapes)
        if (suspicious and words & _BENIGN_WORDS) or (
            not suspicious and words & {CalcificationWord.SUSPICIOUS}
        ):
            return False
    wa, wb = set(a.words), set(b.words)
    if a.kind == "calcification" and (
        (wa & _BENIGN_WORDS and wb & _WORRY_WORDS) or (wb & _BENIGN_WORDS and wa & _WORRY_WORDS)
    ):
        return False  # (what a report calls a mass changes as the case goes on: one mass)
    pa, pb = set(a.patterns), set(b.patterns)
    if (pa & _SPREAD and pb & _FOCAL and not pa & _FOCAL) or (
        pb & _SPREAD and pa & _FOCAL and not pb & _FOCAL
    ):
        return False
    ca, cb = set(a.change), set(b.change)
    if (Change.NEW in ca and Change.STABLE in cb) or (Change.STABLE in ca and Change.NEW in cb):
        return False
    clocks_a = {c for c in a.locations if "clock" in c.lower() or ":" in c}
    clocks_b = {c for c in b.locations if "clock" in c.lower() or ":" in c}
    if clocks_a and clocks_b and not {_hour(c) for c in clocks_a} & {_hour(c) for c in clocks_b}:
        return False
    # A mass, cyst or node in another quadrant is another one ("a 4.7 cm mass in the lower
    # outer quadrant", then "a 1.8 cm mass in the upper outer quadrant").
    quadrants_a, quadrants_b = _quadrants(a.locations), _quadrants(b.locations)
    return a.kind == "calcification" or not (
        quadrants_a and quadrants_b and not quadrants_a & quadrants_b
    )


_QUADRANT = re.compile(r"\b(upper|lower)[- ](outer|inner)\b|\b([ul])([oi])q\b")


def _quadrants(places: list[str]) -> set[str]:
    """The quadrants named among a finding's places, as "uo", "ui", "lo", "li"."""
    found = set()
    for place in places:
        for match in _QUADRANT.finditer(place.lower()):
            upper, outer, u, o = match.groups()
            found.add((upper or u)[0] + (outer or o)[0])
    return found


def _hour(clock: str) -> str:
    return re.sub(r"\D.*", "", clock.strip())


def _shares(a: _Finding, b: _Finding) -> bool:
    return bool(
        set(a.shapes) & set(b.shapes)
        or {x.lower() for x in a.locations} & {x.lower() for x in b.locations}
        or set(a.sizes) & set(b.sizes)
    )


def _distinct(mention: _Finding) -> bool:
    """Whether a mention says enough of its own to stand as a new finding."""
    return bool(mention.shapes or mention.locations or mention.sizes)


def _absorb(target: _Finding, mention: _Finding) -> None:
    """Add a mention's words to the finding. Each word is kept once, and at most DETAIL_CAP
    of a kind (a group named a thousand times, or given a thousand sizes, would otherwise make
    every later comparison longer: quadratic time); every piece of evidence is kept."""
    target.side = target.side or mention.side
    target.felt = target.felt and mention.felt
    for name in ("shapes", "patterns", "change", "words", "locations", "sizes"):
        kept: list[object] = getattr(target, name)
        for item in getattr(mention, name):
            if len(kept) < DETAIL_CAP and item not in kept:
                kept.append(item)
    target.evidence.extend(mention.evidence)
    target.last_sentence = max(target.last_sentence, mention.last_sentence)


def _a_form_line(norm: str, at: int) -> bool:
    """Whether the line at `at` starts as a list item or a form's field ("• Suspicious: None",
    "Number: 0")."""
    return bool(_BULLET.match(norm, at) or _SUBFIELD.match(norm, at))


def _indent(text: Text, at: int) -> int:
    """How far in, in her text as written, the line that holds `at` starts its words: the depth
    of a nested list item (normalizing drops it)."""
    original = text.original
    start = text.span(at, at + 1)[0]
    low = max(0, start - INDENT_REACH)  # (bounded: a line with no break reads in linear time)
    line = max(original.rfind("\n", low, start), original.rfind("\r", low, start)) + 1
    if line == 0 and low > 0:
        return INDENT_REACH  # no line start near: deeper than any list's
    match = _INDENT_RUN.match(original, line)
    return match.end() - line if match else 0


_INDENT_RUN = re.compile(r"[ \t\u00a0]*")  # (a web page's copy indents with no-break spaces)


def _without_bare(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """A bare "calcifications" far from the group it restates says nothing of its own: with
    other groups described, it is not a finding of its own."""
    calcs = [f for f in findings if f.is_calcification]
    described = [f for f in calcs if _says_something(f)]
    if described:
        return tuple(f for f in findings if not f.is_calcification or _says_something(f))
    if len(calcs) < 2:
        return findings
    # Several mentions and none says anything of its own: one "calcifications", not a list of
    # look-alike groups ("Finding 1: Calcifications. Finding 2: Calcifications.").
    first = calcs[0]
    merged = dataclasses.replace(
        first,
        words=tuple(dict.fromkeys(w for f in calcs for w in f.words)),
        evidence=tuple(e for f in calcs for e in f.evidence),
    )
    return tuple(
        merged if f is first else f for f in findings if f is first or not f.is_calcification
    )


def _without_twins(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """A group told twice in the same words (a structured form's "Location: Left breast, rim
    calcifications, diffuse" and its "Calcifications: Typically benign: Rim, Distribution:
    Diffuse") is one group. Twins at different places ("2 o'clock", "10 o'clock") stay two.
    Groups are looked up by their words, so a long text is read in linear time."""
    out: list[Finding] = []
    alike: dict[tuple[object, ...], list[int]] = defaultdict(list)  # group key -> places in out
    for finding in findings:
        key = _group_key(finding) if finding.is_calcification and finding.shapes else None
        twin = (
            next(
                (i for i in alike.get(key, ())[-JOIN_REACH:] if _same_place(out[i], finding)),
                None,
            )
            if key is not None
            else None
        )
        if twin is None:
            if key is not None:
                alike[key].append(len(out))
            out.append(finding)
            continue
        kept = out[twin]
        out[twin] = dataclasses.replace(
            kept,
            words=tuple(dict.fromkeys(kept.words + finding.words)),
            locations=tuple(dict.fromkeys(kept.locations + finding.locations)),
            sizes=tuple(dict.fromkeys(kept.sizes + finding.sizes)),
            evidence=kept.evidence + finding.evidence,
        )
    return tuple(out)


def _same_place(a: Finding, b: Finding) -> bool:
    """Two groups told in the same words stand at the same place unless both give places and
    none is shared."""
    return not (a.locations and b.locations and not set(a.locations) & set(b.locations))


def _group_key(f: Finding) -> tuple[object, ...]:
    """What a group is told as: side, shapes, spread, change and words (micro or macro aside).
    Only a group with a shape has one: a twin says something of its own."""
    words = frozenset(w for w in f.words if w not in _SIZE_WORDS)
    return (f.side, frozenset(f.shapes), frozenset(f.patterns), frozenset(f.change), words)


_SIZE_WORDS = frozenset({CalcificationWord.MICRO, CalcificationWord.MACRO})


def _says_something(finding: Finding) -> bool:
    words = set(finding.words) - _SIZE_WORDS
    return bool(
        finding.shapes
        or finding.patterns
        or finding.change
        or words
        or finding.locations
        or finding.sizes
        or finding.side
    )


def _overall_side(sides: set[Side]) -> Side | None:
    if not sides:
        return None
    if Side.BILATERAL in sides or {Side.LEFT, Side.RIGHT} <= sides:
        return Side.BILATERAL
    return next(iter(sides))
