"""The knowledge base, linted: every rule a reviewer would check by hand."""

from __future__ import annotations

import re

import pytest
import textstat

from calcinfo.findings import BiopsyResult, Category, Density, Pattern, Shape
from calcinfo.knowledge import MARKER, Knowledge, as_prose, parse_topic, strip_markers
from calcinfo.knowledge.engine import (
    BIOPSY_TOPICS,
    OTHER_TOPICS,
    WORD_TOPICS,
    category_topic,
    density_topic,
)

MAX_GRADE = 8.0

# Sentences that would tell her what she has, or her own chance. Population figures say
# "in studies" or "in the atlas" instead.
DIAGNOSING = re.compile(
    r"\byou (?:have|probably have|likely have|do not have|don't have) (?:breast )?cancer\b"
    r"|\byour (?:chance|risk|odds|likelihood) (?:of cancer )?is\b"
    r"|\byou are (?:fine|healthy|safe|cancer[- ]free)\b"
    r"|\bthis is (?:cancer|not cancer|benign|malignant)\b"
    r"|\byour calcifications are (?:benign|cancer|malignant|harmless)\b",
    re.IGNORECASE,
)


def rule_texts(kb: Knowledge) -> list[str]:
    return [rule["text"] for rules in kb.rules.values() for rule in rules]


def all_texts(kb: Knowledge) -> list[tuple[str, str]]:
    from calcinfo.knowledge.glossary import load_glossary

    texts = [(f"topic {t.id}", t.summary + "\n" + t.body) for t in kb.topics.values()]
    texts += [(f"rule {i}", text) for i, text in enumerate(rule_texts(kb))]
    texts += [(f"glossary {t.id}", t.note) for t in load_glossary()]
    return texts


def test_ids_are_unique_and_match_file_names(kb: Knowledge) -> None:
    assert len(kb.topics) >= 70
    for topic in kb.topics.values():
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", topic.id), topic.id


def test_aliases_are_unique_across_topics(kb: Knowledge) -> None:
    from calcinfo.knowledge.search import compact

    owner: dict[str, str] = {}
    for topic in kb.topics.values():
        for name in (topic.id, *topic.aliases):
            key = compact(name)
            assert owner.get(key, topic.id) == topic.id, f"{name!r}: {owner[key]} and {topic.id}"
            owner[key] = topic.id


def test_every_cited_source_exists_and_every_source_is_cited(kb: Knowledge) -> None:
    cited: set[str] = set()
    for where, text in all_texts(kb):
        for source in MARKER.findall(text):
            assert source in kb.sources, f"{where} cites unknown {source}"
            cited.add(source)
    listed_only = {i for i, s in kb.sources.items() if s.seed_reference}  # the article's own list
    assert set(kb.sources) - listed_only <= cited, f"never cited: {set(kb.sources) - cited}"


def test_front_matter_sources_are_exactly_what_the_text_cites(kb: Knowledge) -> None:
    for topic in kb.topics.values():
        assert list(topic.sources) == list(topic.cited), topic.id


def test_every_statement_carries_a_source(kb: Knowledge) -> None:
    for topic in kb.topics.values():
        assert MARKER.search(topic.summary), f"{topic.id}: summary without a source"
    for text in rule_texts(kb):
        assert MARKER.search(text), text


def test_related_topics_resolve_and_no_topic_is_an_orphan(kb: Knowledge) -> None:
    linked = set()
    for topic in kb.topics.values():
        for other in topic.related:
            assert other in kb.topics, f"{topic.id} -> {other}"
            assert other != topic.id
            linked.add(other)
    rule_topics = {r["topic"] for rules in kb.rules.values() for r in rules if "topic" in r}
    assert rule_topics <= set(kb.topics)
    orphans = set(kb.topics) - linked - rule_topics
    assert not orphans, f"no topic links to: {orphans}"


def test_every_topic_lists_the_questions_it_answers_in_her_words(kb: Knowledge) -> None:
    """Search weighs these above the body (issue 9): a page without them is found only by
    its jargon. Each is a plain question, and no two pages claim the same one."""
    seen: dict[str, str] = {}
    for topic in kb.topics.values():
        assert len(topic.questions) >= 3, f"{topic.id} lists {len(topic.questions)} questions"
        for question in topic.questions:
            assert question == question.lower() and not question.endswith("?"), question
            assert question not in seen, f"{question!r} on {seen.get(question)} and {topic.id}"
            seen[question] = topic.id


def test_every_group_has_topics_and_every_topic_a_group(kb: Knowledge) -> None:
    groups = {g.id for g in kb.groups}
    for group in groups:
        assert kb.topics_in(group), group
    for topic in kb.topics.values():
        assert topic.group in groups, topic.id


