"""Patterns led by their first character, so that the regex engine passes over the places where
no match can start.

Python's regex engine skips, in C, the characters that cannot start a match only when the
pattern itself begins with a character or an alternation of characters (its "charset prefix").
A pattern that begins with a word boundary, a look-around or an optional word ("\\bbenign\\b",
"\\b(?:final )?category") has no such prefix: the engine starts the whole pattern at every place
of the text, and on a report of 3 KB that costs more than the matching does.

`led` writes such a pattern again as an alternation of the characters it can begin with, each
followed by what may come after that character. What stood before the first character moves to
just after it: a look-behind takes the character into its own words (`(?<!x)a` is
`a(?<!xa)`), a word boundary before a letter is "no word character before it" (`\\ba` is
`a(?<!\\wa)`), a look-ahead keeps what it asks of the text after the character. Optional and
repeated parts are unrolled once, in the order the engine tries them, so the same match is found
at each place (tests/test_reader_firstchar.py checks this on every text of the corpus, and on
any text). A pattern this cannot rewrite, or should not, is left as it is: a capturing group or
a back-reference before its first character, a character class of many characters there, a
match that can be empty, more paths than `MAX_ALTERNATIVES`.

`required` reads from a pattern the parts every match has, each as the words one of which it
holds, so that a pass over a text that lacks one of them can be left out after a `str` look-up.
"""

from __future__ import annotations

import re
import sys
from importlib import import_module
from typing import Any

# The regex parser and compiler that Python's own `re` uses (no public names; `sre_parse` and
# `sre_compile` are their deprecated aliases). rules.py builds its scans with them too.
re_parser: Any = import_module("re._parser")
C: Any = import_module("re._constants")
re_compiler: Any = import_module("re._compiler")

BUILT_ON = frozenset({(3, 11), (3, 12), (3, 13)})
"""The Pythons whose regex parse trees were checked: the trees this module rewrites (their
`re._parser` and `re._compiler` were compared), and the scans rules.py builds from parsed words
(tests/test_reader_rules.py compares their code with their text's). On another Python no
pattern is led or built from its parse, and no needed words are read."""

MAX_ALTERNATIVES = 12
"""More paths from a first character than this, and the pattern is not led: each path repeats
what follows its first character, so a bigger alternation costs more to compile than it saves
(a category form of 20 paths took 2.9 ms to build, against 0.4 ms as written, to save about
0.03 ms a read)."""
MAX_SET = 40
"""A character class of more characters than this before the first character (`\\w`, `[^x]`)
cannot lead the pattern: each of its characters would be one more alternative."""

_WORD = re.compile(r"\w")


class _CannotLead(Exception):
    """The pattern cannot be led by its first characters (see the module's note)."""


def led(pattern: str) -> re.Pattern[str] | None:
    """`pattern`, compiled to find the same matches, led by the characters it can start with;
    None where it cannot be (see the module's note)."""
    if sys.version_info[:2] not in BUILT_ON:
        return None
    parsed = re_parser.parse(pattern)
    if parsed.state.flags & ~int(re.UNICODE):
        return None  # flags of its own: their handling is not rewritten here
    rewrite = _Rewrite(parsed.state)
    try:
        heads = rewrite.heads(list(parsed.data))
        if len(heads) > MAX_ALTERNATIVES:
            raise _CannotLead
        compiled: re.Pattern[str] = re_compiler.compile(rewrite.sub(rewrite.by_first(heads)))
    except (_CannotLead, RecursionError, re.error):
        return None
    return compiled


def after_first(state: Any, items: list[Any], char: str) -> list[list[Any]] | None:
    """What may follow `char` where the parsed pattern `items` starts with it: one list of
    items a path, in the order the engine tries the paths (empty where it cannot start with
    `char`). None where the pattern cannot be written so (see the module's note), or has more
    paths from `char` than `MAX_ALTERNATIVES`.

    A scan's words that start with one letter are then that letter said once and an
    alternation of what follows it, whose alternatives the engine passes over at once where
    their next character is not the text's (rules.py, `FieldWords`)."""
    first = (C.LITERAL, ord(char))
    if items and items[0] == first:
        tails = [items[1:]] if len(items) > 1 else None
    else:
        try:
            heads = [h for h in _Rewrite(state, first).heads(list(items)) if h[0] == first]
        except (_CannotLead, RecursionError):
            return None
        if len(heads) > MAX_ALTERNATIVES or any(len(head) < 2 for head in heads):
            return None
        tails = [head[1:] for head in heads]
    return tails and [path for tail in tails for path in _led_past_looks_behind(state, tail)]


