# Serialization: tostring/tostringlist/write, escaping, encodings, namespaces, methods, indent.
import io
import xml.etree.ElementTree as ET


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "raised", type(exc).__name__, exc)


e = ET.Element("doc", {"q": 'say "hi" & <bye>', "ws": "a\nb\rc\td", "apos": "it's"})
e.text = "1 < 2 & 3 > 2 \"quoted\" 'single'\n\ttab"
child = ET.SubElement(e, "child")
child.tail = "after & <tail>"
ET.SubElement(e, "empty")
ET.SubElement(e, "withtext").text = ""
print(ET.tostring(e))
print(ET.tostring(e, encoding="unicode"))
print(ET.tostring(e, method="html"))
print(ET.tostring(e, method="text"))
print(ET.tostring(e, short_empty_elements=False))

u = ET.Element("u")
u.text = "caf\xe9 \u20ac \U0001f600"
u.set("attr", "\xe9")
for enc in [None, "us-ascii", "ascii", "utf-8", "UTF-8", "latin-1", "iso-8859-1", "utf-16", "unicode"]:
    attempt("enc %s" % enc, lambda: ET.tostring(u, encoding=enc))
attempt("enc unicode decl", lambda: ET.tostring(u, encoding="unicode", xml_declaration=True))
attempt("enc utf8 decl", lambda: ET.tostring(u, encoding="utf-8", xml_declaration=True))
attempt("default decl", lambda: ET.tostring(u, xml_declaration=True))
attempt("latin decl False", lambda: ET.tostring(u, encoding="latin-1", xml_declaration=False))
attempt("bad encoding", lambda: ET.tostring(u, encoding="no-such-codec"))
attempt("bad method", lambda: ET.tostring(u, method="json"))
attempt("text decl", lambda: ET.tostring(u, method="text", xml_declaration=True, encoding="latin-1"))

# comments, PIs, html
h = ET.fromstring("<html><head><script>if (a &lt; b) {}</script><style>p &gt; a</style></head>"
                  "<body><br/><p class='c'>x&amp;y</p><img src='a.png'/><IMG/><hr></hr></body></html>")
h.append(ET.Comment(" c <&> "))
h.append(ET.PI("php", "echo 1 < 2;"))
print(ET.tostring(h, method="html", encoding="unicode"))
print(ET.tostring(h, encoding="unicode"))

# namespaces
ns = ET.fromstring('<a:root xmlns:a="urn:a" xmlns:b="urn:b" xmlns="urn:default">'
                   '<a:x b:attr="1" plain="2"/><y/><b:z/><q xml:lang="en"/></a:root>')
print(ET.tostring(ns))
print(ET.tostring(ns, default_namespace="urn:default"))
attempt("default ns with plain", lambda: ET.tostring(ET.fromstring('<a><b/></a>'), default_namespace="urn:x"))
ET.register_namespace("bee", "urn:b")
print(ET.tostring(ns))
ET.register_namespace("aa", "urn:a")
ET.register_namespace("aa2", "urn:a")
print(ET.tostring(ns))
attempt("reserved prefix", lambda: ET.register_namespace("ns12", "urn:q"))
well = ET.Element("{http://www.w3.org/1999/xhtml}p")
well.set("{http://www.w3.org/2001/XMLSchema-instance}type", "t")
well.set("{http://purl.org/dc/elements/1.1/}title", "T")
ET.SubElement(well, "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF")
print(ET.tostring(well))
qn = ET.Element(ET.QName("urn:q", "tag"), {ET.QName("urn:q", "k"): ET.QName("urn:v", "val")})
qn.text = ET.QName("urn:t", "text")
attempt("qname tree", lambda: ET.tostring(qn))
attempt("int attr", lambda: ET.tostring(ET.Element("a", n=1)))
attempt("int tag", lambda: ET.tostring(ET.Element(5)))
bad = ET.Element("a")
bad.text = 3.5
attempt("float text", lambda: ET.tostring(bad))
none_tag = ET.Element(None)
none_tag.text = "only text"
ET.SubElement(none_tag, "kid").tail = "t"
print(ET.tostring(none_tag))

# tostringlist, write, dump
print(ET.tostringlist(ET.fromstring("<a b='1'><c>x</c><!--k--></a>"), encoding="unicode"))
print(ET.tostringlist(ET.fromstring("<a b='1'><c>x</c></a>")))
tree = ET.ElementTree(ET.fromstring("<r><s>1</s></r>"))
for kw in [{}, {"encoding": "utf-8"}, {"xml_declaration": True}, {"encoding": "latin-1"},
           {"encoding": "utf-8", "method": "text"}]:
    buf = io.BytesIO()
    tree.write(buf, **kw)
    print(kw, buf.getvalue())
sbuf = io.StringIO()
tree.write(sbuf, encoding="unicode", xml_declaration=True)
print(repr(sbuf.getvalue()))
attempt("bytes to StringIO", lambda: tree.write(io.StringIO()))
attempt("str to BytesIO", lambda: tree.write(io.BytesIO(), encoding="unicode"))
chunks = []


class Sink:
    def write(self, data):
        chunks.append(data)


tree.write(Sink(), encoding="unicode")
print(chunks)
ET.dump(tree)
d = ET.Element("d")
d.tail = "ends\n"
ET.dump(d)

# indent
t = ET.fromstring("<a><b><c>text</c><d/></b><e>  </e><f>keep<g/></f></a>")
ET.indent(t)
print(ET.tostring(t, encoding="unicode"))
ET.indent(t, space="\t", level=1)
print(repr(ET.tostring(t, encoding="unicode")))
single = ET.Element("single")
ET.indent(single)
print(ET.tostring(single))
attempt("negative level", lambda: ET.indent(t, level=-1))
tr = ET.ElementTree(ET.fromstring("<x><y/></x>"))
ET.indent(tr, space=" ")
print(ET.tostring(tr.getroot()))