def test_no_empty_sections(kb: Knowledge) -> None:
    for topic in kb.topics.values():
        assert topic.title.strip() and strip_markers(topic.summary).strip(), topic.id
        assert len(strip_markers(topic.body).split()) >= 12, topic.id


@pytest.mark.parametrize("kind", ["body", "summary"])
def test_reading_grade_is_8_or_lower(kb: Knowledge, kind: str) -> None:
    too_hard = {}
    for topic in kb.topics.values():
        grade = textstat.flesch_kincaid_grade(as_prose(getattr(topic, kind)))
        if grade > MAX_GRADE:
            too_hard[topic.id] = grade
    assert not too_hard


def test_rules_read_at_grade_8_or_lower_as_a_whole(kb: Knowledge) -> None:
    for kind, rules in kb.rules.items():
        grade = textstat.flesch_kincaid_grade(as_prose("\n".join(r["text"] for r in rules)))
        assert grade <= MAX_GRADE, (kind, grade)


def test_no_sentence_tells_her_what_she_has(kb: Knowledge) -> None:
    for where, text in all_texts(kb):
        assert not DIAGNOSING.search(text), where


def test_the_diagnosis_check_catches_what_it_should() -> None:
    assert DIAGNOSING.search("Based on this, you have cancer.")
    assert DIAGNOSING.search("Your risk is 20%.")
    assert not DIAGNOSING.search("In the atlas, about 20% of these were cancer.")


def test_every_vocabulary_id_has_a_topic(kb: Knowledge) -> None:
    """One vocabulary: each id the reader, flags and engine use explains itself."""
    wanted = [category_topic(c) for c in Category]
    wanted += [s.value for s in Shape] + [p.value for p in Pattern]
    wanted += [density_topic(d.value) for d in Density]
    wanted += list(WORD_TOPICS.values()) + list(OTHER_TOPICS.values())
    wanted += [BIOPSY_TOPICS[r] for r in BiopsyResult if r in BIOPSY_TOPICS]
    assert [w for w in wanted if w not in kb.topics] == []


def test_likelihood_ranges_are_the_atlas_ones(kb: Knowledge) -> None:
    """The ranges must match the atlas table, not the erroneous secondary tables."""
    body = {t.id: strip_markers(t.body) for t in kb.topics.values()}
    assert "2% or less" in body["birads-3"]
    assert "more than 2% up to 10%" in body["birads-4a"]
    assert "more than 10% up to 50%" in body["birads-4b"]
    assert "more than 50% and less than 95%" in body["birads-4c"]
    assert "95% or more" in body["birads-5"]
    assert "6, 12 and 24 months" in body["birads-3"]


def test_seed_article_facts_are_covered_with_the_right_nuance(kb: Knowledge) -> None:
    text = {t.id: strip_markers(t.body) for t in kb.topics.values()}
    assert "too simple" in text["imaging"] and "3D mammogram" in text["imaging"]
    assert "0.5 mm" in text["macro-micro"] and "rough guide" in text["macro-micro"]
    assert "13% to 41%" in text["recall"] and "not your own chance" in text["recall"]
    assert "does not cause" in text["myth-diet"]
    assert "do not turn into cancer" in text["myth-turn-into-cancer"]
    steps = [line for line in text["stereotactic-biopsy"].splitlines() if line[:1].isdigit()]
    assert len(steps) >= 6


def test_references_have_hand_checked_apa_and_mla_consistent_with_their_fields(
    kb: Knowledge,
) -> None:
    for source in kb.sources.values():
        csl = source.csl
        assert source.apa and source.mla and csl["title"], source.id
        people = csl.get("author") or csl.get("editor") or []
        if people and "family" in people[0]:
            assert source.apa.startswith(people[0]["family"]), source.id
            assert source.mla.startswith(people[0]["family"]), source.id
        year = csl.get("issued", {}).get("date-parts", [[None]])[0][0]
        assert (f"({year}" in source.apa) if year else "(n.d.)" in source.apa, source.id
        assert csl["title"].lower()[:30] in source.apa.lower(), source.id
        if csl.get("DOI"):
            assert csl["DOI"] in source.apa and csl["DOI"] in source.mla, source.id


