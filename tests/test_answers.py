from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calcinfo.answers import (
    AnswerError,
    AnswersFileError,
    parse_answers,
    parse_category,
    read_answers_file,
)
from calcinfo.findings import Assessment, Category, Findings, Side, Symptom


def test_flag_names_and_values_make_findings() -> None:
    f = parse_answers(
        {
            "side": "left",
            "category": ["left=4b"],
            "shape": ["Amorphous"],
            "pattern": "grouped",
            "density": "C",
            "change": ["new"],
            "symptom": ["none"],
            "report-date": "2026-11-02",
        }
    )
    assert f.categories == (Assessment(Category.C4B, Side.LEFT),)
    assert [s.value for s in f.shapes] == ["amorphous"] and f.density and f.density.value == "c"
    assert f.symptoms == () and f.history is None
    assert f.report_date == dt.date(2026, 11, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4B", Assessment(Category.C4B)),
        ("left=4b", Assessment(Category.C4B, Side.LEFT)),
        ("right:3", Assessment(Category.C3, Side.RIGHT)),
        ("bilateral=2", Assessment(Category.C2, Side.BILATERAL)),
    ],
)
def test_categories_overall_or_per_side(text: str, expected: Assessment) -> None:
    assert parse_category(text) == expected


@pytest.mark.parametrize(
    ("answers", "name", "bad"),
    [
        ({"shape": ["popcorn"]}, "shape", "popcorn"),
        ({"category": ["7"]}, "category", "7"),
        ({"category": ["middle=3"]}, "category side", "middle"),
        ({"density": "e"}, "density", "e"),
        ({"report_date": "02/30/2026"}, "report_date", "02/30/2026"),
        ({"calcifications": "maybe"}, "calcifications", "maybe"),
        ({"colour": "red"}, "colour", "red"),
    ],
)
def test_unknown_values_name_the_field_and_what_it_accepts(
    answers: dict[str, object], name: str, bad: str
) -> None:
    with pytest.raises(AnswerError) as raised:
        parse_answers(answers)
    assert raised.value.name == name
    assert bad in str(raised.value) or raised.value.allowed is None


def test_the_json_findings_read_back_to_the_same_findings() -> None:
    f = parse_answers(
        {
            "category": ["left=4B", "right=2"],
            "shape": ["rim"],
            "symptom": ["lump"],
            "history": ["none"],
            "calcifications": True,
        }
    )
    assert parse_answers(f.to_json()) == f


def test_none_and_not_said_are_different() -> None:
    assert parse_answers({"symptom": ["none"]}).symptoms == ()
    assert parse_answers({}).symptoms is None
    assert parse_answers({"symptom": ["lump", "lump"]}).symptoms == (Symptom.LUMP,)


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_answers_files(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"answers{suffix}"
    if suffix == ".toml":
        path.write_text('side = "left"\ncategory = ["left=3"]\nshape = ["punctate"]\n')
    else:
        path.write_text(
            json.dumps(
                {
                    "findings": {
                        "side": "left",
                        "categories": [{"category": "3", "side": "left"}],
                        "shapes": ["punctate"],
                    }
                }
            )
        )
    f = parse_answers(read_answers_file(path))
    assert f.category == Category.C3 and f.side == Side.LEFT


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "There is no file"),
        ("side = ", "not valid TOML"),
        ("[1, 2]", "not valid TOML"),
    ],
)
def test_bad_answers_files_say_what_is_wrong(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "answers.toml"
    if content is not None:
        path.write_text(content)
    with pytest.raises(AnswersFileError, match=message):
        read_answers_file(path)


def test_an_answers_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AnswersFileError, match="folder"):
        read_answers_file(tmp_path)


def test_findings_json_shape_is_the_documented_one() -> None:
    assert list(Findings().to_json()) == [
        "categories",
        "category",
        "calcifications",
        "calcification_words",
        "shapes",
        "patterns",
        "side",
        "density",
        "change",
        "other_findings",
        "recommendations",
        "biopsy_done",
        "biopsy_result",
        "history",
        "symptoms",
        "report_date",
        "locations",
        "sizes",
        "evidence",
        "assessments",
        "findings",
        "dense",
        "exam",
        "unsure",
    ]


def test_the_value_named_in_an_error_is_the_one_that_failed() -> None:
    with pytest.raises(AnswerError) as raised:
        parse_answers({"shape": ["fine pleomorphic", "popcorn"]})  # the first is fine
    assert raised.value.value == "popcorn"
