# A generated document of a few thousand elements: build, serialise, parse, compare, search.
import io
import xml.etree.ElementTree as ET


def build():
    root = ET.Element("catalog", version="2")
    for c in range(30):
        sect = ET.SubElement(root, "section", id="s%d" % c, title="Section <%d> & \"co\"" % c)
        sect.text = "\n  "
        for i in range(80):
            item = ET.SubElement(sect, "item", n=str(i), parity="even" if i % 2 == 0 else "odd")
            item.text = "value %d-%d %s" % (c, i, "&<>" if i % 7 == 0 else "")
            item.tail = "\n  "
            if i % 10 == 0:
                ET.SubElement(item, "note").text = "note \u00e9 %d" % i
        sect.tail = "\n"
    deep = ET.SubElement(root, "deep")
    for i in range(40):
        deep = ET.SubElement(deep, "level", depth=str(i))
    deep.text = "bottom"
    return root


def same(a, b):
    if (a.tag, a.attrib, a.text, a.tail, len(a)) != (b.tag, b.attrib, b.text, b.tail, len(b)):
        return False
    return all(same(x, y) for x, y in zip(a, b))


root = build()
count = len(list(root.iter()))
data = ET.tostring(root)
text = ET.tostring(root, encoding="unicode")
utf8 = ET.tostring(root, encoding="utf-8")
print(count, len(data), len(text), len(utf8), data[:80])
print(data.count(b"&amp;"), data.count(b"&lt;"), data.count(b"&quot;"), data.count(b"&#233;"))

parsed = ET.fromstring(data)
print(same(root, parsed), ET.tostring(parsed) == data)
parsed2 = ET.fromstring(text)
parsed3 = ET.parse(io.BytesIO(utf8)).getroot()
print(same(root, parsed2), same(root, parsed3))

# serialise through a tree to a BytesIO with a declaration
buf = io.BytesIO()
ET.ElementTree(parsed).write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue()[:60], len(buf.getvalue()))

# incremental parsing in odd-sized chunks gives the same tree
p = ET.XMLParser()
for k in range(0, len(utf8), 997):
    p.feed(utf8[k:k + 997])
print(same(root, p.close()))

# iterparse counts
ends = 0
starts = 0
for ev, el in ET.iterparse(io.BytesIO(data), events=("start", "end")):
    if ev == "start":
        starts += 1
    else:
        ends += 1
print(starts, ends)

# searches
print(len(parsed.findall("section")), len(parsed.findall(".//item")), len(parsed.findall(".//note")))
print(len(parsed.findall("section/item[@parity='odd']")), len(parsed.findall(".//item[note]")))
print(parsed.find("section[@id='s7']/item[@n='42']").text)
print(parsed.findtext(".//level[@depth='39']"), len(list(parsed.iter("level"))))
print(sum(len(t) for t in parsed.itertext()))
print(sorted(set(e.tag for e in parsed.iter())))

# modify and re-serialise
for item in parsed.iter("item"):
    if item.get("parity") == "odd":
        item.set("flag", "1")
for sect in parsed.findall("section"):
    for note in sect.findall("item/note"):
        note.text = None
print(len(ET.tostring(parsed)), ET.tostring(parsed).count(b'flag="1"'))
ET.indent(parsed)
print(len(ET.tostring(parsed, encoding="unicode").splitlines()))
