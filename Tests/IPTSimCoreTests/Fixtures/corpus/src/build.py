# Builds utterances.jsonl from the hand-written sources: "techniques|F|text" per line.
# Every fifth line goes to the dev split (not used for tuning).
import json, glob, os
here = os.path.dirname(os.path.abspath(__file__))
forms = {"O": "open-question", "C": "closed-question", "R": "reflection", "I": "information", "A": "advice", "X": "other"}
out = []
for f in sorted(glob.glob(os.path.join(here, "part*.txt"))):
    for line in open(f, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        techs, form, text = line.split("|", 2)
        item = {"text": text, "form": forms[form], "techniques": [t for t in techs.split(",") if t]}
        out.append((item, os.path.basename(f) <= "part5.txt"))
# Every fifth item of parts 1-5 is the dev split; later parts were written after it was fixed.
n = 0
items = []
for item, splittable in out:
    if splittable:
        if n % 5 == 4:
            item["split"] = "dev"
        n += 1
    items.append(item)
out = items
# Items added as JSON with their own split (written from recognizer feedback and play-tests on
# 26-27 Nov 2026, before the partz-*.txt files existed).
for line in open(os.path.join(here, "extra.jsonl"), encoding="utf-8"):
    if line.strip():
        out.append(json.loads(line))
with open(os.path.join(here, "..", "utterances.jsonl"), "w", encoding="utf-8") as w:
    for item in out:
        w.write(json.dumps(item, ensure_ascii=False) + "\n")
print(len(out))
