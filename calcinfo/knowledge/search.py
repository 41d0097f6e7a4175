"""Topic search that understands a question in her own words.

A query is cut into words; question words ("what", "is", "my", "does") carry nothing and are
dropped. Each remaining word is weighed by how rare it is across topics (inverse document
frequency) and by where a topic has it: its name and aliases, and the questions it answers in
patients' words, count most; its summary, then its text, less. A word that is not in any topic
is tried against near spellings (typos). An exact id, alias or title still opens that topic
first, and BI-RADS is found however it is spelled.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calcinfo.knowledge import Knowledge, Topic

GOOD_MATCH = 0.25
"""A score below this (share of the query's weight found in a topic) is not shown as a match,
for a query of SHORT_QUERY words or fewer; the bar falls in step for longer questions."""
SHORT_QUERY = 4
UNKNOWN_WEIGHT = 0.3
"""A word no topic has ("toddler") says little about which topic fits: it counts less."""
NAME_BONUS = 0.5
QUESTION_MATCH = 0.6
"""How much the one listed question most like hers adds (its share of words in common, by
rarity, both ways): "why does my new clinic want my old mammograms" is one listed question,
not a scatter of words across a page."""

PHRASE_BONUS = 0.1
"""What a topic's name said word for word inside a longer question adds ("Radial scar - observe
or take out? ... wait 6 months ..."), in full for a name as rare as a word only one topic has."""

FIELD_WEIGHTS = {"name": 4.0, "questions": 3.0, "summary": 1.5, "body": 1.0}

QUESTION_WORDS = frozenset(
    {
     "a", "about", "am", "an", "and", "any", "are", "be", "been", "can", "could", "did", "do",
     "does", "doing", "for", "from", "get", "got", "has", "have", "having", "her", "how", "i",
     "if", "im", "in", "is", "it", "its", "me", "mean", "means", "meaning", "my", "of", "on",
     "or", "should", "so", "that", "the", "them", "they", "this", "to", "was", "we", "were",
     "what", "whats", "when", "where", "which", "who", "why", "will", "with", "would", "you",
     "your", "up", "out", "just", "really", "still", "now", "there", "these", "those", "some",
     "very", "also", "want", "wants", "know", "think", "tell", "told", "like", "thing", "things",
     "anything", "something", "okay", "ok", "please", "getting", "gets", "by", "she", "he",
     "his", "him", "our", "us", "their", "at", "as", "but", "than", "then", "had", "because",
     "being", "finally", "recently", "actually", "basically", "already", "today", "yesterday",
     "doesnt", "dont", "didnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt",
     "cant", "couldnt", "wouldnt", "shouldnt", "wont", "ive", "id", "youre", "theyre",
     "theres", "heres", "thats", "shes", "hes", "receive", "received", "receiving",
    }
)  # fmt: skip
"""Words that make a question but say nothing about its subject."""


def normalize(text: str) -> str:
    """Lower case words, with every spelling of BI-RADS folded into one token."""
    text = text.lower().replace("®", " ").replace("'", "")
    text = re.sub(r"\bbi[\W_]{0,3}rads?\b|\bbirads?\b", " birads ", text)
    text = re.sub(r"birads\s*+(?:category|cat\.?)\s*+", "birads ", text)
    # "a Bi Rad rating of 4", "my BI-RADS score is 4": birads 4 (possessive white space: a
    # long run of it is passed over once)
    text = re.sub(
        r"birads\s*+(?:rating|score|grade|result|level|number)\s*+(?:(?:of|is|was|=|:)\s*+)?"
        r"(?=[0-6](?:[abc])?\b)",
        "birads ",
        text,
    )
    text = re.sub(r"\b([23])[\s-]?d\b", r"\1d", text)  # 3-D, 3 D and 3D are one word
    text = _SIZE.sub(" ", text)  # "0.9 cm", "6mm": a size says nothing about the subject
    return " ".join(re.findall(r"[a-z0-9]+", text))


_SIZE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:cm|mm|centimet\w*|millimet\w*)\b|\b\d+[.,]\d+\b")
_NEGATING = ("ab", "un", "non", "in", "dis")


def compact(text: str) -> str:
    return normalize(text).replace(" ", "")


_ENDINGS = (
    ("ography", "ogram"), ("ographies", "ogram"),
    ("ations", ""), ("ation", ""), ("isons", ""), ("ison", ""), ("ments", ""), ("ment", ""),
    ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ed", ""),
    ("es", ""), ("s", ""), ("ly", ""),
)  # fmt: skip