def _led_past_looks_behind(state: Any, tail: list[Any]) -> list[list[Any]]:
    """A path that starts with look-behinds ("b" then "(?<=by b)core biopsy", a look-behind
    moved past the first character), written again led by its next character: the engine
    passes over it at once where that character is not the text's, not only after testing the
    look-behinds (the scans of a 3 KB report: 1.12 -> 1.05 ms). As it is where it cannot be."""
    if not (tail and tail[0][0] in (C.ASSERT, C.ASSERT_NOT) and tail[0][1][0] < 0):
        return [tail]
    try:
        heads = _Rewrite(state).heads(list(tail))
    except (_CannotLead, RecursionError):
        return [tail]
    return heads if len(heads) <= MAX_ALTERNATIVES else [tail]


class _Rewrite:
    def __init__(self, state: Any, only: Any = None) -> None:
        self.state = state
        self.only = only  # the one first character (a LITERAL) wanted, if only one is

    def sub(self, items: list[Any]) -> Any:
        return re_parser.SubPattern(self.state, items)

    def by_first(self, heads: list[list[Any]]) -> list[Any]:
        """One alternative a first character, each with what may follow it in the order the
        engine tried them: alternatives that begin with different characters never match at
        the same place, so grouping them changes no match."""
        order: dict[Any, list[list[Any]]] = {}
        for head in heads:
            order.setdefault(head[0], []).append(head[1:])
        branches = [[first, *self.alternation(tails)] for first, tails in order.items()]
        return branches[0] if len(branches) == 1 else [self.branch(branches)]

    def alternation(self, tails: list[list[Any]]) -> list[Any]:
        """The tails as one alternation, the items they all begin with said once before it
        (the same object: a moved look-around is made once for each first character)."""
        if len(tails) == 1:
            return tails[0]
        shared: list[Any] = []
        while all(tails) and all(t[0] is tails[0][0] for t in tails):
            shared.append(tails[0][0])
            tails = [t[1:] for t in tails]
        return [*shared, self.branch(tails)]

    def branch(self, alternatives: list[list[Any]]) -> tuple[Any, Any]:
        return (C.BRANCH, (None, [self.sub(a) for a in alternatives]))

    def heads(self, items: list[Any]) -> list[list[Any]]:
        """`items` as alternatives in the order the engine tries them, each beginning with the
        one character it consumes first (a LITERAL)."""
        if not items:
            raise _CannotLead  # a path that matches nothing at all
        op, av = items[0]
        rest = items[1:]
        if op is C.LITERAL:
            return [items]
        if op is C.IN:
            heads = [[(C.LITERAL, char), *rest] for char in _chars(av)]
            return [h for h in heads if h[0] == self.only] if self.only else heads
        if op is C.BRANCH:
            return [head for branch in av[1] for head in self.heads([*branch.data, *rest])]
        if op is C.SUBPATTERN:
            group, add_flags, del_flags, inner = av
            if group is not None or add_flags or del_flags:
                raise _CannotLead  # a group's start would move, or flags of its own
            return self.heads([*inner.data, *rest])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            return self._repeat(op, av, rest)
        if op in (C.ASSERT, C.ASSERT_NOT):
            return self._look(op, av, rest)
        if op is C.AT:
            return self._at(av, rest)
        raise _CannotLead

    def _repeat(self, op: Any, av: Any, rest: list[Any]) -> list[list[Any]]:
        low, high, inner = av
        if inner.getwidth()[0] == 0:
            raise _CannotLead  # a repeat of what can match nothing stops on its own rules
        if high == 0:
            return self.heads(rest)
        again = [] if high == 1 else [(op, (max(low - 1, 0), _less(high), inner))]
        once = self.heads([*inner.data, *again, *rest])
        if low > 0:
            return once
        skip = self.heads(rest)
        return once + skip if op is C.MAX_REPEAT else skip + once

    def _look(self, op: Any, av: Any, rest: list[Any]) -> list[list[Any]]:
        direction, inner = av
        out = []
        if direction < 0:  # look-behinds, taken to just after the first character
            # All those in a row at once ("(?<!risk of )(?<!history of )carcinoma"): one at a
            # time, each was taken past every path of those after it again.
            looks = [(op, inner)]
            while rest and rest[0][0] in (C.ASSERT, C.ASSERT_NOT) and rest[0][1][0] < 0:
                looks.append((rest[0][0], rest[0][1][1]))
                rest = rest[1:]
            moved: dict[Any, list[tuple[Any, Any]]] = {}
            for head in self.heads(rest):
                first = head[0]
                if self.only and first != self.only:
                    continue
                if first not in moved:
                    moved[first] = [(o, (-1, self.sub([*i.data, first]))) for o, i in looks]
                out.append([first, *moved[first], *head[1:]])
            return out
        if inner.getwidth()[0] == 0:
            raise _CannotLead  # "(?=\b)", "(?=$)": nothing to take to the next character
        asked: dict[Any, list[list[Any]]] = {}
        for head in self.heads(list(inner.data)):
            asked.setdefault(head[0], []).append(head[1:])
        ahead: dict[Any, tuple[Any, Any]] = {}
        for head in self.heads(rest):
            first = head[0]
            tails = asked.get(first, [])
            fulfilled = any(not tail for tail in tails)  # the first character is all it asks
            if (op is C.ASSERT and not tails) or (op is C.ASSERT_NOT and fulfilled):
                continue  # it cannot match with this first character
            if fulfilled or not tails:
                out.append(head)  # the look-ahead holds whatever follows
                continue
            if first not in ahead:
                ahead[first] = (op, (1, self.sub(self.alternation(tails))))
            out.append([first, ahead[first], *head[1:]])
        return out

    def _at(self, at: Any, rest: list[Any]) -> list[list[Any]]:
        out = []
        moved: dict[Any, tuple[Any, Any]] = {}
        for head in self.heads(rest):
            first = head[0]
            if self.only and first != self.only:
                continue
            if first in moved:
                out.append([first, moved[first], *head[1:]])
                continue
            behind = self.sub([(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)]), first])
            if at in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
                # A boundary: a word character on one side of the place and not the other.
                word = bool(_WORD.match(chr(first[1])))
                wanted = (at is C.AT_BOUNDARY) != word  # a word character before it
                look = C.ASSERT if wanted else C.ASSERT_NOT
            elif at in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                behind = self.sub([(C.IN, _ANY), first])  # no character before it
                look = C.ASSERT_NOT
            else:
                raise _CannotLead
            moved[first] = (look, (-1, behind))
            out.append([first, moved[first], *head[1:]])
        return out


