"""The questions, as data, and the flow that asks them.

Only `QuestionaryPrompter` touches questionary (imported when it is first used); tests drive the
same flow with a scripted prompter. Answers are kept by the names `calcinfo.answers` reads, so the
interview, the flags and an answers file meet in one parser.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from calcinfo.answers import DATE_FORMS, AnswerError, canonical, parse_date, read_date
from calcinfo.findings import (
    NONE_ID,
    BiopsyResult,
    CalcificationWord,
    Category,
    Change,
    Density,
    History,
    OtherFinding,
    Pattern,
    Recommendation,
    Shape,
    Side,
    Symptom,
)

UNSURE = "__unsure__"
UNSURE_TITLE = "I'm not sure / not in my report"
NO_CATEGORY = "__none__"

Answers = dict[str, Any]


@dataclass(frozen=True)
class Choice:
    value: str
    title: str
    help: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    kind: Literal["select", "checkbox", "text"]
    answers: str  # the answer name this fills (see calcinfo.answers.FIELDS)
    label: str  # a few words for the summary
    choices: tuple[Choice, ...] = ()
    ask_if: Callable[[Mapping[str, Any]], bool] = field(default=lambda answers: True)
    side: str | None = None  # for the per-side category questions


class Prompter(Protocol):
    def select(
        self, message: str, choices: Sequence[Choice], default: str | None = None
    ) -> str: ...
    def checkbox(
        self, message: str, choices: Sequence[Choice], checked: Sequence[str] = ()
    ) -> list[str]: ...
    def text(self, message: str, validate: Callable[[str], bool | str]) -> str: ...
    def confirm(self, message: str, default: bool = True) -> bool: ...
    def show(self, text: str) -> None: ...


def _choices(
    vocabulary: Sequence[Any], helps: Mapping[str, str] | None = None
) -> tuple[Choice, ...]:
    return tuple(Choice(v.value, v.heading, (helps or {}).get(v.value, "")) for v in vocabulary)


UNSURE_CHOICE = Choice(UNSURE, UNSURE_TITLE)
PRIVATE_CHOICE = Choice(UNSURE, "I'm not sure, or I'd rather not say")
"""For questions about her, not her report: she need not say."""
NONE_CHOICE = Choice(NONE_ID, "None of these")
HOLDS_NONE = frozenset({"other_findings", "history", "symptoms"})
"""Answers where 'none' is an answer of its own; elsewhere 'None of these' leaves it unsaid."""

CATEGORY_HELP = {
    "0": "also called a recall or callback",
    "1": "nothing to comment on",
    "2": "something was seen, and it is not cancer",
    "3": "usually a check-up mammogram in 6 months",
    **dict.fromkeys(("4", "4A", "4B", "4C", "5"), "usually a biopsy"),
    "6": "used when treatment is being planned",
}
CATEGORY_CHOICES = (
    *_choices(list(Category), CATEGORY_HELP),
    Choice(NO_CATEGORY, "No category is written", "calcinfo will not guess one"),
    UNSURE_CHOICE,
)

SHAPE_HELP = {
    "skin": "calcium in the skin",
    "vascular": "in blood vessels, like train tracks",
    "coarse-popcorn": "large chunks, popcorn-like",
    "large-rod-like": "smooth rods, also called secretory",
    "round": "small round specks",
    "punctate": "tiny round specks, under 0.5 mm",
    "rim": "thin shell, also called eggshell",
    "dystrophic": "after surgery, injury or radiation",
    "milk-of-calcium": "settles like a teacup",
    "suture": "on stitches",
    "amorphous": "hazy, no clear shape",
    "coarse-heterogeneous": "uneven specks, 0.5 to 1 mm",
    "fine-pleomorphic": "tiny specks of many shapes",
    "fine-linear-branching": "thin lines, branching or casting",
}
CHANGE_HELP = {
    "new": "not on earlier mammograms",
    "increasing": "more, or bigger, than before",
    "stable": "also called unchanged",
    "decreasing": "fewer, or smaller, than before",
    "no-prior": "nothing to compare with yet",
}
DENSITY_HELP = {
    "a": "counted as not dense",
    "b": "counted as not dense",
    "c": "counted as dense",
    "d": "counted as dense",
}
WORD_HELP = {
    "benign": "the report calls them benign or benign-appearing",
    "macro": "larger dots",
    "micro": "tiny specks",
}
OTHER_HELP = {
    "mass": "a lump seen on the pictures",
    "asymmetry": "an area that looks different from the other breast",
    "distortion": "tissue that looks pulled or bent",
    "arterial": "calcium in blood vessels",
}
RECOMMENDATION_HELP = {
    "additional-imaging": "close-up views, a true side view or an ultrasound",
    "follow-up-6-months": "also called short-interval follow-up",
    "biopsy": "taking a small sample of tissue",
    "routine-screening": "your next usual mammogram",
}
RESULT_HELP = {
    "pending": "you are still waiting",
    "benign": "no cancer, with no other name given",
    "papilloma": "a small growth in a milk duct; not cancer",
    "radial-scar": "not cancer; sometimes removed",
    "lcis-or-alh": "unusual cells in the milk glands; not cancer",
    "adh": "not cancer, but often removed",
    "fea": "not cancer; doctors differ on removing it",
    "dcis": "cancer cells still inside a milk duct",
    "invasive-cancer": "cancer that has grown out of the duct",
}
HISTORY_HELP = {
    "family-history": "mother, sister, daughter, or several relatives",
    "atypia-or-lcis": "found on an earlier biopsy",
}
PATTERN_HELP = {
    "diffuse": "spread through the breast",
    "regional": "a large area",
    "grouped": "a few close together (clustered)",
    "linear": "in a line",
    "segmental": "along a duct and its branches",
}


def _has_calcifications(a: Mapping[str, Any]) -> bool:
    return a.get("calcifications") is True


def _sides(a: Mapping[str, Any]) -> set[str]:
    side = a.get("side")
    return {"left", "right"} if side == "bilateral" else {side} if side else set()


def _category_for(side: str | None) -> Question:
    where = f" for the {side} breast" if side else ""
    return Question(
        id=f"category-{side}" if side else "category",
        prompt=f"What BI-RADS category does your report give{where}?",
        kind="select",
        answers="categories",
        label=f"BI-RADS category{where}",
        choices=CATEGORY_CHOICES,
        ask_if=(lambda a: side in _sides(a)) if side else (lambda a: not _sides(a)),
        side=side,
    )


QUESTIONS: tuple[Question, ...] = (
    Question(
        "side",
        "Which breast does your report talk about?",
        "select",
        "side",
        "Side",
        (*_choices(list(Side)), UNSURE_CHOICE),
    ),
    _category_for("left"),
    _category_for("right"),
    _category_for(None),
    Question(
        "calcifications",
        "Does your report mention calcifications (calcium specks)?",
        "select",
        "calcifications",
        "Calcifications mentioned",
        (Choice("yes", "Yes"), Choice("no", "No"), UNSURE_CHOICE),
    ),
    Question(
        "word",
        "Which of these words does it use about them?",
        "checkbox",
        "calcification_words",
        "Words used",
        (*_choices(list(CalcificationWord), WORD_HELP), NONE_CHOICE, UNSURE_CHOICE),
        _has_calcifications,
    ),
    Question(
        "shape",
        "Which shape words does it use?",
        "checkbox",
        "shapes",
        "Shapes",
        (*_choices(list(Shape), SHAPE_HELP), NONE_CHOICE, UNSURE_CHOICE),
        _has_calcifications,
    ),
    Question(
        "pattern",
        "Which words does it use for how they are spread?",
        "checkbox",
        "patterns",
        "Pattern",
        (*_choices(list(Pattern), PATTERN_HELP), NONE_CHOICE, UNSURE_CHOICE),
        _has_calcifications,
    ),
    Question(
        "change",
        "Compared with earlier mammograms, the report says they are:",
        "select",
        "change",
        "Compared with before",
        (*_choices(list(Change), CHANGE_HELP), UNSURE_CHOICE),
        _has_calcifications,
    ),
    Question(
        "density",
        "What breast density does your report give?",
        "select",
        "density",
        "Density",
        (
            *(Choice(d.value, f"{d.value}: {d.label}", DENSITY_HELP[d.value]) for d in Density),
            UNSURE_CHOICE,
        ),
    ),
    Question(
        "other",
        "Does it name any of these other findings?",
        "checkbox",
        "other_findings",
        "Other findings",
        (*_choices(list(OtherFinding), OTHER_HELP), NONE_CHOICE, UNSURE_CHOICE),
    ),
    Question(
        "recommendation",
        "What does the report recommend?",
        "checkbox",
        "recommendations",
        "Recommends",
        (*_choices(list(Recommendation), RECOMMENDATION_HELP), NONE_CHOICE, UNSURE_CHOICE),
    ),
    Question(
        "biopsy_done",
        "Have you already had a biopsy of this area?",
        "select",
        "biopsy_done",
        "Biopsy done",
        (Choice("yes", "Yes"), Choice("no", "No"), PRIVATE_CHOICE),
    ),
    Question(
        "biopsy_result",
        "What did the biopsy result say?",
        "select",
        "biopsy_result",
        "Biopsy result",
        (*_choices(list(BiopsyResult), RESULT_HELP), PRIVATE_CHOICE),
        lambda a: a.get("biopsy_done") is True,
    ),
    Question(
        "history",
        "Does any of this apply to you?",
        "checkbox",
        "history",
        "History",
        (*_choices(list(History), HISTORY_HELP), NONE_CHOICE, PRIVATE_CHOICE),
    ),
    Question(
        "symptom",
        "Have you noticed any of these changes?",
        "checkbox",
        "symptoms",
        "Changes you noticed",
        (*_choices(list(Symptom)), NONE_CHOICE, PRIVATE_CHOICE),
    ),
    Question(
        "report_date",
        "What date is on your report? (like 11/18/2026 or Nov 18, 2026; leave empty to skip)",
        "text",
        "report_date",
        "Report date",
    ),
)


def _valid_date(text: str) -> bool | str:
    try:
        parse_date("report_date", text.strip() or None)
    except AnswerError:
        return (
            f"Please write the date on your report like {DATE_FORMS} (not a future date), "
            "or leave it empty."
        )
    return True


def is_answered(question: Question, answers: Mapping[str, Any]) -> bool:
    if question.answers == "categories":
        given = answers.get("categories") or []
        if question.side is None:
            return bool(given)
        # An overall category (no side) answers each side's question too.
        return any(_belongs(c, question.side) or _belongs(c, None) for c in given)
    return question.answers in answers


def ask_one(prompter: Prompter, question: Question, answers: Answers) -> None:
    """Ask one question and store its answer; 'not sure' removes any earlier answer."""
    if question.answers == "categories":
        keep = [c for c in answers.get("categories", []) if not _belongs(c, question.side)]
        mine = [c for c in answers.get("categories", []) if _belongs(c, question.side)]
        current = str(mine[-1]).split("=")[-1].upper() if mine else None
        value = prompter.select(question.prompt, question.choices, _known(question, current))
        if value not in (UNSURE, NO_CATEGORY):
            keep.append(f"{question.side}={value}" if question.side else value)
        answers["categories"] = keep
        return
    current = answers.pop(question.answers, None)
    if question.kind == "text":
        text = prompter.text(question.prompt, _valid_date).strip()
        if text:
            day, note = read_date(text)
            if note:
                prompter.show(note)
            answers[question.answers] = day.isoformat()
    elif question.kind == "select":
        if isinstance(current, bool):
            current = "yes" if current else "no"
        elif isinstance(current, list):
            current = current[0] if current else None
        value = prompter.select(
            question.prompt,
            question.choices,
            _known(question, None if current is None else str(current)),
        )
        if value == UNSURE:
            return
        if question.answers in {"calcifications", "biopsy_done"}:
            answers[question.answers] = value == "yes"
        elif question.answers == "change":
            answers[question.answers] = [value]
        else:
            answers[question.answers] = value
    else:
        checked = [str(v) for v in current] if isinstance(current, list) else []
        values = prompter.checkbox(question.prompt, question.choices, checked)
        while _contradicts(values):
            named = [c.title for c in question.choices if c.value in values]
            prompter.show(
                f"You picked {' and '.join(named)}, which do not go together. "
                "Please pick again: the words, or one of the last two choices."
            )
            values = prompter.checkbox(
                question.prompt, question.choices, [v for v in values if v not in {UNSURE, NONE_ID}]
            )
        if UNSURE in values or not values:
            return
        if NONE_ID in values:
            if question.answers in HOLDS_NONE:
                answers[question.answers] = [NONE_ID]
            return  # "none of these words": nothing to explain, and not asked again
        answers[question.answers] = values


def _contradicts(values: Sequence[str]) -> bool:
    """'I'm not sure' or 'None of these' picked together with anything else."""
    special = {UNSURE, NONE_ID} & set(values)
    return bool(special) and len(values) > 1