_UNDOUBLE = frozenset({"ing", "ings", "ed"})


def _stem(word: str) -> str:
    """A light stem, so "calcifications" finds "calcification", "biopsies" "biopsy" and
    "comparison" "compare"."""
    for ending, keep in _ENDINGS:
        if (
            word.endswith(ending)
            and len(word) - len(ending) >= 4
            and not word.endswith(("ss", "us", "is"))
        ):
            word = word[: len(word) - len(ending)] + keep
            if ending in _UNDOUBLE and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "getting", "stopped", "spotted": get, stop, spot
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


SAME_MEANING = {
    # her words for feeling afraid: the topics say "worry"
    **dict.fromkeys(
        ("afraid", "anxiety", "anxious", "fear", "fears", "frightened", "nervous", "panic",
         "panicked", "panicking", "scared", "scary", "stress", "stressed", "terrified",
         "worried", "worrying", "concerned"),
        "worry",
    ),
    # her words for how likely something is: the topics say "chance"
    **dict.fromkeys(("odds", "likelihood", "probability", "chances"), "chance"),
    # her words for a man whose breast she asks about: the topics say "men"
    **dict.fromkeys(
        ("man", "mans", "male", "males", "husband", "husbands", "boyfriend", "father", "dad",
         "dads", "son", "sons", "brother", "brothers"),
        "men",
    ),
    # numbers as words: the topics write "40", "50", "74"
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
    "eighty": "80",
    # her words for an injury to the breast: the topics say "injury"
    **dict.fromkeys(("accident", "impact", "trauma", "injured", "injuries", "hit"), "injury"),
    # report words she repeats, as the topics say them in plain words
    **dict.fromkeys(("nodule", "nodules"), "mass"),
    **dict.fromkeys(
        ("recommend", "recommended", "recommends", "recommendation", "recommendations"),
        "advise",
    ),
    # her words for a kind of something: the topics say "kind" as often as "type"
    **dict.fromkeys(("type", "types", "sort", "sorts"), "kind"),
    "necessary": "need", "incision": "cut", "wound": "cut", "female": "women",
    "cancerous": "cancer", "malignant": "cancer", "tumour": "tumor",
    "gp": "doctor", "physician": "doctor", "doc": "doctor",
    "phone": "call", "phoned": "call", "operation": "surgery",
    "chemo": "chemotherapy", "radiotherapy": "radiation", "anaesthetic": "anesthetic",
}  # fmt: skip
"""A word she may use, and the word the topics use for the same thing, put in its place in her
words before stemming."""

KEPT_WHOLE = frozenset({"likely", "unlikely", "nearly", "family", "scared"})
"""Words whose light stem would be another word ("likely" is no "like", "scared" no "scar"):
not stemmed, in a page's words as in hers."""


SAME_PHRASE = re.compile(
    r"\b(?:calcium|white|tiny white|little white|small white) "
    r"(?:deposits?|spots?|dots?|specks?|flecks?)\b"
    r"|\bnot normal\b"
)
"""Her phrases for what the topics name in one word: "calcium deposits" and "little white
dots" are calcifications; "not normal" is abnormal."""


def _same_phrase(match: re.Match[str]) -> str:
    return "abnormal" if match.group().startswith("not") else "calcifications"


def terms(text: str, her_words: bool = True) -> list[str]:
    """The words that say what a text is about, stemmed. In her words (a query, or a question a
    topic lists in patients' words) a word is first put as the topics say it (`SAME_MEANING`,
    `SAME_PHRASE`); a topic's own text is left as written, so how rare a word is stays what the
    pages make it."""
    words = normalize(text)
    if her_words:
        words = SAME_PHRASE.sub(_same_phrase, words)
    return [_term(w, her_words) for w in words.split() if w not in QUESTION_WORDS]


def _term(word: str, her_words: bool) -> str:
    if her_words and word in SAME_MEANING:
        return _stem(SAME_MEANING[word])
    return word if word in KEPT_WHOLE else _stem(word)


@dataclass(frozen=True)
class _Index:
    keys: dict[str, str]  # compact id/alias/title -> topic id
    fields: dict[str, dict[str, dict[str, float]]]  # topic -> field -> term -> share
    idf: dict[str, float]
    vocabulary: frozenset[str]
    questions: dict[str, list[tuple[frozenset[str], float]]]  # topic -> (words, their weight)
    names: dict[str, list[tuple[tuple[str, ...], float]]]  # topic -> (words in order, rarity)
    rarest: float  # the weight of a word only one topic has (or none)


