#!/usr/bin/env python3
"""Fills the English singular/plural forms of translations/badgedesk_en.ts.

English is the source language, but Qt only knows how to say "1 badge" / "2 badges" when a
translation supplies both forms of each %n string. This writes them from the source text:
"(s)" is dropped for the singular and kept as "s" for the plural, with a few verbs and nouns
that need more than that. Run after `cmake --build <dir> --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

# (wrong, right) fragments, applied to each form after the "(s)" rule.
SINGULAR_FIXES = [
    ("user hold", "user holds"),
    ("look encrypted", "looks encrypted"),
    ("characters", "character"),
    ("times in a row", "time in a row"),
    ("attempts", "attempt"),
]
PLURAL_FIXES = [
    ("looks encrypted", "look encrypted"),
]


def forms(source: str) -> tuple[str, str]:
    plural = source.replace("(s)", "s")
    singular = source.replace("(s)", "")
    for many, one in SINGULAR_FIXES:
        singular = singular.replace(many, one)
    for wrong, right in PLURAL_FIXES:
        plural = plural.replace(wrong, right)
    return singular, plural


def main(path: str) -> int:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        content = f.read()
    content = content.replace("<?xml version='1.0' encoding='utf-8'?>",
                              '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(content + ("" if content.endswith("\n") else "\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/badgedesk_en.ts"))