def _known(question: Question, value: str | None) -> str | None:
    """Where the prompt opens: on her current answer, when it is one of the question's
    choices; else on "I'm not sure", so that a hurried Enter never gives an answer she did not
    pick (the first choice of a category question is 0, of a yes-or-no question "yes")."""
    values = {c.value for c in question.choices}
    if value in values:
        return value
    return UNSURE if UNSURE in values else None


def _belongs(category: str, side: str | None) -> bool:
    return str(category).startswith(f"{side}=") if side else "=" not in str(category)


def describe(question: Question, answers: Mapping[str, Any]) -> str:
    """Her answer to a question, in the words of its choices."""
    titles = {c.value: c.title for c in question.choices}
    if question.answers == "categories":
        mine = [c for c in answers.get("categories", []) if _belongs(c, question.side)]
        return ", ".join(titles.get(str(c).split("=")[-1].upper(), str(c)) for c in mine) or "-"
    if question.answers not in answers:
        return "-"
    value = answers[question.answers]
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(titles.get(str(v), str(v)) for v in value) or "-"
    return titles.get(str(value), str(value))


def relevant(answers: Mapping[str, Any], fixed: frozenset[str] = frozenset()) -> list[Question]:
    return [q for q in QUESTIONS if q.ask_if(answers) and q.answers not in fixed]


