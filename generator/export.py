"""model.json: the parsed and expanded standard as plain data."""

from __future__ import annotations

import json

from .build import sop_classes_of
from .dictionary import Dictionary
from .expand import Attribute, Expansion
from .model import Standard


def _attribute_rows(
    attributes: tuple[Attribute, ...],
    expansion_items: dict[str, tuple[Attribute, ...]],
    dictionary: Dictionary,
    path: tuple[str, ...],
    open_items: tuple[str, ...],
) -> list[dict]:
    rows = []
    for attribute in attributes:
        element = dictionary.get(attribute.element_key)
        own = (*path, str(element.tag))
        rows.append(
            {
                "path": list(own),
                "keyword": element.keyword,
                "name": element.name,
                "type": attribute.type,
                "vr": element.vr,
                "vm": element.vm,
            }
        )
        if attribute.item_key and attribute.item_key not in open_items:
            rows.extend(
                _attribute_rows(
                    expansion_items[attribute.item_key],
                    expansion_items,
                    dictionary,
                    own,
                    (*open_items, attribute.item_key),
                )
            )
        elif attribute.item_key:
            rows[-1]["recursive"] = True
    return rows


def model_json(standard: Standard, expansion: Expansion, dictionary: Dictionary) -> str:
    tables = {table.table_id: table for table in standard.tables}
    items = {item.key: item.attributes for item in expansion.items}
    iods = []
    for iod in standard.iods:
        iods.append(
            {
                "name": iod.name,
                "section": iod.section,
                "sop_class_uids": [s.uid for s in sop_classes_of(standard, iod)],
                "modules": [
                    {
                        "name": m.name,
                        "section": m.section,
                        "ie": m.ie,
                        "usage": m.usage.value,
                        "condition": m.condition,
                    }
                    for m in iod.modules
                ],
                "functional_groups": [
                    {
                        "name": g.name,
                        "section": g.section,
                        "usage": g.usage.value,
                        "condition": g.condition,
                    }
                    for g in iod.functional_groups
                ],
            }
        )
    modules = []
    for expanded in expansion.tables:
        if expanded.iod_table_id:
            continue
        table = tables[expanded.table_id]
        modules.append(
            {
                "name": table.name,
                "section": table.section,
                "table": table.label,
                "kind": table.kind.value,
                "attributes": _attribute_rows(expanded.attributes, items, dictionary, (), ()),
            }
        )
    data = {
        "editions": {e.part: e.edition for e in standard.editions},
        "iods": iods,
        "modules": modules,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"
