"""Report text -> `Findings`, with the words each item came from. Pure: text in, result out.

How it stays right:
- Only what the report states is read. A category is never inferred from shapes or words.
- Negation ("no", "without", "not seen") and hedging ("possible", "cannot exclude") are honoured
  in the clause where they stand; "no new calcifications" denies only "new".
- Categories of an earlier exam ("prior", "previously") or a hypothetical ("if ... would be") are
  not the current result.

How it stays fast: the text is normalized once (lower case, one space for any run of white
space, with a map back to the original offsets); every pattern then matches a bounded stretch
of text, so the work grows in a straight line with the size of the report.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from calcinfo.findings import (
    BiopsyResult,
    CalcificationWord,
    Category,
    Change,
    Density,
    Evidence,
    Findings,
    OtherFinding,
    Pattern,
    Recommendation,
    Shape,
    Side,
    SideCategory,
    unique,
)

# ---------------------------------------------------------------- normalizing

_FOLD = {
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u2010": "-", "\u2011": "-", "\u00ae": " ", "\u2122": " ", "\u00a0": " ",
}  # fmt: skip


@dataclass(frozen=True)
class Text:
    """Normalized text and, for each of its characters, the offset in the original."""

    original: str
    norm: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.offsets):
            return len(self.original), len(self.original)
        last = self.offsets[max(start, end - 1)] + 1
        return self.offsets[start], last

    def words(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


_FOLD_TABLE = str.maketrans(_FOLD)
_WHITE = re.compile(r"\s+")
_LINE_BREAKS = frozenset("\n\r\f\v\u2028\u2029\x1c\x1d\x1e\x85")


def normalize(original: str) -> Text:
    """Lower case, folded punctuation, and one character for each run of white space between
    words: a space, a line break, or a blank-line mark (two or more breaks). Leading and
    trailing white space go. Offsets map each character back to the original."""
    folded = original.translate(_FOLD_TABLE)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few letters lower to two characters: keep those as is
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    pieces: list[str] = []
    offsets: list[int] = []
    separator: tuple[str, int] | None = None
    position = 0
    for run in [*_WHITE.finditer(lowered), None]:
        start, end = run.span() if run else (len(lowered), len(lowered))
        if start > position:  # a word, or several, between two runs of white space
            if separator and pieces:
                pieces.append(separator[0])
                offsets.append(separator[1])
            pieces.append(lowered[position:start])
            offsets.extend(range(position, start))
        if run:
            breaks = sum(c in _LINE_BREAKS for c in run.group().replace("\r\n", "\n"))
            separator = ("\x00" if breaks >= 2 else "\n" if breaks else " ", end - 1)
            position = end
    return Text(original, _unwrap("".join(pieces)), tuple(offsets))


_LABEL = re.compile(r"^(?:[a-z][a-z /&()-]{0,30}:|[-*\u2022]|\d{1,2}[.)] )")


def _unwrap(norm: str) -> str:
    """Join lines that a report's layout wrapped mid-sentence; keep real breaks.

    A line break stays when the line before ends a sentence or is short (a heading), or when
    the next line starts a label (`IMPRESSION:`) or a list item. Same length in and out, so
    offsets still hold.
    """
    lines = norm.replace("\x00", "\n").split("\n")
    hard = {i for i, c in enumerate(norm) if c == "\x00"}
    out: list[str] = []
    position = 0
    for number, line in enumerate(lines):
        out.append(line)
        position += len(line)
        if number == len(lines) - 1:
            break
        following = lines[number + 1]
        keep = (
            position in hard
            or line.rstrip().endswith((".", ":", ";", "!", "?"))
            or len(line) < 50
            or bool(_LABEL.match(following))
        )
        out.append("\n" if keep else " ")
        position += 1
    return "".join(out)


# ---------------------------------------------------------------- sentences and lines

_SENTENCE_END = re.compile(r"[.!?](?= |\n|$)|[;\n]")
_SIDE_HEADING = re.compile(
    r"^(?:(left|right)(?: breast)?|(bilateral|both breasts))(?: findings)? ?[:-]"
)
_TITLE_SIDE = re.compile(r"\b(left|right|bilateral|both breasts)\b")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    heading_side: Side | None


def sentences(text: Text) -> list[Sentence]:
    out: list[Sentence] = []
    heading: Side | None = None
    line_start = 0
    for line in text.norm.split("\n"):
        heading_match = _SIDE_HEADING.match(line)
        if heading_match:
            heading = Side.BILATERAL if heading_match.group(2) else Side(heading_match.group(1))
        elif len(line) <= 60 and "." not in line and ":" not in line:
            # A title line ("DIAGNOSTIC MAMMOGRAM, LEFT BREAST") that names one side.
            named = {m.group(1) for m in _TITLE_SIDE.finditer(line)}
            if len(named) == 1:
                word = named.pop()
                heading = Side.BILATERAL if word in {"bilateral", "both breasts"} else Side(word)
        start = 0
        for end_match in _SENTENCE_END.finditer(line + "\n"):
            end = end_match.end()
            if line[start:end].strip():
                out.append(Sentence(line_start + start, line_start + min(end, len(line)), heading))
            start = end
        line_start += len(line) + 1
    return out


# ---------------------------------------------------------------- cue words

_NEGATION = re.compile(
    r"\b(?:no|not|without|negative for|free of|absence of|absent|none|neither|nor|rather than)\b"
)
_BREAK = re.compile(r"\b(?:but|however|although|though|except|while|whereas|yet)\b")
_HEDGE = re.compile(
    r"\b(?:possible|possibly|questionable|question of|may represent|might|could represent"
    r"|cannot exclude|can't exclude|cannot be excluded|indeterminate whether|obscur\w*|hide"
    r"|limits? the|lower(?:s|ed)? the sensitivity)\b"
)
_QUALIFIER = re.compile(
    r"\b(?:suspicious|new|newly|malignant|worrisome|concerning|additional|residual|aggressive"
    r"|significant|dominant|abnormal|pleomorphic|linear|interval|other|definite|discrete)\b"
)
_PRIOR = re.compile(
    r"\b(?:prior|previous|previously|earlier|last|was|were|had been|in (?:19|20)\d\d"
    r"|if|would|could|should it|might|hypothetical)\b"
)
_PRIOR_AFTER = re.compile(
    r"^[^.;\n]{0,30}\b(?:prior|previous|earlier|last year|in (?:19|20)\d\d)\b"
)
_WINDOW = 60


def _before(text: Text, sentence: Sentence, start: int) -> str:
    return text.norm[max(sentence.start, start - _WINDOW) : start]


def negated(text: Text, sentence: Sentence, start: int) -> tuple[bool, bool]:
    """(is negated, the negation carries a qualifier such as 'suspicious' or 'new')."""
    window = _before(text, sentence, start)
    cues = list(_NEGATION.finditer(window))
    cue = cues[-1] if cues else None  # the nearest cue governs
    if cue is None or _BREAK.search(window, cue.end()):
        return False, False
    return True, bool(_QUALIFIER.search(window, cue.end()))


def hedged(text: Text, sentence: Sentence, start: int) -> bool:
    window = text.norm[max(sentence.start, start - 30) : start]
    return bool(_HEDGE.search(window))


# ---------------------------------------------------------------- patterns

# Only category 4 is split by letter: "BI-RADS 2 c" is category 2 and a stray letter.
_CATEGORY_VALUE = r"(4(?: ?[abc])?|[0-35-6]|iv ?[abc]|vi|iv|v|iii|ii|i)"
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}
_CATEGORY_PATTERNS = (
    re.compile(
        r"\b(?:acr )?bi[- ]?rads(?:\s?(?:category|cat\.?|assessment|score))?(?:\s?[:#=-]\s?|\s)"
        r"(?:category\s)?" + _CATEGORY_VALUE + r"(?!\w|\.\d)"
    ),
    re.compile(r"\b(?:assessment )?category ?(?:[:#-] ?)?(4(?: ?[abc])?|[0-35-6])(?!\w|\.\d)"),
    re.compile(
        r"\b(?:final |overall )?(?:assessment|impression) ?[:-] ?(4(?: ?[abc])?|[0-35-6])"
        r"(?!\w|\.\d)"
    ),
    re.compile(
        r"(?:^|[\n:] ?)(4(?: ?[abc])?|[0-35-6]) ?[-:] ?(?=negative|benign|probably benign"
        r"|suspicious|low suspicion|moderate suspicion|high suspicion|highly suggestive|known"
        r"|incomplete)"
    ),
)
_ALONE = r"(?= ?(?:[.,;:(\n-]|for malignancy|$))"
_CATEGORY_NAMES = (
    (re.compile(r"\bincomplete ?[-:,]? ?need(?:s)? (?:additional|prior|further)"), "0", False),
    (re.compile(r"\bhighly suggestive of malignancy\b"), "5", False),
    (re.compile(r"\bknown biopsy[- ]proven malignancy\b"), "6", False),
    # The plain names count only when they stand alone in their clause ("ASSESSMENT: Benign."),
    # not when they describe something ("benign-appearing calcifications").
    (re.compile(r"\bprobably benign\b" + _ALONE), "3", True),
    (re.compile(r"\bsuspicious(?: abnormality)?\b" + _ALONE), "4", True),
    (re.compile(r"\bbenign\b" + _ALONE), "2", True),
    (re.compile(r"\bnegative\b" + _ALONE), "1", True),
)
_ASSESSMENT_CONTEXT = re.compile(r"\b(?:assessment|impression|bi[- ]?rads|category|result)\b")

_CALCIFICATION = re.compile(
    r"\b(?:micro|macro)?calcifi(?:cations?|ed|c)\b|\bcalcium deposits?\b|\bcalcs\b"
)
_DENIED_AFTER = re.compile(
    r" ?(?:are |is |were |was )?(?:not (?:seen|identified|present|visuali[sz]ed|demonstrated)"
    r"|absent)\b| ?: ?none\b"
)
_CALCIFICATION_NONE = re.compile(
    r"\b(?:micro)?calcifications? ?(?:are |is |were |was )?(?:not (?:seen|identified|present"
    r"|visuali[sz]ed|demonstrated)|absent)\b|\b(?:micro)?calcifications? ?: ?none\b"
)

_SHAPES: tuple[tuple[re.Pattern[str], Shape], ...] = (
    (re.compile(r"\b(?:skin|dermal)\b"), Shape.SKIN),
    (re.compile(r"\b(?:vascular|arterial|tram[- ]?track)\b"), Shape.VASCULAR),
    (
        re.compile(r"\bpopcorn(?:[- ]like)?\b|\bcoarse\b(?! ?[-,]? ?heterogen)"),
        Shape.COARSE_POPCORN,
    ),
    (re.compile(r"\b(?:large )?rod[- ]?like\b|\bsecretory\b"), Shape.LARGE_ROD_LIKE),
    (re.compile(r"\bround\b"), Shape.ROUND),
    (re.compile(r"\bpunctate\b"), Shape.PUNCTATE),
    (re.compile(r"\brim\b|\begg ?shell\b|\blucent[- ]cent(?:ered|red|er|re)\b"), Shape.RIM),
    (re.compile(r"\bdystrophic\b"), Shape.DYSTROPHIC),
    (
        re.compile(r"\bmilk[- ]of[- ]calcium\b|\btea[- ]?cup(?:ping)?\b|\blayering\b"),
        Shape.MILK_OF_CALCIUM,
    ),
    (re.compile(r"\bsuture\b"), Shape.SUTURE),
    (re.compile(r"\bamorphous\b|\bindistinct\b"), Shape.AMORPHOUS),
    (re.compile(r"\bcoarse ?[-,]? ?heterogen(?:e?ous|es)\b"), Shape.COARSE_HETEROGENEOUS),
    (re.compile(r"\b(?:fine[- ])?pleomorphic\b"), Shape.FINE_PLEOMORPHIC),
    (
        re.compile(
            r"\bfine[- ]linear(?:[- ](?:and |or )?branching)?\b|\blinear[- ]branching\b"
            r"|\bbranching\b|\bcasting\b"
        ),
        Shape.FINE_LINEAR_BRANCHING,
    ),
)
_PATTERNS: tuple[tuple[re.Pattern[str], Pattern], ...] = (
    (
        re.compile(r"\b(?:diffuse|diffusely|scattered)\b(?! (?:areas of )?fibroglandular)"),
        Pattern.DIFFUSE,
    ),
    (re.compile(r"\bregional\b"), Pattern.REGIONAL),
    (re.compile(r"\b(?:grouped|clustered|clusters?|group)\b"), Pattern.GROUPED),
    (re.compile(r"(?<!fine )(?<!fine-)\blinear(?:ly)?\b(?![- ]branching)"), Pattern.LINEAR),
    (re.compile(r"\bsegmental\b"), Pattern.SEGMENTAL),
)
_WORDS: tuple[tuple[re.Pattern[str], CalcificationWord], ...] = (
    (
        re.compile(r"\bbenign(?:[- ]appearing)?\b(?= (?:\w+ )?(?:micro|macro)?calcif)"),
        CalcificationWord.BENIGN,
    ),
    (re.compile(r"\bmacrocalcifications?\b"), CalcificationWord.MACRO),
    (re.compile(r"\bmicrocalcifications?\b"), CalcificationWord.MICRO),
)
_DENSITY_PHRASES: tuple[tuple[re.Pattern[str], Density], ...] = (
    (re.compile(r"\balmost entirely fat(?:ty)?\b"), Density.A),
    (re.compile(r"\bscattered (?:areas of )?fibroglandular\b"), Density.B),
    (re.compile(r"\bheterogeneously dense\b"), Density.C),
    (re.compile(r"\bextremely dense\b"), Density.D),
)
_DENSITY_LETTER = re.compile(
    r"\b(?:acr|density|composition)(?: (?:category|type|grade|is))? ?[:=-]? ?\(?([a-d])\)?"
    r"(?![\w'])"
)
_CHANGES: tuple[tuple[re.Pattern[str], Change], ...] = (
    (
        re.compile(r"\bno (?:significant |interval )?change\b|\bstable\b|\bunchanged\b"),
        Change.STABLE,
    ),
    (re.compile(r"\bnew(?:ly)?\b|\bdeveloping\b"), Change.NEW),
    (
        re.compile(r"\bincreas(?:ed|ing)\b|\bmore numerous\b|\benlarg(?:ed|ing)\b"),
        Change.INCREASING,
    ),
    (
        re.compile(r"\bdecreas(?:ed|ing)\b|\bfewer\b|\bless numerous\b|\bresolv(?:ed|ing)\b"),
        Change.DECREASING,
    ),
)
_RECOMMENDATION_CONTEXT = re.compile(
    r"\b(?:recommend(?:ed|s|ation|ations)?|advis(?:ed|e)|suggest(?:ed)?|should|is indicated"
    r"|warranted|return|follow[- ]?up|plan|needed|needs|required|continue|please)\b"
)
_RECOMMENDATIONS: tuple[tuple[re.Pattern[str], Recommendation], ...] = (
    (
        re.compile(
            r"\b(?:stereotactic |ultrasound[- ]guided |vacuum[- ]assisted |core (?:needle )?"
            r"|surgical |tissue )?(?:biopsy|sampling)\b"
        ),
        Recommendation.BIOPSY,
    ),
    (
        re.compile(r"\b(?:6|six)[- ]?months?\b|\bshort[- ](?:interval|term) follow[- ]?up\b"),
        Recommendation.FOLLOW_UP_6_MONTHS,
    ),
    (
        re.compile(
            r"\badditional (?:imaging|views|evaluation|mammographic)\b|\bmagnification\b"
            r"|\bdiagnostic (?:mammogra\w*|evaluation|work[- ]?up)\b|\bspot compression\b"
            r"|\bfurther (?:imaging|evaluation)\b|\btrue lateral\b|\btargeted ultrasound\b"
        ),
        Recommendation.ADDITIONAL_IMAGING,
    ),
    (
        re.compile(
            r"\broutine (?:annual )?(?:screening|mammogra\w*)\b|\bannual (?:screening|mammogra\w*)"
            r"\b|\byearly mammogra\w*\b|\bscreening mammogra\w* in (?:1|one) year\b"
        ),
        Recommendation.ROUTINE_SCREENING,
    ),
)
_FOLLOW_UP = _RECOMMENDATIONS[1][0]
_BIOPSY_DONE = re.compile(
    r"\b(?:status post|s/p|post[- ])(?: \w+){0,2} ?biopsy\b|\bpost[- ]?procedure\b"
    r"|\b(?:biopsy |marker |tissue )clip\b|\bclip (?:marker|placement|was placed)\b"
    r"|\bbiopsy (?:was|has been) (?:performed|done)\b|\bbiopsy[- ]proven\b|\bbiopsy site\b"
)
_RESULTS: tuple[tuple[re.Pattern[str], BiopsyResult], ...] = (
    (re.compile(r"\binvasive (?:ductal |lobular )?(?:carcinoma|cancer)\b|\bidc\b"),
     BiopsyResult.INVASIVE),
    (re.compile(r"\bductal carcinoma in situ\b|\bdcis\b"), BiopsyResult.DCIS),
    (re.compile(r"\batypical ductal hyperplasia\b|\badh\b"), BiopsyResult.ADH),
    (re.compile(r"\bflat epithelial atypia\b|\bfea\b"), BiopsyResult.FEA),
    (re.compile(r"\bsclerosing adenosis\b"), BiopsyResult.SCLEROSING_ADENOSIS),
    (re.compile(r"\bfat necrosis\b"), BiopsyResult.FAT_NECROSIS),
    (re.compile(r"\bfibroadenoma\b"), BiopsyResult.FIBROADENOMA),
    (re.compile(r"\bfibrocystic change"), BiopsyResult.FIBROCYSTIC),
    (re.compile(r"\bbenign\b"), BiopsyResult.BENIGN),
)  # fmt: skip
_PATHOLOGY_CONTEXT = re.compile(
    r"\b(?:pathology|patholog\w+ result|biopsy (?:result|showed|revealed|demonstrated)|histology)\b"
)
_OTHER: tuple[tuple[re.Pattern[str], OtherFinding], ...] = (
    (re.compile(r"\bmass(?:es)?\b"), OtherFinding.MASS),
    (re.compile(r"\basymmetr(?:y|ies)\b"), OtherFinding.ASYMMETRY),
    (re.compile(r"\b(?:architectural )?distortion\b"), OtherFinding.DISTORTION),
    (re.compile(r"\b(?:breast )?arterial calcifications?\b|\bvascular calcifications?\b"),
     OtherFinding.ARTERIAL),
)  # fmt: skip
_SIDE = re.compile(r"\b(left|right|bilateral(?:ly)?|both breasts)\b")
_LOCATIONS = (
    re.compile(r"\b(?:1[0-2]|[1-9])(?::[03]0)? ?(?:o'? ?clock|:00)\b"),
    re.compile(r"\b(?:upper|lower) (?:outer|inner) quadrant\b|\b(?:uoq|uiq|loq|liq)\b"),
    re.compile(r"\b(?:retroareolar|subareolar|periareolar|central|axillary tail)\b"),
    re.compile(r"\b(?:anterior|middle|posterior) (?:depth|third)\b"),
)
_SIZE = re.compile(r"\b\d{1,3}(?:\.\d{1,2})?(?: ?x ?\d{1,3}(?:\.\d{1,2})?){0,2} ?(?:mm|cm)\b")


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Reading:
    findings: Findings

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return self.findings.evidence

    def answers(self) -> dict[str, Any]:
        """The fields the report stated, by answer name, for merging with other answers."""
        data = self.findings.to_json()
        data.pop("evidence")
        data.pop("category")
        return {k: v for k, v in data.items() if v not in (None, [], "")}


class _Collector:
    def __init__(self, text: Text) -> None:
        self.text = text
        self.evidence: list[Evidence] = []

    def note(self, field: str, value: str, start: int, end: int) -> None:
        a, b = self.text.span(start, end)
        self.evidence.append(Evidence(field, value, self.text.original[a:b], a, b))


def read(original: str) -> Reading:
    """Read a report. Never raises on any text; unknown text gives empty `Findings`."""
    text = normalize(original)
    found = sentences(text)
    starts = [s.start for s in found]

    def sentence_at(position: int) -> Sentence:
        index = bisect_right(starts, position) - 1
        return found[max(index, 0)] if found else Sentence(0, len(text.norm), None)

    notes = _Collector(text)
    sentence_cache: dict[tuple[str, int], bool] = {}

    def has(pattern: re.Pattern[str], sentence: Sentence) -> bool:
        """Whether the sentence contains the pattern; each sentence is searched once per
        pattern, so a report of one enormous sentence still reads in linear time."""
        key = (pattern.pattern, sentence.start)
        if key not in sentence_cache:
            sentence_cache[key] = bool(pattern.search(text.norm, sentence.start, sentence.end))
        return sentence_cache[key]

    def names_calcifications(sentence: Sentence) -> bool:
        return has(_CALCIFICATION, sentence)

    def about_calcifications(sentence: Sentence) -> bool:
        """This sentence, or the one just before it ("Shapes are amorphous."), names them."""
        index = bisect_right(starts, sentence.start) - 1
        return names_calcifications(sentence) or (
            index > 0 and names_calcifications(found[index - 1])
        )

    def stated(sentence: Sentence, start: int) -> bool:
        is_negated, _ = negated(text, sentence, start)
        return not is_negated and not hedged(text, sentence, start)

    # Categories
    categories: list[SideCategory] = []
    taken: set[int] = set()  # where each category's value stands: overlapping forms share it
    numbered_sentences: set[int] = set()
    for pattern in _CATEGORY_PATTERNS:
        for match in pattern.finditer(text.norm):
            start = match.start(1)
            if start in taken:
                continue
            sentence = sentence_at(start)
            if _not_current(text, sentence, match.start(), match.end()):
                continue
            category = _category(match.group(1))
            side = _side_near(text, sentence, match.start(), match.end())
            categories.append(SideCategory(category, side))
            taken.add(start)
            numbered_sentences.add(sentence.start)
            notes.note("category", category.value, *match.span())
    for pattern, value, needs_context in _CATEGORY_NAMES:  # most specific name first
        for match in pattern.finditer(text.norm):
            sentence = sentence_at(match.start())
            if sentence.start in numbered_sentences:
                continue
            if needs_context and not (
                _ASSESSMENT_CONTEXT.search(
                    text.norm, max(sentence.start, match.start() - 40), match.start()
                )
                or (sentence.end - sentence.start <= 44 and not names_calcifications(sentence))
            ):
                continue
            if _not_current(text, sentence, match.start(), match.end()) or not stated(
                sentence, match.start()
            ):
                continue
            category = Category.parse(value)
            categories.append(
                SideCategory(category, _side_near(text, sentence, match.start(), match.end()))
            )
            numbered_sentences.add(sentence.start)  # one name per sentence
            notes.note("category", category.value, *match.span())

    # Calcifications: present, absent, or not said
    present: bool | None = None
    said_none = False
    calcification_sides: list[Side] = []
    for match in _CALCIFICATION.finditer(text.norm):
        sentence = sentence_at(match.start())
        is_negated, qualified = negated(text, sentence, match.start())
        if hedged(text, sentence, match.start()):
            continue
        if _DENIED_AFTER.match(text.norm, match.end()):
            is_negated, qualified = True, False  # "calcifications are not seen"
        if is_negated:
            if not qualified:
                said_none = True
                notes.note("calcifications", "no", *match.span())
            continue
        present = True
        notes.note("calcifications", "yes", *match.span())
        side = _side_near(text, sentence, match.start(), match.end())
        if side:
            calcification_sides.append(side)
    for match in _CALCIFICATION_NONE.finditer(text.norm):
        said_none = True
        notes.note("calcifications", "no", *match.span())
    if present is None and said_none:
        present = False

    def descriptors(table: Any, field: str) -> list[Any]:
        values = []
        for pattern, value in table:
            for match in pattern.finditer(text.norm):
                sentence = sentence_at(match.start())
                if not about_calcifications(sentence) or not stated(sentence, match.start()):
                    continue
                values.append(value)
                notes.note(field, value.value, *match.span())
        return values

    shapes = descriptors(_SHAPES, "shape") if present else []
    patterns = descriptors(_PATTERNS, "pattern") if present else []
    words = descriptors(_WORDS, "calcification_word") if present else []
    changes = descriptors(_CHANGES, "change") if present else []

    density: Density | None = None
    for pattern, letter in _DENSITY_PHRASES:
        for match in pattern.finditer(text.norm):
            density = letter
            notes.note("density", letter.value, *match.span())
    if density is None:
        for match in _DENSITY_LETTER.finditer(text.norm):
            density = Density.parse(match.group(1))
            notes.note("density", density.value, *match.span())

    recommendations: list[Recommendation] = []
    for pattern, recommendation in _RECOMMENDATIONS:
        for match in pattern.finditer(text.norm):
            sentence = sentence_at(match.start())
            if not has(_RECOMMENDATION_CONTEXT, sentence) or not stated(sentence, match.start()):
                continue
            if recommendation is Recommendation.BIOPSY and has(_BIOPSY_DONE, sentence):
                continue
            if recommendation is Recommendation.ADDITIONAL_IMAGING and has(_FOLLOW_UP, sentence):
                continue  # "a diagnostic mammogram in 6 months" is the follow-up itself
            recommendations.append(recommendation)
            notes.note("recommendation", recommendation.value, *match.span())

    biopsy_done = None
    finding_sides: list[Side] = []  # sides of the biopsy and its result, besides calcifications
    for match in _BIOPSY_DONE.finditer(text.norm):
        sentence = sentence_at(match.start())
        if stated(sentence, match.start()):
            biopsy_done = True
            notes.note("biopsy", "done", *match.span())
            side = _side_near(text, sentence, match.start(), match.end())
            finding_sides += [side] if side else []
    biopsy_result: BiopsyResult | None = None
    for pattern, result in _RESULTS:
        if biopsy_result:
            break
        for match in pattern.finditer(text.norm):
            sentence = sentence_at(match.start())
            if has(_PATHOLOGY_CONTEXT, sentence) and stated(sentence, match.start()):
                biopsy_result, biopsy_done = result, True
                notes.note("biopsy_result", result.value, *match.span())
                side = _side_near(text, sentence, match.start(), match.end())
                finding_sides += [side] if side else []
                break

    other = []
    for pattern, finding in _OTHER:
        for match in pattern.finditer(text.norm):
            if stated(sentence_at(match.start()), match.start()):
                other.append(finding)
                notes.note("other", finding.value, *match.span())

    locations = []
    sizes = []
    for pattern in _LOCATIONS:
        for match in pattern.finditer(text.norm):
            if about_calcifications(sentence_at(match.start())):
                locations.append(text.words(*match.span()))
                notes.note("location", match.group(), *match.span())
    for match in _SIZE.finditer(text.norm):
        if (
            about_calcifications(sentence_at(match.start()))
            and "nipple" not in text.norm[match.end() : match.end() + 20]
        ):
            sizes.append(text.words(*match.span()))
            notes.note("size", match.group(), *match.span())

    report_sides = {_side_word(m.group(1)) for m in _SIDE.finditer(text.norm)}
    if len(report_sides) == 1:
        # A report about one breast only: its stated categories belong to that breast.
        only = next(iter(report_sides))
        categories = [c if c.side else SideCategory(c.category, only) for c in categories]
    side = _overall_side(categories, calcification_sides + finding_sides)
    notes.evidence.sort(key=lambda e: (e.start, e.field))
    findings = Findings(
        categories=unique(categories),
        side=side,
        calcifications=present,
        calcification_words=unique(words),
        shapes=unique(shapes),
        patterns=unique(patterns),
        density=density,
        change=unique(changes),
        other_findings=unique(other),
        recommendations=unique(recommendations),
        biopsy_done=biopsy_done,
        biopsy_result=biopsy_result,
        locations=unique(locations),
        sizes=unique(sizes),
        evidence=tuple(notes.evidence),
    )
    return Reading(findings)


def _category(raw: str) -> Category:
    """`4b`, `4 b`, `iv b` or `iii` as a category."""
    value = raw.replace(" ", "")
    letter = value[-1] if value[-1] in "abc" else ""
    number = value[: len(value) - len(letter)]
    return Category.parse(_ROMAN.get(number, number) + letter.upper())


def _not_current(text: Text, sentence: Sentence, start: int, end: int) -> bool:
    """The category belongs to an earlier exam or a hypothetical, not to this report."""
    before = text.norm[max(sentence.start, start - 40) : start]
    after = text.norm[end : min(sentence.end, end + 40)]
    return bool(_PRIOR.search(before) or _PRIOR_AFTER.search(after))


_SIDE_REACH = 120
"""How far from a finding a side word may stand and still be its side (a bounded search)."""


def _side_near(text: Text, sentence: Sentence, start: int, end: int) -> Side | None:
    best: tuple[int, Side] | None = None
    low = max(sentence.start, start - _SIDE_REACH)
    high = min(sentence.end, end + _SIDE_REACH)
    for match in _SIDE.finditer(text.norm, low, high):
        if negated(text, sentence, match.start())[0]:
            continue
        side = _side_word(match.group(1))
        distance = min(abs(match.start() - start), abs(match.end() - end))
        if best is None or distance < best[0]:
            best = (distance, side)
    if best:
        return best[1]
    return sentence.heading_side


def _side_word(word: str) -> Side:
    return Side.BILATERAL if word.startswith(("bilateral", "both")) else Side(word)


def _overall_side(categories: list[SideCategory], calcification_sides: list[Side]) -> Side | None:
    sides = {c.side for c in categories if c.side} | set(calcification_sides)
    if not sides:
        return None
    if Side.BILATERAL in sides or {Side.LEFT, Side.RIGHT} <= sides:
        return Side.BILATERAL
    return next(iter(sides))