def test_the_seed_article_is_cited_exactly_as_it_asks(kb: Knowledge) -> None:
    seed = kb.sources["SEED-MNT"]
    assert seed.apa == (  # APA 7: title in sentence case, no quotes, and its address
        "Leonard, J. (2019, June 27). Should I worry about breast calcifications? "
        "Medical News Today. https://www.medicalnewstoday.com/articles/325590.php"
    )
    assert seed.mla == (  # MLA 9: the container after the title, the access date last
        'Leonard, Jayne. "Should I Worry about Breast Calcifications?" Medical News Today, '
        "MediLexicon International, 27 June 2019, www.medicalnewstoday.com/articles/325590.php. "
        "Accessed 6 Sept. 2019."
    )
    own = [s.title for s in kb.sources.values() if s.seed_reference]  # its three, as it gives them
    assert own == [
        "The importance of early detection of calcifications associated with breast cancer in "
        "screening",
        "Evaluation of breast calcifications",
        "Understanding breast calcifications",
    ]


def test_the_front_matter_fast_path_reads_what_tomllib_reads() -> None:
    import tomllib

    from calcinfo.knowledge import DATA, FRONT_MATTER, parse_front_matter

    for path in sorted((DATA / "topics").glob("*.md")):
        match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        assert match, path.name
        assert parse_front_matter(match.group(1)) == tomllib.loads(match.group(1)), path.name
    unusual = "id = 'literal'\n# a comment\ntitle = \"T\""
    assert parse_front_matter(unusual) == {"id": "literal", "title": "T"}


def test_a_malformed_topic_is_reported_with_its_name() -> None:
    from calcinfo.knowledge import ContentError

    with pytest.raises(ContentError, match=r"bad\.md"):
        parse_topic("no front matter", "bad.md")
    with pytest.raises(ContentError, match="missing"):
        parse_topic('+++\nid = "x"\n+++\nbody', "x.md")


def test_the_interview_reads_at_grade_8_or_lower() -> None:
    from calcinfo.interview import QUESTIONS

    prompts = "\n".join(q.prompt for q in QUESTIONS)
    helps = "\n".join(c.help for q in QUESTIONS for c in q.choices if c.help)
    assert textstat.flesch_kincaid_grade(as_prose(prompts)) <= MAX_GRADE
    assert textstat.flesch_kincaid_grade(as_prose(helps)) <= MAX_GRADE


def test_rules_are_well_formed(kb: Knowledge) -> None:
    """The linter for rules.toml: a typo here would otherwise surface as a crash in her run."""
    import string

    from calcinfo.findings import Findings
    from calcinfo.knowledge.engine import CONDITIONS, PLACEHOLDERS, RULE_KINDS

    assert set(kb.rules) <= set(RULE_KINDS)
    for kind, rules in kb.rules.items():
        for rule in rules:
            where = f"{kind}: {rule.get('text', '')[:40]}"
            tables = rule.get("when", {})
            tables = tables if isinstance(tables, list) else [tables]
            unless = rule.get("unless", {})
            for table in [*tables, *(unless if isinstance(unless, list) else [unless])]:
                for key, wanted in table.items():
                    assert key in CONDITIONS, f"{where}: unknown condition {key!r}"
                    is_flag = isinstance(CONDITIONS[key](Findings(), None), bool)
                    assert isinstance(wanted, bool) == is_flag, f"{where}: {key} = {wanted!r}"
            names = {field for _, field, _, _ in string.Formatter().parse(rule["text"]) if field}
            assert names <= set(PLACEHOLDERS), f"{where}: unknown placeholder {names}"
            if kind == "question":
                assert isinstance(rule["priority"], int), where
            if kind == "reminder":
                assert rule["months"] > 0 and rule["title"], where


# ---------------------------------------------------------------- the glossary (issue 13)


def test_the_glossary_is_well_formed(kb: Knowledge) -> None:
    from calcinfo.knowledge.glossary import load_glossary

    terms = load_glossary()
    assert len(terms) >= 250
    assert len({t.id for t in terms}) == len(terms)
    owner: dict[str, str] = {}
    for term in terms:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", term.id), term.id
        assert term.variants and all(v == v.lower().strip() for v in term.variants), term.id
        assert MARKER.search(term.note), f"{term.id}: a note without a source"
        assert term.topic is None or term.topic in kb.topics, term.id
        for variant in term.variants:
            assert owner.setdefault(variant, term.id) == term.id, f"{variant}: two terms"


def test_glossary_notes_read_at_grade_6_median_and_none_above_8() -> None:
    import statistics

    from calcinfo.knowledge.glossary import load_glossary

    grades = {t.id: textstat.flesch_kincaid_grade(as_prose(t.note)) for t in load_glossary()}
    assert statistics.median(grades.values()) <= 6
    assert not {k: g for k, g in grades.items() if g > MAX_GRADE}


def test_glossary_notes_never_diagnose() -> None:
    from calcinfo.knowledge.glossary import load_glossary

    for term in load_glossary():
        assert not DIAGNOSING.search(term.note), term.id
