# Odds and ends: pickling, XMLParser(encoding=), ElementTree.write options, QName tags,
# iterating while modifying, TreeBuilder edge cases, big text and attribute values.
import io
import pickle
import xml.etree.ElementTree as ET

root = ET.fromstring('<r a="1"><b>t</b>tail<!--c--><c/></r>',
                     ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
back = pickle.loads(pickle.dumps(root))
print(type(back).__name__, ET.tostring(back), back[1].tag is ET.Comment)
state = root.__getstate__()
print(sorted(state), state["tag"], len(state["_children"]))

p = ET.XMLParser(encoding="iso-8859-1")
p.feed(b"<?xml version='1.0' encoding='utf-8'?><a>\xe9</a>")
print(repr(p.close().text))
print(repr(ET.fromstring("<a>\u00e9</a>".encode("latin-1"), ET.XMLParser(encoding="latin-1")).text))

tree = ET.ElementTree(ET.fromstring('<x:a xmlns:x="urn:x"><x:b>1</x:b></x:a>'))
for kw in [{"default_namespace": "urn:x"}, {"method": "html"}, {"short_empty_elements": False},
           {"xml_declaration": False, "encoding": "utf-16"}]:
    buf = io.BytesIO()
    tree.write(buf, **kw)
    print(kw, buf.getvalue())

# removing while iterating over a snapshot, and over the live list
r = ET.fromstring("<r>" + "".join("<i n='%d'/>" % i for i in range(10)) + "</r>")
for child in list(r):
    if int(child.get("n")) % 3 == 0:
        r.remove(child)
print([c.get("n") for c in r])
seen = []
for child in r:
    seen.append(child.get("n"))
    if child.get("n") == "2":
        r.append(ET.Element("i", n="late"))
print(seen)
walked = []
for e in r.iter():
    walked.append(e.get("n"))
    if e.get("n") == "4":
        ET.SubElement(e, "i", n="inner")
print(walked)

# TreeBuilder used directly with odd input
tb = ET.TreeBuilder()
tb.data("ignored before root")
tb.start("root", {})
tb.data("a")
tb.data("b")
tb.pi("target", "x")
tb.comment("c")
tb.start("kid", {"k": "v"})
tb.end("kid")
tb.data("t1")
tb.data("t2")
r = tb.end("root")
print(r.text, r[0].tail, ET.tostring(tb.close()))
try:
    tb.start("second", {})
except ET.ParseError as exc:
    print("ParseError", exc)
try:
    ET.TreeBuilder().end("x")
except IndexError as exc:
    print("IndexError", exc)

# long text, many attributes, entity-heavy content
big = ET.Element("big", {"k%d" % i: "v&%d" % i for i in range(50)})
big.text = "x<y&z>" * 2000
data = ET.tostring(big)
again = ET.fromstring(data)
print(len(data), again.text == big.text, again.attrib == big.attrib, list(again.attrib)[:3])
print(ET.fromstring("<a>" + "&amp;&lt;&#65;" * 1000 + "</a>").text[:12])
