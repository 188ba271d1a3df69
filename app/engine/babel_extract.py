"""A Babel extractor that pulls flow prompts, choice labels and messages into the catalog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml


def extract_flow(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, None, str, list[str]]]:
    """Yield (line, function, msgid, comments) for each translatable string in a flow file."""
    loader = yaml.SafeLoader(fileobj.read().decode("utf-8"))
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    if root is None:
        return
    yield from _walk(root, None)


def _walk(node: yaml.Node, step_id: str | None) -> Iterator[tuple[int, None, str, list[str]]]:
    if isinstance(node, yaml.MappingNode):
        pairs = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
        current = step_id
        if "id" in pairs and isinstance(pairs["id"], yaml.ScalarNode) and "prompt" in pairs:
            current = pairs["id"].value
        for key_node, value in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key in ("prompt", "label"):
                note = f"flow step {current}" if current else "flow"
                for variant, scalar in _variant_scalars(value):
                    yield scalar.start_mark.line + 1, None, _scalar(scalar), [_note(note, variant)]
            elif key == "messages" and isinstance(value, yaml.MappingNode):
                for name_node, message in value.value:
                    for variant, scalar in _variant_scalars(message):
                        note = _note(f"flow message {name_node.value}", variant)
                        yield scalar.start_mark.line + 1, None, _scalar(scalar), [note]
            else:
                yield from _walk(value, current)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, step_id)


def _note(what: str, variant: str) -> str:
    if variant in ("default", "sms"):
        return what + ", sent by SMS (at most 2 segments)"
    return f"{what}, {variant} version"


def _variant_scalars(node: yaml.Node) -> list[tuple[str, yaml.ScalarNode]]:
    """Each text of a prompt or message, with the variant it belongs to."""
    if isinstance(node, yaml.MappingNode):
        return [(str(k.value), s) for k, v in node.value for s in _scalars(v)]
    return [("default", s) for s in _scalars(node)]


def _scalars(node: yaml.Node) -> list[yaml.ScalarNode]:
    if isinstance(node, yaml.ScalarNode):
        return [node]
    if isinstance(node, yaml.SequenceNode):
        return [n for n in node.value if isinstance(n, yaml.ScalarNode)]
    return []


def _scalar(node: yaml.ScalarNode) -> str:
    # Let YAML fold block scalars exactly as the loader will.
    return str(yaml.safe_load(yaml.serialize(node))).strip()