@cache
def _index(knowledge: Knowledge) -> _Index:
    keys: dict[str, str] = {}
    fields: dict[str, dict[str, dict[str, float]]] = {}
    counts: dict[str, int] = {}
    for topic in knowledge.topics.values():
        for name in (topic.id, topic.title, *topic.aliases):
            keys.setdefault(compact(name), topic.id)
        texts = {
            "name": " ".join((topic.id.replace("-", " "), topic.title, *topic.aliases)),
            "questions": " ".join(topic.questions),
            "summary": topic.summary,
            "body": topic.body,
        }
        fields[topic.id] = {}
        seen: set[str] = set()
        for field, text in texts.items():
            words = terms(text, her_words=field == "questions")
            share: dict[str, float] = {}
            for word in words:
                share[word] = share.get(word, 0.0) + 1.0
            # A word's weight in a field grows with its count, but slowly (1, 1.5, 1.8 ...).
            fields[topic.id][field] = {w: 1.0 + math.log(c) / 2 for w, c in share.items()}
            seen |= share.keys()
        for word in seen:
            counts[word] = counts.get(word, 0) + 1
    total = len(knowledge.topics)
    idf = {w: math.log(1 + total / c) for w, c in counts.items()}
    rarest = math.log(1 + total)

    def weight(words: Iterable[str]) -> float:
        return sum(idf.get(word, rarest) for word in words)

    questions = {
        topic.id: [(words, weight(words)) for words in map(frozenset, map(terms, topic.questions))]
        for topic in knowledge.topics.values()
    }
    names = {
        topic.id: [
            (name, weight(name) / rarest)
            for name in dict.fromkeys(
                tuple(terms(name, False))
                for name in (topic.title, *topic.aliases)
                if terms(name, False)
            )
        ]
        for topic in knowledge.topics.values()
    }
    return _Index(keys, fields, idf, frozenset(counts), questions, names, rarest)


def _query_terms(query: str, index: _Index) -> list[tuple[str, float]]:
    """The query's words as indexed words, each with a weight (a near spelling counts less)."""
    out: list[tuple[str, float]] = []
    for word in dict.fromkeys(terms(query)):
        if word in index.vocabulary:
            out.append((word, 1.0))
        elif len(word) > 3 and not word.isdigit():  # "4000" is no slip for "400"
            near = difflib.get_close_matches(word, index.vocabulary, n=1, cutoff=0.8)
            if near and any(word == prefix + near[0] for prefix in _NEGATING):
                near = []  # "abnormal" is not a typo for "normal": it means the opposite
            if near and near[0][0] != word[0]:
                near = []  # a slip rarely takes the first letter: "frequent" is no "request"
            if near:
                out.append((near[0], 0.8))
            else:
                out.append((word, UNKNOWN_WEIGHT))  # in no topic: counts against all alike
        else:
            out.append((word, 1.0))
    return out


def _weighed(words: list[tuple[str, float]], index: _Index) -> list[tuple[str, float]]:
    """Her words, each weighed by how rare it is across topics: once a query, not a topic."""
    return [(word, weight * index.idf.get(word, index.rarest)) for word, weight in words]


def _score(asked: list[tuple[str, float]], topic_id: str, index: _Index) -> float:
    """How much of her (weighed) words a topic has, where it has them, and how alike she and
    its most alike listed question are."""
    wanted = sum(value for _, value in asked)
    if not wanted:
        return 0.0
    best_field = max(FIELD_WEIGHTS.values())
    found = named = 0.0
    fields = index.fields[topic_id]
    for word, value in asked:
        named += value if word in fields["name"] else 0.0
        strongest = max(
            (
                FIELD_WEIGHTS[field] * min(tf.get(word, 0.0), 2.0) / 2
                for field, tf in fields.items()
            ),
            default=0.0,
        )
        found += value * min(strongest / best_field * 2, 1.0)
    # What the topic is named for weighs a little more than what it mentions.
    score = (found + NAME_BONUS * named) / (wanted * (1 + NAME_BONUS))
    return (
        score
        + QUESTION_MATCH * _nearest_question(asked, wanted, topic_id, index)
        + PHRASE_BONUS * _named_in(asked, topic_id, index)
    )


