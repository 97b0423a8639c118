"""The model's attribute rules (its tag map and its lemma and morphology exceptions), found over a doc's arrays.

spaCy's ``AttributeRuler`` finds its rules with the general ``Matcher``, which tries every rule at every token
through a Python call per test: over the 89 VOA stories that took 2.5 s of the 15 s the pinned model spends,
more than its parser. Every rule of that model is a fixed run of token tests (a value, ``IN``, ``NOT_IN`` or
``REGEX`` on TAG, LOWER, DEP, IS_SPACE), and numpy answers such a test for all the doc's tokens at once.
``ArrayAttributeRuler`` finds the same matches, in the order the ruler sorts them, and hands them to the ruler's
own ``set_annotations``: the tokens get the attributes spaCy's component gives them (tests and
``benchmarks/analyze_speed.py`` compare the two token by token). A model with a rule of any other shape (an
``OP``, a custom attribute, a comparison) keeps spaCy's matcher for all its rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

# attributes whose value is a string (compared as its hash) or a flag (0/1), as Doc.to_array gives them
STRING_ATTRS = {"ORTH", "TEXT", "LOWER", "NORM", "TAG", "DEP", "POS", "LEMMA", "SHAPE", "PREFIX", "SUFFIX"}
FLAG_PREFIXES = ("IS_", "LIKE_")

# one token test: (column of the doc's array, test of that column's values giving a boolean mask, and the value the
# test requires, if it requires one: a rule for a word the doc lacks is passed over without reading its columns)
Test = Callable[[numpy.ndarray], numpy.ndarray]
TokenTest = tuple[int, Test, int | None]


class Unsupported(Exception):
    """A rule this finder does not read: the ruler keeps spaCy's matcher."""


@dataclass
class Rules:
    """The ruler's rules, compiled: the attribute ids to read and, per rule, its match key and patterns."""

    attrs: list[int] = field(default_factory=list)
    # per rule (its index in the ruler): (match key, [pattern: [token position's tests]])
    rules: list[tuple[int, list[list[list[TokenTest]]]]] = field(default_factory=list)

    def column(self, name: str) -> int:
        attr = IDS[name]
        if attr not in self.attrs:
            self.attrs.append(attr)
        return self.attrs.index(attr)


def _regex_test(vocab: Vocab, pattern: str) -> Callable[[numpy.ndarray], numpy.ndarray]:
    """A REGEX test: searched in the string of each distinct value once, then remembered for the vocab's life."""
    compiled = re.compile(pattern)
    known: dict[int, bool] = {}

    def test(values: numpy.ndarray) -> numpy.ndarray:
        distinct = numpy.unique(values)
        hits = []
        for v in distinct.tolist():
            hit = known.get(v)
            if hit is None:
                hit = known[v] = bool(compiled.search(vocab.strings[v])) if v in vocab.strings else False
            if hit:
                hits.append(v)
        return numpy.isin(values, numpy.array(hits, dtype=numpy.uint64))

    return test


def _value_test(vocab: Vocab, name: str, value: Any) -> tuple[Test, int | None]:
    """The test one attribute's value makes of a token, read as spaCy's Matcher reads it."""
    flag = name.startswith(FLAG_PREFIXES)
    if not flag and name not in STRING_ATTRS:
        raise Unsupported(name)
    if isinstance(value, bool) and flag:
        flag_value = numpy.uint64(int(value))
        return (lambda values: values == flag_value), None
    if isinstance(value, str) and not flag:
        key = vocab.strings.add(value)
        want = numpy.uint64(key)
        return (lambda values: values == want), key
    if isinstance(value, dict) and len(value) == 1 and not flag:
        ((op, arg),) = value.items()
        if op in {"IN", "NOT_IN"} and isinstance(arg, list) and all(isinstance(v, str | int) for v in arg):
            wanted = numpy.array([get_string_id(v) for v in arg], dtype=numpy.uint64)
            if op == "IN":
                return (lambda values: numpy.isin(values, wanted)), None
            return (lambda values: ~numpy.isin(values, wanted)), None
        if op == "REGEX" and isinstance(arg, str):
            return _regex_test(vocab, arg), None
    raise Unsupported(f"{name}: {value!r}")


