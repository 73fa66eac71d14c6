# Parsing: fromstring/XML/parse, entities, CDATA, comments, PIs, namespaces, encodings, targets.
import io
import xml.etree.ElementTree as ET


def dump(elem, depth=0):
    tag = elem.tag if isinstance(elem.tag, str) else elem.tag.__name__
    print("  " * depth + "%s %s text=%r tail=%r" % (tag, elem.attrib, elem.text, elem.tail))
    for child in elem:
        dump(child, depth + 1)


docs = [
    "<a/>",
    "<?xml version='1.0' encoding='utf-8'?>\n<!-- lead -->\n<a x='1'\ty=\"2\"\n>text</a>\n<!-- trail -->\n",
    "<a>&lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x20AC;&#128512; &#10;</a>",
    "<a><![CDATA[<not> & markup]]>after<![CDATA[]]>end</a>",
    "<a>one<!-- c1 -->two<?pi data?>three</a>",
    "<a b='&lt;&amp;&#x41;' c=\"it's\" d='say \"x\"' e='\t\n\r' f='&#9;&#10;&#13;'/>",
    "<a>line1\r\nline2\rline3\n</a>",
    "<root xmlns='urn:d' xmlns:p='urn:p'><p:x p:a='1' a='2'/><y xmlns=''/><z/></root>",
    "<a xml:lang='en' xml:space='preserve'/>",
    "<!DOCTYPE a [<!ENTITY who 'world'><!ENTITY amp2 '&#38;#38;'><!ATTLIST a d CDATA 'dv' n NMTOKEN '  x  y '>]><a>hello &who;! &amp2;</a>",
    "<!DOCTYPE a [<!ENTITY e '<b>in entity</b>tail'>]><a>&e;</a>",
    "<a>\xe9\u4e2d\U0001f600</a>",
    "<\xe9l\xe9ment attr\xe9='v'/>",
    "<a>  <b>  </b>  </a>",
    "\ufeff<a/>",
]
for doc in docs:
    print("---", repr(doc)[:60])
    dump(ET.fromstring(doc))

for data in [b"<a>\xc3\xa9</a>", b"\xef\xbb\xbf<a>\xc3\xa9</a>",
             b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>",
             b"<?xml version='1.0' encoding='cp1252'?><a>\x80</a>",
             "<a>\xe9\u20ac</a>".encode("utf-16"), "<a>\xe9</a>".encode("utf-16-le"),
             b"<?xml version='1.0' encoding='US-ASCII'?><a>x</a>"]:
    print(repr(ET.fromstring(data).text))
print(ET.fromstring("<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>").text)
print(ET.XML("<x>1</x>").text, ET.fromstringlist(["<a>", "<b>t", "</b>", "</a>"])[0].text)
tree, ids = ET.XMLID("<r><a id='one'/><b id='two'><c id='three'/></b><d/></r>")
print(tree.tag, sorted(ids), ids["three"].tag)
t = ET.parse(io.BytesIO(b"<r><s/></r>"))
print(type(t).__name__, t.getroot().tag, ET.parse(io.StringIO("<q>z</q>")).getroot().text)
et = ET.ElementTree()
print(et.parse(io.BytesIO(b"<p/>")).tag, et.getroot().tag)

# TreeBuilder options
src = "<a>x<!--c-->y<?t d?>z<b/></a>"
for kw in [{}, {"insert_comments": True}, {"insert_pis": True},
           {"insert_comments": True, "insert_pis": True}]:
    r = ET.fromstring(src, ET.XMLParser(target=ET.TreeBuilder(**kw)))
    print(kw, ET.tostring(r, encoding="unicode"), r.text, [c.tail for c in r])
made = []


def factory(tag, attrib):
    made.append(tag)
    return ET.Element(tag.upper(), attrib)


r = ET.fromstring("<a k='v'><b/></a>", ET.XMLParser(target=ET.TreeBuilder(element_factory=factory)))
print(made, r.tag, r[0].tag, r.attrib)
tb = ET.TreeBuilder()
tb.start("root", {"a": "1"})
tb.data("hello ")
tb.data("world")
tb.start("kid", {})
tb.end("kid")
tb.data("tail")
tb.comment("ignored")
print(tb.end("root").tag, ET.tostring(tb.close()))
print(ET.TreeBuilder().close())


# a custom target sees every callback
class Recorder:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, sorted(attrib.items())))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, text):
        self.log.append(("data", text))

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        self.log.append(("start_ns", prefix, uri))

    def end_ns(self, prefix):
        self.log.append(("end_ns", prefix))

    def doctype(self, name, pubid, system):
        self.log.append(("doctype", name, pubid, system))

    def close(self):
        return "closed with %d events" % len(self.log)


rec = Recorder()
p = ET.XMLParser(target=rec)
p.feed("<!DOCTYPE r PUBLIC 'pub' 'sys.dtd'><r xmlns:p='urn:p' xmlns='urn:d'>a&amp;b\nc")
p.feed("<p:s p:k='v'>x<![CDATA[y\nz]]></p:s><!--cm--><?tgt  the data ?></r>")
print(p.close())
for entry in rec.log:
    print(entry)


class Partial:
    def __init__(self):
        self.n = 0

    def end(self, tag):
        self.n += 1


part = Partial()
p = ET.XMLParser(target=part)
p.feed("<a><b/><c>text</c></a>")
print(p.close(), part.n, p.version, p.entity, type(p.target).__name__)
p = ET.XMLParser()
for ch in "<a><b>split</b></a>":
    p.feed(ch)
print(ET.tostring(p.close()))
p = ET.XMLParser()
for b in "<a>\u00e9\u20ac</a>".encode("utf-8"):
    p.feed(bytes([b]))
print(p.close().text)
