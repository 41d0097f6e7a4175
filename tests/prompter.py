"""A scripted prompter: the interview's questions answered from a list, in order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from calcinfo.interview import Choice


class ScriptedPrompter:
    """Each step is (words the prompt must contain, answer). An answer that is an exception
    class is raised instead, as Ctrl-C or end of input would be."""

    def __init__(self, steps: Sequence[tuple[str, object]]) -> None:
        self.steps = list(steps)
        self.asked: list[str] = []
        self.shown: list[str] = []
        self.defaults: list[object] = []  # what each list prompt opened on
        self.offered: list[list[str]] = []  # the choices each prompt showed

    def _next(self, message: str, choices: Sequence[Choice] = ()) -> object:
        self.asked.append(message)
        self.offered.append([c.title for c in choices])
        assert self.steps, f"unexpected question: {message}"
        expected, answer = self.steps.pop(0)
        assert expected in message, f"expected {expected!r}, got {message!r}"
        if isinstance(answer, type) and issubclass(answer, BaseException):
            raise answer()
        if choices:
            values = [c.value for c in choices]
            for value in answer if isinstance(answer, list) else [answer]:
                assert value in values, f"{value!r} is not a choice of {message!r}: {values}"
        return answer

    def select(self, message: str, choices: Sequence[Choice], default: str | None = None) -> str:
        self.defaults.append(default)
        return str(self._next(message, choices))

    def checkbox(
        self, message: str, choices: Sequence[Choice], checked: Sequence[str] = ()
    ) -> list[str]:
        self.defaults.append(list(checked))
        answer = self._next(message, choices)
        assert isinstance(answer, list)
        return [str(a) for a in answer]

    def text(self, message: str, validate: Callable[[str], bool | str]) -> str:
        answer = str(self._next(message))
        assert validate(answer) is True, validate(answer)
        return answer

    def confirm(self, message: str, default: bool = True) -> bool:
        return bool(self._next(message))

    def show(self, text: str) -> None:
        self.shown.append(text)
