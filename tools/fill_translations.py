#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts catalogue from a JSON dictionary {source: translation}.

Sources are matched as they appear in the .ts file (XML-escaped). Numerus messages get the one form Chinese
needs, or the two English forms given as a list. Prints what is still unfinished, so nothing slips through.
Usage: tools/fill_translations.py CATALOGUE.ts DICTIONARY.json
"""
import json
import re
import sys


def main(ts_path, dict_path):
    text = open(ts_path, encoding="utf-8").read()
    table = json.load(open(dict_path, encoding="utf-8"))

    def fill(match):
        block = match.group(0)
        if 'type="unfinished"' not in block:
            return block
        source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
        if source not in table:
            return block
        value = table[source]
        if 'numerus="yes"' in block:
            forms = value if isinstance(value, list) else [value]
            body = "".join(f"\n            <numerusform>{f}</numerusform>" for f in forms)
            return re.sub(r"<translation[^>]*>.*?</translation>",
                          f"<translation>{body}\n        </translation>", block, flags=re.S)
        return re.sub(r"<translation[^>]*>.*?</translation>", f"<translation>{value}</translation>", block,
                      flags=re.S)

    text = re.sub(r"<message[^>]*>.*?</message>", fill, text, flags=re.S)
    open(ts_path, "w", encoding="utf-8").write(text)
    left = [re.search(r"<source>(.*?)</source>", m, re.S).group(1)
            for m in re.findall(r"<message[^>]*>.*?</message>", text, re.S) if 'type="unfinished"' in m]
    for source in left:
        print("unfinished:", source)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
