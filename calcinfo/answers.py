"""Answers by name -> `Findings`: one parser for flags, `--answers` files and the interview.

Names and values are the canonical ids documented in the README (`side`, `category`, `shape`,
`pattern`, ...). Plural names (`shapes`, `patterns`, `categories`) are accepted too, so the
`findings` object of `calcinfo ask --json` can be fed back as an answers file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from calcinfo.findings import (
    FINDING_FIELDS,
    NONE_ID,
    Assessment,
    BiopsyResult,
    CalcificationWord,
    Category,
    Change,
    Density,
    Finding,
    FindingKind,
    Findings,
    History,
    OtherFinding,
    Pattern,
    Recommendation,
    Shape,
    Side,
    Symptom,
    Vocabulary,
    unique,
)

V = TypeVar("V", bound=Vocabulary)

FIELDS: dict[str, str] = {
    # answer name -> canonical name (the JSON field)
    "side": "side",
    "category": "categories",
    "categories": "categories",
    "calcifications": "calcifications",
    "word": "calcification_words",
    "calcification_words": "calcification_words",
    "shape": "shapes",
    "shapes": "shapes",
    "pattern": "patterns",
    "patterns": "patterns",
    "density": "density",
    "change": "change",
    "other": "other_findings",
    "other_findings": "other_findings",
    "recommendation": "recommendations",
    "recommendations": "recommendations",
    "biopsy_done": "biopsy_done",
    "biopsy_result": "biopsy_result",
    "history": "history",
    "symptom": "symptoms",
    "symptoms": "symptoms",
    "report_date": "report_date",
    "locations": "locations",
    "sizes": "sizes",
}
IGNORED = {"evidence", "assessments", "dense", "unsure", "exam"}
"""Parts of the JSON form that other fields carry (`categories`, `report_date`) or that only the
reader makes."""
MODEL = {"findings"}
"""Parts of the JSON form read back whole: each finding keeps its own words."""


class AnswerError(ValueError):
    """An answer with a name or value calcinfo does not know. The message says what it accepts."""

    def __init__(self, name: str, value: object, allowed: list[str] | None = None) -> None:
        from calcinfo.render import safe  # noqa: PLC0415 - her words, made inert before echoing

        self.name, self.value, self.allowed = name, value, allowed
        if allowed is None:
            message = f"unknown answer '{safe(name)}'"
        else:
            shown = safe(str(value))
            message = f"'{shown}' is not a known value for {name}. Use one of: {', '.join(allowed)}"
        super().__init__(message)


def canonical(data: Mapping[str, Any]) -> dict[str, Any]:
    """Answers under their canonical names (`shape` -> `shapes`), later names winning.

    Every way in ends here, so the interview can tell which questions are already answered.
    """
    out: dict[str, Any] = {}
    names = {k.replace("-", "_") for k in data}
    for raw_name, value in data.items():
        name = raw_name.replace("-", "_")
        if name in IGNORED or (name == "category" and "categories" in names):
            continue
        out[FIELDS.get(name, name)] = value
    return out


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [v for v in value if v is not None]
    return [value]


def _one(vocabulary: type[V], name: str, value: Any) -> V:
    try:
        return vocabulary.parse(str(value))
    except ValueError:
        raise AnswerError(name, value, vocabulary.ids()) from None


def _many(vocabulary: type[V], name: str, value: Any, allow_none: bool = False) -> tuple[V, ...]:
    items = [str(v) for v in _as_list(value)]
    if allow_none and [i.strip().lower() for i in items] == [NONE_ID]:
        return ()
    allowed = vocabulary.ids() + ([NONE_ID] if allow_none else [])
    if allow_none and NONE_ID in [i.strip().lower() for i in items]:
        raise AnswerError(
            name, NONE_ID, [f"'{NONE_ID}' alone, or one or more of: {', '.join(vocabulary.ids())}"]
        )
    parsed = []
    for item in items:
        try:
            parsed.append(vocabulary.parse(item))
        except ValueError:
            raise AnswerError(name, item, allowed) from None
    return unique(parsed)


def parse_category(text: str) -> Assessment:
    """`4B`, `left=4B`, `right:3` or `bilateral=2`, or a `{category, side}` table."""
    side: Side | None = None
    raw = text.strip()
    for sep in ("=", ":"):
        if sep in raw:
            side_text, raw = raw.split(sep, 1)
            side = _one(Side, "category side", side_text)
            break
    return Assessment(_one(Category, "category", raw.upper()), side)


def _bool(name: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"yes", "true", "1", "y"}:
        return True
    if text in {"no", "false", "0", "n"}:
        return False
    if text in {"", "unknown", "not-sure"}:
        return None
    raise AnswerError(name, value, ["yes", "no"])


FIRST_REPORT_DATE = dt.date(1960, 1, 1)
"""Mammography reports are younger than this; an earlier date is a typing slip."""


DATE_FORMS = "2026-11-18, 11/18/2026, Nov 18, 2026 or 18 November 2026"

_MONTHS = {
    name: number
    for number, full in enumerate(
        (
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ),
        start=1,
    )
    for name in (full, full[:3], "sept" if full == "september" else full[:3])
}  # fmt: skip
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_WORDY = (
    re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})"),  # Nov 18, 2026
    re.compile(r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})"),  # 18 November 2026
)


def read_date(text: str) -> tuple[dt.date, str | None]:
    """A date in the forms on US reports and letters, and a note when it could be read two
    ways (03/04/2026: month first, as US reports write it). `ValueError` when it is no date."""
    text = " ".join(text.strip().lower().split())
    try:
        return dt.date.fromisoformat(text), None
    except ValueError:
        pass
    numeric = _NUMERIC.fullmatch(text)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        if first > 12:  # 18/11/2026: day first
            return dt.date(year, second, first), None
        day = dt.date(year, first, second)
        if second <= 12 and first != second:
            other = dt.date(year, second, first)
            return day, (
                f"calcinfo read {text} as {_spoken(day)} (month first, as US reports write "
                f"dates). If you meant {_spoken(other)}, write {other.isoformat()}."
            )
        return day, None
    for form, (month_at, day_at) in zip(_WORDY, ((1, 2), (2, 1)), strict=True):
        wordy = form.fullmatch(text)
        if wordy and wordy.group(month_at) in _MONTHS:
            month = _MONTHS[wordy.group(month_at)]
            return dt.date(int(wordy.group(3)), month, int(wordy.group(day_at))), None
    raise ValueError(text)


def _spoken(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def parse_date(name: str, value: Any) -> dt.date | None:
    """A report date: a real day, not in the future and not before mammography reports."""
    if value is None:
        return None
    wanted = [f"a date such as {DATE_FORMS}, not in the future"]
    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day, _ = read_date(str(value))
        except ValueError:
            raise AnswerError(name, value, wanted) from None
    if not FIRST_REPORT_DATE <= day <= dt.date.today():
        raise AnswerError(name, value, wanted)
    return day


def parse_answers(data: Mapping[str, Any]) -> Findings:
    """`Findings` from answers by name. Unknown names or values raise `AnswerError`."""
    fields: dict[str, Any] = {}
    names = {k.replace("-", "_") for k in data}
    for raw_name, value in data.items():
        name = raw_name.replace("-", "_")
        if name in IGNORED or (name == "category" and "categories" in names):
            continue  # in the JSON form, `category` is derived from `categories`
        if name in MODEL:
            continue
        if name not in FIELDS:
            raise AnswerError(raw_name, value)
        fields.setdefault(FIELDS[name], []).append(value)

    def merged(key: str) -> list[Any]:
        return [v for value in fields.get(key, []) for v in _as_list(value)]

    def said(key: str) -> bool:
        """Whether an answer was given at all: `none` or `[]` count, a missing or null one not."""
        return any(value is not None for value in fields.get(key, []))

    def single(key: str) -> Any:
        values = merged(key)
        return values[-1] if values else None

    categories = []
    for item in merged("categories"):
        if isinstance(item, Mapping):
            side = item.get("side")
            text = f"{side}={item.get('category')}" if side else str(item.get("category"))
            categories.append(parse_category(text))
        else:
            categories.append(parse_category(str(item)))
    if isinstance(data.get("findings"), list):
        return _from_json_form(data)
    history = _many(History, "history", merged("history"), allow_none=True)
    symptoms = _many(Symptom, "symptom", merged("symptoms"), allow_none=True)
    result = single("biopsy_result")
    return Findings.of(
        categories=unique(categories),
        side=_one(Side, "side", single("side")) if single("side") else None,
        calcifications=_bool("calcifications", single("calcifications")),
        calcification_words=_many(CalcificationWord, "word", merged("calcification_words")),
        shapes=_many(Shape, "shape", merged("shapes")),
        patterns=_many(Pattern, "pattern", merged("patterns")),
        density=_one(Density, "density", single("density")) if single("density") else None,
        change=_many(Change, "change", merged("change")),
        other_findings=_many(OtherFinding, "other", merged("other_findings"), allow_none=True),
        recommendations=_many(Recommendation, "recommendation", merged("recommendations")),
        biopsy_done=_bool("biopsy_done", single("biopsy_done")),
        biopsy_result=_one(BiopsyResult, "biopsy_result", result) if result else None,
        history=history if said("history") else None,
        symptoms=symptoms if said("symptoms") else None,
        report_date=parse_date("report_date", single("report_date")),
        locations=tuple(str(v) for v in merged("locations")),
        sizes=tuple(str(v) for v in merged("sizes")),
    )


def _from_json_form(data: Mapping[str, Any]) -> Findings:
    """The `findings` object of `calcinfo ask --json`, read back finding by finding."""
    summary = {k: v for k, v in data.items() if k.replace("-", "_") not in MODEL | IGNORED}
    for name in FINDING_FIELDS:  # these live in each finding
        summary.pop(name, None)
    summary.pop("other_findings", None)
    base = parse_answers(summary)
    found = []
    for item in data["findings"]:
        if not isinstance(item, Mapping):
            raise AnswerError("findings", item, ["a table for each finding, as --json gives it"])
        kind = _one(FindingKind, "finding kind", item.get("kind", "calcification"))
        side = item.get("side")
        found.append(
            Finding(
                kind,
                _one(Side, "side", side) if side else None,
                _many(Shape, "shape", item.get("shapes")),
                _many(Pattern, "pattern", item.get("patterns")),
                _many(Change, "change", item.get("change")),
                _many(CalcificationWord, "word", item.get("words")),
                tuple(str(v) for v in _as_list(item.get("locations"))),
                tuple(str(v) for v in _as_list(item.get("sizes"))),
            )
        )
    return base.with_(findings=tuple(found))


def given_names(data: Mapping[str, Any]) -> set[str]:
    """The answer names given, under their canonical names (`shape` -> `shapes`)."""
    return set(canonical(data))


def as_answers(findings: Findings, said: frozenset[str] = frozenset()) -> dict[str, Any]:
    """What `findings` state, as answers by canonical name: the form the interview asks and
    shows. Only stated answers appear; an answer she has not given is absent. `said` names
    answers given as "none" (other findings, history, symptoms), which the model holds as empty."""
    data = findings.to_json()
    out: dict[str, Any] = {}
    if findings.assessments:
        out["categories"] = [
            f"{a.side.value}={a.category.value}" if a.side else a.category.value
            for a in findings.assessments
        ]
    for name in (
        "side", "calcifications", "calcification_words", "shapes", "patterns", "density",
        "change", "other_findings", "recommendations", "biopsy_done", "biopsy_result",
        "history", "symptoms", "report_date", "locations", "sizes",
    ):  # fmt: skip
        value = data[name]
        if (name in {"history", "symptoms"} and value == []) or (
            name == "other_findings" and name in said and value == []
        ):
            out[name] = [NONE_ID]
        elif value not in (None, []):
            out[name] = value
    return out


MAX_ANSWERS_BYTES = 100_000
"""A file of answers is a few hundred bytes; a cap keeps /dev/zero or a huge file from hanging."""


class AnswersFileError(Exception):
    """An answers file that cannot be read. The message is for her, in plain words."""


def read_answers_file(path: Path) -> dict[str, Any]:
    """A TOML or JSON answers file as a mapping (a `findings` table inside is unwrapped)."""
    import json  # noqa: PLC0415 - only answers files need these
    import tomllib  # noqa: PLC0415

    from calcinfo.reportfile import ReportFileError, read_bytes  # noqa: PLC0415

    try:
        raw = read_bytes(str(path), "an answers file", MAX_ANSWERS_BYTES + 1)
    except ReportFileError as error:
        raise AnswersFileError(str(error)) from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise AnswersFileError(
            f"{path} is larger than 100 KB, which is much more than a file of answers holds."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = f"{path} is not UTF-8 text. Save it as UTF-8 and try again."
        raise AnswersFileError(message) from None
    kind = "JSON" if path.suffix.lower() == ".json" else "TOML"
    try:
        data: Any = json.loads(text) if kind == "JSON" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as error:
        raise AnswersFileError(f"{path} is not valid {kind}: {error}.") from None
    except RecursionError:
        raise AnswersFileError(f"{path} is nested too deeply to be a file of answers.") from None
    if isinstance(data, Mapping) and isinstance(data.get("findings"), Mapping):
        data = data["findings"]
    if not isinstance(data, Mapping):
        raise AnswersFileError(f"{path} should hold a table of answers by name.")
    return dict(data)