def _named_in(asked: list[tuple[str, float]], topic_id: str, index: _Index) -> float:
    """How rare the rarest of a topic's names is that her words say in order (1 for a name as
    rare as a word only one topic has), or 0."""
    words = [word for word, _ in asked]
    best = 0.0
    for name, rarity in index.names[topic_id]:
        n = len(name)
        if (n > 1 or rarity >= 0.8) and any(
            tuple(words[i : i + n]) == name for i in range(len(words) - n + 1)
        ):
            best = max(best, min(rarity, 1.0))
    return best


def _nearest_question(
    asked: list[tuple[str, float]], wanted: float, topic_id: str, index: _Index
) -> float:
    """How alike her words and the topic's most alike listed question are (Dice, by rarity)."""
    best = 0.0
    for question, listed in index.questions[topic_id]:
        shared = sum(value for word, value in asked if word in question)
        if shared:
            best = max(best, 2 * shared / (wanted + listed))
    return best


def _ranked(
    knowledge: Knowledge, query: str, words: list[tuple[str, float]] | None = None
) -> list[tuple[float, str]]:
    index = _index(knowledge)
    words = _query_terms(query, index) if words is None else words
    asked = _weighed(words, index)
    q = compact(query)
    scored = []
    for topic in knowledge.topics.values():
        score = _score(asked, topic.id, index)
        names = [compact(n) for n in (topic.id, topic.title, *topic.aliases)]
        if len(q) >= 4:  # a typed name with a typo: "amorphus", "birads4b"
            close = max(_closeness(q, n, 0.8) for n in names)
            if close >= 0.85:  # nearly its very name: first, the closest first
                score = max(score, 1.0 + close)
            elif close >= 0.8:
                score = max(score, close)
        scored.append((score, topic.id))
    return sorted(scored, key=lambda pair: (-pair[0], pair[1]))


def _closeness(a: str, b: str, floor: float) -> float:
    """How alike two spellings are (difflib's ratio), or 0 where even its quick upper bounds
    are below `floor`: a long question is no typo for a short name, and is not compared."""
    matcher = difflib.SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


_CATEGORY = re.compile(
    r"\bbirads ([0-6](?:[abc])?)\b|\b(4[abc])\b"  # (normalize folds "category" and "score")
    # her words for a category: "a grade 3 mammogram", "category 4 result", "score 2 on my report"
    r"|\b(?:grade|category|score|level|rating|class) ([0-6](?:[abc])?) "
    r"(?=mammogram|mammo|result|report|finding|on my)"
)


def _named_category(query: str, knowledge: Knowledge) -> str | None:
    """The one BI-RADS category a query names ("lesion 0.9 cm birads 4b, next steps?"): a
    woman who types her category wants its page first, whatever else she asks."""
    named = {a or b or c for a, b, c in _CATEGORY.findall(normalize(query))}
    if len(named) != 1:
        return None
    topic = f"birads-{named.pop()}"
    return topic if topic in knowledge.topics else None


def search(knowledge: Knowledge, query: str) -> list[Topic]:
    """Matching topics, best first. An exact id, alias or title returns that topic first."""
    index = _index(knowledge)
    q = compact(query)
    if not q:
        return []
    exact = (
        index.keys.get(q)
        or index.keys.get(compact(" ".join(terms(query))))
        or _named_category(query, knowledge)
    )
    words = _query_terms(query, index)  # near spellings are looked up once, here
    scored = _ranked(knowledge, query, words)
    # A long question in her own words shares a smaller part of its words with any one topic
    # than a few typed words do: the bar falls with the number of words calcinfo knows (4 or
    # fewer: the full bar). Words no topic has do not lower it, so a pasted page of noise
    # matches nothing.
    known = sum(1 for word, _ in words if word in index.vocabulary)
    bar = GOOD_MATCH * min(1.0, SHORT_QUERY / max(known, 1))
    ranked = [knowledge.topics[tid] for score, tid in scored if score >= bar]
    if exact:
        ranked = [knowledge.topics[exact]] + [t for t in ranked if t.id != exact]
    return ranked


def suggestions(knowledge: Knowledge, query: str, n: int = 3) -> list[Topic]:
    """The nearest topics, for a query with no good match: by its words, else by how close
    the query is to each topic's names."""
    q = compact(query)
    scored = []
    for score, tid in _ranked(knowledge, query):
        topic = knowledge.topics[tid]
        names = [compact(x) for x in (topic.id, topic.title, *topic.aliases)]
        close = max(difflib.SequenceMatcher(None, q, x).ratio() for x in names)
        scored.append((max(score, close), tid))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return [knowledge.topics[tid] for _, tid in scored[:n]]
