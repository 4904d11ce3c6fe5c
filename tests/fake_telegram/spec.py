"""Check Bot API requests against Telegram's machine-readable reference.

The fake Telegram is only useful if it refuses what real Telegram refuses. Every request the bot makes
is checked here against `tests/data/telegram-bot-api.json` (Bot API 10.1, see its SOURCE.md): method
names, required and unknown parameters, value types through nested objects and unions, and the limits
Telegram states only in prose (text lengths, callback_data bytes, command names, HTML markup).
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parent.parent / "data" / "telegram-bot-api.json"

# Fields that aiogram 3.31 (Bot API 10.3) documents and this 10.1 file predates. Telegram accepts them,
# so they must not be reported as unknown; their values are not type-checked. Deprecated fields
# (reply_to_message_id, disable_web_page_preview, ...) are deliberately NOT here: use the replacements.
VERSION_GAP_FIELDS: dict[str, frozenset[str]] = {
    "sendMessage": frozenset({"ephemeral_message_parameters"}),
    "sendPhoto": frozenset({"ephemeral_message_parameters"}),
    "sendDocument": frozenset({"ephemeral_message_parameters"}),
    "copyMessage": frozenset({"ephemeral_message_parameters"}),
    "InlineKeyboardButton": frozenset({"disabled"}),
    "BotCommand": frozenset({"is_ephemeral"}),
    "ReplyParameters": frozenset({"ephemeral_message_id"}),
}

PARSE_MODES = frozenset({"html", "markdownv2", "markdown"})
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_ANSWER = 200
MAX_CALLBACK_DATA_BYTES = 64
MAX_COMMANDS = 100
COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
SECRET_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# "Exactly one of the fields other than text, icon_custom_emoji_id, and style" (InlineKeyboardButton)
BUTTON_NON_ACTION_FIELDS = frozenset({"text", "icon_custom_emoji_id", "style"})
BUTTON_STYLES = frozenset({"danger", "success", "primary"})
# Discriminator of a union member, e.g. 'Scope type, must be chat' or 'always "user"'.
DISCRIMINATOR_RE = re.compile(r'(?:must be|always) "?([a-z_]+)"?\s*$')
DISCRIMINATOR_FIELDS = ("type", "source", "status")

# Formatting options, HTML style: the tags Telegram understands and the attributes they need.
HTML_SIMPLE_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "code", "pre", "blockquote"}
)
HTML_TAG_RE = re.compile(
    r"<(?P<close>/)?(?P<name>[a-zA-Z][a-zA-Z0-9-]*)"
    r"(?P<attrs>(?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*(?P<selfclose>/)?>"
)
HTML_ATTR_RE = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
HTML_ENTITY_RE = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")


class SpecViolation(AssertionError):
    """A request real Telegram would refuse (or that our own fake answered wrongly)."""


class _WrongVariant(SpecViolation):
    """A value is for another member of a union; only reported when no member fits."""


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as file:
        return json.load(file)


@cache
def default_checker() -> SpecChecker:
    """One parsed copy of the 900 kB spec per process: loading it per test would be slow."""
    return SpecChecker(load_spec())


class SpecChecker:
    """Validates method calls (params as plain JSON-like values) and Bot API objects."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.version: str = spec.get("version", "")
        self.methods: dict[str, dict[str, Any]] = spec["methods"]
        self.types: dict[str, dict[str, Any]] = spec["types"]
        self._by_lower = {name.lower(): name for name in self.methods}

    # ----- methods -------------------------------------------------------------------------------

    def method_name(self, name: str) -> str:
        """Documented spelling of a method; Telegram method names are case-insensitive."""
        try:
            return self._by_lower[name.lower()]
        except KeyError:
            raise SpecViolation(f"unknown Bot API method {name!r} (not in {self.version})") from None

    def method_fields(self, name: str) -> dict[str, dict[str, Any]]:
        method = self.methods[self.method_name(name)]
        return {field["name"]: field for field in method.get("fields", [])}

    def returns(self, name: str) -> list[str]:
        return list(self.methods[self.method_name(name)]["returns"])

    def check(self, method_name: str, params: dict[str, Any]) -> None:
        """Raise SpecViolation unless Telegram would accept this call."""
        name = self.method_name(method_name)
        fields = self.method_fields(name)
        where = name
        self._check_fields(where, name, fields, params)
        _check_method_rules(name, params)

    def decode_form(self, method_name: str, form: dict[str, str]) -> dict[str, Any]:
        """Turn multipart/urlencoded string fields back into JSON-like values, as Telegram does.

        aiogram sends every top-level value as a string: objects and arrays JSON-encoded, numbers and
        booleans as their JSON text, files as `attach://<key>`. A field documented as String only is
        kept as sent; anything else is parsed as JSON when it is valid JSON.
        """
        try:
            fields = self.method_fields(method_name)
        except SpecViolation:
            fields = {}
        decoded: dict[str, Any] = {}
        for key, value in form.items():
            types = fields.get(key, {}).get("types", [])
            if types == ["String"] or value.startswith("attach://"):
                decoded[key] = value
                continue
            try:
                decoded[key] = json.loads(value)
            except ValueError:
                decoded[key] = value
        return decoded

    # ----- values ----------------------------------------------------------------------------------

    def check_value(self, value: Any, types: list[str], where: str) -> None:
        """Value must fit at least one of the alternative type expressions."""
        errors: list[SpecViolation] = []
        for type_expr in types:
            try:
                self._check_one(value, type_expr, where)
                return
            except SpecViolation as error:
                errors.append(error)
        if len(errors) == 1:
            raise errors[0]
        relevant = [e for e in errors if not isinstance(e, _WrongVariant)] or errors
        if len(relevant) == 1:
            raise SpecViolation(str(relevant[0]))
        details = "; ".join(str(e) for e in relevant)
        raise SpecViolation(f"{where}: {_short(value)} is not any of {' or '.join(types)} ({details})")

    def _check_one(self, value: Any, type_expr: str, where: str) -> None:
        if value is None:
            raise SpecViolation(f"{where}: null is never sent (omit the field instead)")
        if type_expr.startswith("Array of "):
            if not isinstance(value, list):
                raise SpecViolation(f"{where}: expected {type_expr}, got {_short(value)}")
            for index, item in enumerate(value):
                self.check_value(item, [type_expr.removeprefix("Array of ")], f"{where}[{index}]")
            return
        primitive = _PRIMITIVES.get(type_expr)
        if primitive is not None:
            if not primitive(value):
                raise SpecViolation(f"{where}: expected {type_expr}, got {_short(value)}")
            return
        if type_expr == "InputFile":
            if not (isinstance(value, str) and value.startswith("attach://")):
                raise SpecViolation(f"{where}: expected an uploaded file (attach://...), got {_short(value)}")
            return
        spec_type = self.types.get(type_expr)
        if spec_type is None:
            raise SpecViolation(f"{where}: the spec has no type {type_expr!r}")
        if "subtypes" in spec_type:
            self.check_value(value, spec_type["subtypes"], where)
            return
        if type_expr == "KeyboardButton" and isinstance(value, str):
            return  # "For simple text buttons, String can be used instead of this object"
        if not isinstance(value, dict):
            raise SpecViolation(f"{where}: expected {type_expr} object, got {_short(value)}")
        fields = {field["name"]: field for field in spec_type.get("fields", [])}
        self._check_discriminator(type_expr, fields, value, where)
        self._check_fields(where, type_expr, fields, value)
        rule = _TYPE_RULES.get(type_expr)
        if rule is not None:
            rule(value, where)

    def _check_discriminator(
        self, type_name: str, fields: dict[str, dict[str, Any]], value: dict[str, Any], where: str
    ) -> None:
        for key in DISCRIMINATOR_FIELDS:
            field = fields.get(key)
            if field is None:
                continue
            match = DISCRIMINATOR_RE.search(field["description"])
            if match and value.get(key) != match.group(1):
                raise _WrongVariant(f"{where}: {type_name}.{key} must be {match.group(1)!r}")

    def _check_fields(
        self, where: str, owner: str, fields: dict[str, dict[str, Any]], values: dict[str, Any]
    ) -> None:
        tolerated = VERSION_GAP_FIELDS.get(owner, frozenset())
        for key, value in values.items():
            if key in tolerated:
                continue
            field = fields.get(key)
            if field is None:
                # Within a union this usually means "another member was meant", hence _WrongVariant.
                raise _WrongVariant(f"{where}: unknown parameter {key!r} for {owner}")
            self.check_value(value, field["types"], f"{where}.{key}")
        for key, field in fields.items():
            if field["required"] and key not in values:
                raise SpecViolation(f"{where}: missing required parameter {key!r} of {owner}")