_ANY = [(C.CATEGORY, C.CATEGORY_DIGIT), (C.CATEGORY, C.CATEGORY_NOT_DIGIT)]


def _less(high: Any) -> Any:
    return high if high is C.MAXREPEAT else high - 1


def _chars(items: list[Any]) -> list[int]:
    """The characters of a small character class, in order; a class of many, or of a kind of
    character (`\\d`, `\\w`, `[^x]`: many in Unicode), cannot lead."""
    chars: list[int] = []
    for op, av in items:
        if op is C.LITERAL:
            chars.append(av)
        elif op is C.RANGE and av[1] - av[0] < MAX_SET:
            chars.extend(range(av[0], av[1] + 1))
        else:
            raise _CannotLead
        if len(chars) > MAX_SET:
            raise _CannotLead
    return list(dict.fromkeys(chars))


def required(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """Every part a match of `pattern` has, as the words one of which it holds: a text must hold
    a word of each ("(?:went|changed) from ... to" needs "went" or "changed", and " from ", and
    " to "). A pass that cannot match is then left out after a `str` look-up for each part,
    which passes over a report in C at once (`in`): with every part looked up, not only the one
    most likely to be missing, the category forms of a 3 KB report took 0.06 ms less. None where
    none is known."""
    if sys.version_info[:2] not in BUILT_ON:
        return None
    parsed = re_parser.parse(pattern)
    if parsed.state.flags & ~int(re.UNICODE):
        return None  # (ignoring case, a word's letters could be any case)
    return tuple(dict.fromkeys(_needs(list(parsed.data)))) or None


def _needs(items: list[Any]) -> list[tuple[str, ...]]:
    """For a sequence: each part of it every match has, as the words one of which it holds."""
    found: list[tuple[str, ...]] = []
    run = ""  # letters in a row, one word
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append((run,))
            run = ""
        if op is C.SUBPATTERN:
            if not (av[1] or av[2]):  # (a group with flags of its own, "(?i:...)", is left out)
                found += _needs(list(av[-1].data))
        elif op is C.BRANCH:
            each = [_best(_needs(list(branch.data))) for branch in av[1]]
            if all(each):
                found.append(tuple(dict.fromkeys(w for words in each if words for w in words)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found += _needs(list(av[2].data))
        elif op is C.ASSERT:  # what a look-around asks for is in the text too
            found += _needs(list(av[1].data))
    if run:
        found.append((run,))
    return found


def _best(found: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The part whose shortest word is the longest: the look-up most likely to fail."""
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)
