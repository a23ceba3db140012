#!/usr/bin/env python3
"""Moves translations between a Qt .ts file and a JSON list a translator can edit.

    ts_json.py export translations/badgedesk_de.ts de.json [--unfinished]
    ts_json.py import translations/badgedesk_de.ts de.json

Each JSON entry is {"context", "source", "comment", "numerus", "forms", "translation"}.
"translation" is a string, or for numerus entries a list of exactly "forms" strings (the
plural forms of the target language, in Qt's order). Import matches entries on context,
source and comment, fills the translation and marks it finished; entries whose translation is
empty stay unfinished. Run `update_translations` afterwards to normalise the file's layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def export(ts_path, json_path, unfinished_only):
    tree = ET.parse(ts_path)
    entries = []
    for context, message in messages(tree):
        translation = message.find("translation")
        if unfinished_only and translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.findall("numerusform")]
        ctx, source, comment = key(context, message)
        entries.append({
            "context": ctx, "source": source, "comment": comment, "numerus": numerus,
            "forms": len(forms) if numerus else 1,
            "translation": forms if numerus else (translation.text or ""),
        })
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
    print(f"{len(entries)} entries written to {json_path}")


def fill(translation, value, numerus):
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = None
        for text in value:
            ET.SubElement(translation, "numerusform").text = text
        done = all(value)
    else:
        translation.text = value
        done = bool(value)
    if done:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")


def import_(ts_path, json_path):
    tree = ET.parse(ts_path)
    with open(json_path, encoding="utf-8") as f:
        entries = {(e["context"], e["source"], e.get("comment", "")): e for e in json.load(f)}
    filled = 0
    for context, message in messages(tree):
        entry = entries.get(key(context, message))
        if entry is None:
            continue
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        expected = len(translation.findall("numerusform")) if numerus else 1
        value = entry["translation"]
        if numerus and (not isinstance(value, list) or len(value) != expected):
            sys.exit(f"{entry['source']!r}: needs a list of {expected} plural forms")
        fill(translation, value, numerus)
        filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        content = f.read()
    content = content.replace("<?xml version='1.0' encoding='utf-8'?>",
                              '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(content + ("" if content.endswith("\n") else "\n"))
    print(f"{filled} of {len(entries)} entries matched in {ts_path}")


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("export", "import"):
        sys.exit(__doc__)
    if sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3], "--unfinished" in sys.argv[4:])
    else:
        import_(sys.argv[2], sys.argv[3])