def compile_rules(ruler: AttributeRuler) -> Rules:
    """The ruler's rules as array tests; raises Unsupported for a rule the Matcher reads otherwise."""
    out = Rules()
    for i in range(len(ruler.attrs)):
        key = ruler.vocab.strings.add(str(i))  # the key AttributeRuler.add gave the rule's patterns
        patterns = []
        for pattern in ruler.matcher.get(str(i))[1]:
            positions = []
            for spec in pattern:
                tests: list[TokenTest] = []
                for attr, value in spec.items():
                    name = attr.upper()
                    if name == "TEXT":
                        name = "ORTH"
                    if name not in IDS or name in {"OP", "_"}:
                        raise Unsupported(name)
                    tests.append((out.column(name), *_value_test(ruler.vocab, name, value)))
                positions.append(tests)
            if not positions:
                raise Unsupported("empty pattern")
            patterns.append(positions)
        out.rules.append((key, patterns))
    return out


def find_matches(rules: Rules, doc: Doc) -> list[tuple[int, int, int, int]]:
    """(rule index, match key, start, end) of every match of every rule, sorted as AttributeRuler.match sorts."""
    n = len(doc)
    if n == 0 or not rules.attrs:
        return []
    table = doc.to_array(rules.attrs).reshape(n, len(rules.attrs))
    columns = [table[:, c] for c in range(len(rules.attrs))]
    present: list[set[int] | None] = [None] * len(columns)
    found: list[tuple[int, int, int, int]] = []
    for index, (key, patterns) in enumerate(rules.rules):
        for positions in patterns:
            length = len(positions)
            if length > n or not _may_match(positions, columns, present):
                continue
            ok = numpy.ones(n - length + 1, dtype=bool)
            for k, tests in enumerate(positions):
                for column, test, _ in tests:
                    ok &= test(columns[column][k : n - length + 1 + k])
            found.extend((index, key, int(s), int(s) + length) for s in numpy.flatnonzero(ok))
    found.sort()
    return found


def _may_match(positions: list[list[TokenTest]], columns: list[numpy.ndarray], present: list[set[int] | None]) -> bool:
    """False when a value the pattern requires is nowhere in the doc (the doc's values per column are read once)."""
    for tests in positions:
        for column, _, required in tests:
            if required is None:
                continue
            values = present[column]
            if values is None:
                values = present[column] = set(columns[column].tolist())
            if required not in values:
                return False
    return True


class ArrayAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with its matches found over the doc's arrays (module docstring); rules are compiled
    on first use and again whenever they change."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._compiled: tuple[tuple[int, int], Rules | None] | None = None

    def _rules(self) -> Rules | None:
        state = (id(self.matcher), len(self.attrs))
        if self._compiled is None or self._compiled[0] != state:
            try:
                rules: Rules | None = compile_rules(self)
            except Unsupported:
                rules = None
            self._compiled = (state, rules)
        return self._compiled[1]

    @property
    def uses_arrays(self) -> bool:
        """Whether every rule is read over arrays (False: spaCy's matcher finds them all)."""
        return self._rules() is not None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rules = self._rules()
        if rules is None:
            return super().match(doc)
        return find_matches(rules, doc)


@Language.factory("dyadwatch_attribute_ruler", default_config={"validate": False})
def make_array_attribute_ruler(nlp: Language, name: str, validate: bool) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.vocab, name, validate=validate)


def swap_in(nlp: Language, names: Iterable[str] = ("attribute_ruler",)) -> None:
    """Replace the pipeline's attribute ruler(s) by ArrayAttributeRuler with the same rules, same name, same place."""
    for name in names:
        if name not in nlp.pipe_names:
            continue
        old = nlp.get_pipe(name)
        if not isinstance(old, AttributeRuler) or isinstance(old, ArrayAttributeRuler):
            continue
        data = old.to_bytes()
        new = nlp.replace_pipe(name, "dyadwatch_attribute_ruler", config={"validate": old.validate})
        new.from_bytes(data)