def interview(prompter: Prompter, answers: Answers, fixed: frozenset[str] = frozenset()) -> Answers:
    """Ask every relevant question not yet answered, then let her check and change any answer.

    Answers already given (from flags or her report) are not asked again but can be changed in
    the summary. `fixed` names answers neither asked nor offered for change: those about "the
    calcifications" when her report describes several groups, each shown on its own.
    """
    answers = canonical(answers)
    settled: set[str] = set()  # asked already, even if the answer was "not sure"
    _ask_missing(prompter, answers, settled, fixed)
    while True:
        shown = relevant(answers, fixed)
        # One list that is the summary too: each answer is a line she can pick to change. It
        # fits an 80x24 screen, so the category at its top never scrolls away.
        prompter.show("Here is what you told calcinfo. Pick a line to change it:")
        choices = [Choice("done", "That's right: explain my report")] + [
            Choice(q.id, f"{q.label}: {describe(q, answers)}") for q in shown
        ]
        picked = prompter.select("Is this right?", choices)
        if picked == "done":
            return answers
        question = next(q for q in QUESTIONS if q.id == picked)
        ask_one(prompter, question, answers)
        for stale in [q for q in QUESTIONS if not q.ask_if(answers)]:
            settled.discard(stale.id)  # asked again if it comes to matter again
            if stale.answers == "categories":
                kept = [c for c in answers.get("categories", []) if not _belongs(c, stale.side)]
                answers["categories"] = kept
            else:
                answers.pop(stale.answers, None)
        _ask_missing(prompter, answers, settled, fixed)