# ----- rules Telegram states in prose ---------------------------------------------------------------


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_float(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_PRIMITIVES = {
    "Integer": _is_int,
    "Float": _is_float,
    "String": lambda value: isinstance(value, str),
    "Boolean": lambda value: isinstance(value, bool),
}


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _check_inline_button(button: dict[str, Any], where: str) -> None:
    actions = sorted(set(button) - BUTTON_NON_ACTION_FIELDS - {"disabled"})
    if len(actions) != 1:
        raise SpecViolation(
            f"{where}: InlineKeyboardButton {button.get('text')!r} needs exactly one action field "
            f"(callback_data, url, ...), has {actions or 'none'}"
        )
    if "callback_data" in button:
        size = len(button["callback_data"].encode("utf-8"))
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise SpecViolation(
                f"{where}.callback_data: must be 1-{MAX_CALLBACK_DATA_BYTES} bytes, "
                f"is {size} bytes: {_short(button['callback_data'])}"
            )
    if "url" in button and not re.match(r"^(https?|tg)://", button["url"]):
        raise SpecViolation(f"{where}.url: must be an HTTP or tg:// URL, got {_short(button['url'])}")
    if "style" in button and button["style"] not in BUTTON_STYLES:
        raise SpecViolation(f"{where}.style: must be one of {sorted(BUTTON_STYLES)}")
    if not button.get("text"):
        raise SpecViolation(f"{where}.text: a button needs a label")


def _check_bot_command(command: dict[str, Any], where: str) -> None:
    if not COMMAND_RE.match(command["command"]):
        raise SpecViolation(
            f"{where}.command: {command['command']!r} must be 1-32 lowercase English letters, "
            "digits and underscores"
        )
    if not 1 <= len(command["description"]) <= 256:
        raise SpecViolation(f"{where}.description: must be 1-256 characters")


def _check_reply_keyboard(markup: dict[str, Any], where: str) -> None:
    placeholder = markup.get("input_field_placeholder")
    if placeholder is not None and not 1 <= len(placeholder) <= 64:
        raise SpecViolation(f"{where}.input_field_placeholder: must be 1-64 characters")


_TYPE_RULES = {
    "InlineKeyboardButton": _check_inline_button,
    "BotCommand": _check_bot_command,
    "ReplyKeyboardMarkup": _check_reply_keyboard,
}


def _check_method_rules(name: str, params: dict[str, Any]) -> None:
    parse_mode = params.get("parse_mode")
    if parse_mode is not None and parse_mode.lower() not in PARSE_MODES:
        raise SpecViolation(f"{name}.parse_mode: {parse_mode!r} is not HTML, MarkdownV2 or Markdown")
    if name in ("sendMessage", "editMessageText") and "text" in params:
        length = visible_length(params["text"], parse_mode, f"{name}.text")
        if not 1 <= length <= MAX_TEXT:
            raise SpecViolation(
                f"{name}.text: must be 1-{MAX_TEXT} characters after entities parsing, is {length}"
            )
    if "caption" in params:
        length = visible_length(params["caption"], parse_mode, f"{name}.caption")
        if length > MAX_CAPTION:
            raise SpecViolation(
                f"{name}.caption: must be 0-{MAX_CAPTION} characters after entities parsing, is {length}"
            )
    if name == "answerCallbackQuery" and len(params.get("text", "")) > MAX_CALLBACK_ANSWER:
        raise SpecViolation(f"{name}.text: must be 0-{MAX_CALLBACK_ANSWER} characters")
    if name == "setMyCommands" and len(params.get("commands", [])) > MAX_COMMANDS:
        raise SpecViolation(f"{name}.commands: at most {MAX_COMMANDS} commands")
    if name == "getUpdates" and "limit" in params and not 1 <= params["limit"] <= 100:
        raise SpecViolation(f"{name}.limit: values between 1-100 are accepted")
    if (
        name == "setWebhook"
        and "secret_token" in params
        and not SECRET_TOKEN_RE.match(params["secret_token"])
    ):
        raise SpecViolation(f"{name}.secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -")
    if name.startswith("editMessage") and "inline_message_id" not in params:
        missing = [key for key in ("chat_id", "message_id") if key not in params]
        if missing:
            raise SpecViolation(
                f"{name}: {' and '.join(missing)} required when inline_message_id is not given"
            )


# ----- formatting ------------------------------------------------------------------------------------


def visible_length(text: str, parse_mode: str | None, where: str = "text") -> int:
    """Characters Telegram counts: Unicode code points after markup is parsed and whitespace trimmed."""
    if parse_mode is not None and parse_mode.lower() == "html":
        return len(html_to_plain(text, where).strip())
    return len(text.strip())


def html_to_plain(text: str, where: str = "text") -> str:
    """The text a user sees for an HTML message; raises SpecViolation where Telegram would refuse it."""
    plain: list[str] = []
    stack: list[str] = []
    position = 0
    while position < len(text):
        start = text.find("<", position)
        chunk = text[position:] if start < 0 else text[position:start]
        plain.append(_unescape_text(chunk, where))
        if start < 0:
            break
        match = HTML_TAG_RE.match(text, start)
        if match is None:
            raise SpecViolation(
                f"{where}: can't parse entities: unescaped '<' at offset {start} "
                f"({_short(text[start : start + 20])}); write &lt;"
            )
        _apply_tag(match, stack, where)
        position = match.end()
    if stack:
        raise SpecViolation(f"{where}: can't parse entities: unclosed <{stack[-1]}>")
    return "".join(plain)


def _unescape_text(chunk: str, where: str) -> str:
    if ">" in chunk:
        raise SpecViolation(f"{where}: can't parse entities: unescaped '>' in {_short(chunk)}; write &gt;")
    for amp in re.finditer("&", chunk):
        if not HTML_ENTITY_RE.match(chunk, amp.start()):
            raise SpecViolation(
                f"{where}: can't parse entities: unescaped '&' in "
                f"{_short(chunk[amp.start() : amp.start() + 12])}; write &amp;"
            )
    return html.unescape(chunk)


def _apply_tag(match: re.Match[str], stack: list[str], where: str) -> None:
    name = match.group("name").lower()
    attrs = {
        key.lower(): next((v for v in values if v), "")
        for key, *values in HTML_ATTR_RE.findall(match.group("attrs") or "")
    }
    if match.group("close"):
        if not stack or stack[-1] != name:
            expected = f"</{stack[-1]}>" if stack else "no closing tag"
            raise SpecViolation(f"{where}: can't parse entities: </{name}> where {expected} was expected")
        stack.pop()
        return
    if match.group("selfclose"):
        raise SpecViolation(f"{where}: can't parse entities: self-closing <{name}/> is not supported")
    _check_tag(name, attrs, stack, where)
    stack.append(name)


def _check_tag(name: str, attrs: dict[str, str], stack: list[str], where: str) -> None:
    if name in HTML_SIMPLE_TAGS:
        if name == "code" and "class" in attrs and not attrs["class"].startswith("language-"):
            raise SpecViolation(f"{where}: <code class> must be language-...")
        return
    if name == "span":
        if attrs.get("class") != "tg-spoiler":
            raise SpecViolation(f'{where}: can\'t parse entities: <span> needs class="tg-spoiler"')
        return
    if name == "a":
        if not attrs.get("href"):
            raise SpecViolation(f"{where}: can't parse entities: <a> needs href")
        return
    if name == "tg-emoji":
        if not attrs.get("emoji-id"):
            raise SpecViolation(f"{where}: can't parse entities: <tg-emoji> needs emoji-id")
        return
    raise SpecViolation(f"{where}: can't parse entities: unsupported start tag <{name}>")
