"""Condition text of PS3.3 (Type 1C/2C attributes, usage C modules) as expressions.

Only the common forms are read; anything else gives None and stays text, reported by
the validator as "not evaluated". Read forms, clauses joined all by "and" or all by "or":

    Required if <Attribute> (gggg,eeee) is present | is not present | is absent
    ... has a value | is non-zero | is greater than N | has a value greater than N
    ... [Value N] is | equals | = | has a value of | has the value  V [, V] [or V]
    ... is not | does not equal | equals other than  V [, V] [or V]
    ... contains an Item with the value (CV, SCHEME, "meaning")

An attribute named without its tag is read when the name is a PS3.6 name and the
condition has that one clause ("Required if Number of Frames is greater than 1").

Expressions are JSON-ready lists: ["present", tag], ["absent", tag], ["has-value", tag],
["in", tag, value, [terms]], ["not-in", tag, value, [terms]], ["gt", tag, value, n],
["nonzero", tag], ["code", tag, [[value, scheme], ...]], ["and", e...], ["or", e...]; `value`
is 0 for any value, N for Value N.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

Expr = list

_SENTENCE = re.compile(
    r"\b(?:Required|Shall be present)\s+(?:only\s+)?if\s+(.*?)(?:\.(?=\s|$)|;|$)",
    re.IGNORECASE | re.DOTALL,
)
_OTHERWISE = re.compile(r",?\s*(?:and\s+)?(?:may|shall not)\s+be\s+present\s+otherwise.*$", re.I)
_TAG = re.compile(r"\(([0-9A-Fa-f]{4}),\s*([0-9A-Fa-f]{4})\)")
_CONNECTOR = re.compile(r"\s*(?:,\s*)?\b(and|or)\b(?:\s+if)?\s*$|\s*,\s*$")
_REFERENCE_PREFIX = re.compile(
    r"(?:\b(?:the|a|any)\s+)?(?:\bvalues?\s+of\s+)(?:the\s+)?$|\b(?:the|either)\s+$"
    r"|\bAttribute\s+$",
    re.IGNORECASE,
)
_VALUE_INDEX = re.compile(r"^,?\s*(?:Value\s+(\d+)\b\s*)?(?:of this frame\s*)?", re.IGNORECASE)
_TERM = re.compile(r'^(?:"[^"]*"|[A-Z0-9][A-Z0-9_.\-]*(?: [A-Z0-9][A-Z0-9_.\-]*)*)$')
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_NUMBER_WORDS = {"zero": "0", "one": "1", "two": "2"}

_PRESENT = r"(?:(?:is|are) present,? (?:and |with )?)?"
_PREDICATES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(f"(?:{pattern})$", re.IGNORECASE), kind)
    for pattern, kind in (
        (r"(?:is|are) present", "present"),
        (r"(?:is|are) (?:not present|absent)", "absent"),
        (r"(?:is present and )?has a value|is present with a value", "has-value"),
        (
            r"(?:is present and )?(?:is non-zero|has a non-zero value|is not zero)",
            "nonzero",
        ),
        (_PRESENT + r"(?:is|has a value) greater than (?P<n>\S+)", "gt"),
        (r"contains an Item with the value (?P<codes>\(.*\))", "code"),
        (
            _PRESENT + r"(?:does not equal|is not equal to|is not|equals other than"
            r"|is other than|value is not|has a value other than|the value is not)\s+(?P<v>.+)",
            "not-in",
        ),
        (
            _PRESENT + r"(?:is|are|equals|=|has a value of|has the value(?: of)?|has value"
            r"|value is|values? (?:is|are)|the value is|is set to|(?:a )?value(?: of)?)"
            r"\s+(?P<v>.+)",
            "in",
        ),
    )
)
_CODE = re.compile(r'\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*,\s*"[^"]*"\s*\)')


def condition_text(description: str) -> str:
    """The "Required if ..." sentence of a description, or "" (a period inside a
    number or UID, "1.2.840...", does not end the sentence)."""
    match = _SENTENCE.search(description)
    return match.group(0).rstrip(" .;") if match else ""


def _terms(text: str) -> list[str] | None:
    text = re.sub(r"\s*\([^)]*\)", "", text).strip().rstrip(".")
    parts = [p.strip() for p in re.split(r"\s*,\s*or\s+|\s*,\s*|\s+or\s+", text) if p.strip()]
    terms = []
    for part in parts:
        part = _NUMBER_WORDS.get(part.lower(), part)
        if not _TERM.match(part):
            return None
        terms.append(part.strip('"'))
    return terms or None


def _predicate(text: str, tag: int) -> Expr | None:
    match = _VALUE_INDEX.match(text)
    value = int(match.group(1)) if match and match.group(1) else 0
    rest = text[match.end() if match else 0 :].strip().rstrip(".")
    for pattern, kind in _PREDICATES:
        found = pattern.match(rest)
        if not found:
            continue
        if kind in ("present", "absent", "has-value", "nonzero"):
            return [kind, tag] if not value else None
        if kind == "gt":
            number = _NUMBER_WORDS.get(found.group("n").lower(), found.group("n"))
            return ["gt", tag, value, float(number)] if _NUMBER.match(number) else None
        if kind == "code":
            text_codes = found.group("codes")
            pairs = [[c, s] for c, s in _CODE.findall(text_codes)]
            leftover = _CODE.sub("", text_codes).replace("or", "").replace(",", "").strip()
            return ["code", tag, pairs] if pairs and not leftover else None
        terms = _terms(found.group("v"))
        return [kind, tag, value, terms] if terms else None
    return None


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[\u2019']", "'", text).lower().split())


def parse_condition(
    text: str, names_of: Callable[[int], list[str]], tags_by_name: Mapping[str, int]
) -> Expr | None:
    """The expression of a condition sentence, or None when it is not a common form."""
    match = _SENTENCE.search(text)
    if not match:
        return None
    body = _OTHERWISE.sub("", match.group(1)).strip().rstrip(".,;")
    tags = list(_TAG.finditer(body))
    if not tags:
        return _untagged(body, tags_by_name)
    clauses: list[tuple[int, str]] = []
    connectors: list[str] = []
    cursor_text = body[: tags[0].start()]
    for index, found in enumerate(tags):
        tag = int(found.group(1) + found.group(2), 16)
        before = _strip_name(cursor_text, names_of(tag))
        if before is None:
            return None
        if index == 0:
            if _REFERENCE_PREFIX.sub("", before).strip():
                return None
        else:
            connector = _CONNECTOR.search(_REFERENCE_PREFIX.sub("", before))
            if connector is None:
                return None
            # The text before the connector is the previous clause's predicate.
            head = _REFERENCE_PREFIX.sub("", before)[: connector.start()]
            clauses[-1] = (clauses[-1][0], clauses[-1][1] + head)
            connectors.append(connector.group(1) or ",")
        clauses.append((tag, ""))
        end = tags[index + 1].start() if index + 1 < len(tags) else len(body)
        cursor_text = body[found.end() : end]
        if index + 1 == len(tags):
            clauses[-1] = (tag, cursor_text)
    kinds = {c for c in connectors if c != ","}
    if len(kinds) > 1:
        return None
    expressions: list[Expr] = []
    pending: list[int] = []
    for tag, predicate in clauses:
        if not predicate.strip():
            pending.append(tag)  # "A (..) or B (..) are present": A shares B's predicate
            continue
        for shared in [*pending, tag]:
            expression = _predicate(predicate, shared)
            if expression is None:
                return None
            expressions.append(expression)
        pending = []
    if pending or not expressions:
        return None
    if len(expressions) == 1:
        return expressions[0]
    return [kinds.pop() if kinds else "and", *expressions]


def _strip_name(text: str, names: list[str]) -> str | None:
    """`text` without the attribute name it ends with (None when it ends with none)."""
    normal = _normal(text)
    for name in sorted({_normal(n) for n in names if n}, key=len, reverse=True):
        if normal.endswith(name):
            # Cut the same number of words from the original text.
            words = text.split()
            return " ".join(words[: len(words) - len(name.split())]) + (" " if words else "")
    return None


def _untagged(body: str, tags_by_name: Mapping[str, int]) -> Expr | None:
    words = body.split()
    normal = [_normal(w) for w in words]
    for length in range(min(len(words), 12), 0, -1):
        name = " ".join(normal[:length])
        if name in tags_by_name:
            rest = " ".join(words[length:])
            if _TAG.search(rest) or re.search(r"\b(and|or)\b.*\b(is|are|has)\b", rest):
                return None
            return _predicate(rest, tags_by_name[name])
    return None