def _ask_missing(
    prompter: Prompter, answers: Answers, settled: set[str], fixed: frozenset[str]
) -> None:
    while True:
        pending = [
            q
            for q in relevant(answers, fixed)
            if q.id not in settled and not is_answered(q, answers)
        ]
        if not pending:
            return
        settled.add(pending[0].id)
        ask_one(prompter, pending[0], answers)


def _with_exits(question: Any) -> Any:
    """A list prompt ends the run the way a text prompt does: Ctrl-D as end of input, and an
    interrupt sent from outside (`kill -INT`) as Ctrl-C. questionary's lists bind neither."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from prompt_toolkit.keys import Keys

    extra = KeyBindings()

    @extra.add(Keys.ControlD, eager=True)
    def _end(event: Any) -> None:
        event.app.exit(exception=EOFError(), style="class:aborting")

    @extra.add(Keys.SIGINT, eager=True)
    def _interrupt(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt(), style="class:aborting")

    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, extra])
    return question


class QuestionaryPrompter:
    """The real prompts. `unsafe_ask` lets Ctrl-C and end of input reach the caller."""

    def __init__(self) -> None:
        import questionary

        self._q = questionary

    def _choices(self, choices: Sequence[Choice], checked: Sequence[str] = ()) -> list[Any]:
        return [
            self._q.Choice(
                c.title, value=c.value, description=c.help or None, checked=c.value in checked
            )
            for c in choices
        ]

    def select(self, message: str, choices: Sequence[Choice], default: str | None = None) -> str:
        question = self._q.select(message, choices=self._choices(choices), default=default)
        return str(_with_exits(question).unsafe_ask())

    def checkbox(
        self, message: str, choices: Sequence[Choice], checked: Sequence[str] = ()
    ) -> list[str]:
        question = self._q.checkbox(
            message,
            choices=self._choices(choices, checked),
            instruction="(space picks, Enter goes on)",
            validate=lambda picked: bool(picked) or "Pick at least one, or 'I'm not sure'.",
        )
        picked = _with_exits(question).unsafe_ask()
        return [str(v) for v in picked or []]

    def text(self, message: str, validate: Callable[[str], bool | str]) -> str:
        return str(self._q.text(message, validate=validate).unsafe_ask())

    def confirm(self, message: str, default: bool = True) -> bool:
        return bool(self._q.confirm(message, default=default).unsafe_ask())

    def show(self, text: str) -> None:
        import shutil  # noqa: PLC0415
        import textwrap  # noqa: PLC0415

        width = max(shutil.get_terminal_size().columns - 1, 20)
        lines = [textwrap.fill(line, width) if line.strip() else line for line in text.split("\n")]
        # Plain print: prompt_toolkit's own printing sets up a whole output first (~10 ms
        # before the first question) for text that needs no styling.
        print("\n".join(lines), flush=True)
