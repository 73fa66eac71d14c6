# canonicalize() and C14NWriterTarget (C14N 2.0) with the common options.
import io
import xml.etree.ElementTree as ET

docs = [
    '<?xml version="1.0"?>\n<!--c1-->\n<?pi d?>\n<root b="2" a="1"><e/>  text &amp; \r\n'
    ' <![CDATA[x<y]]><q z="&quot;\t\n"/></root>\n<!--c2-->',
    '<a:r xmlns:a="urn:a" xmlns="urn:d" xmlns:b="urn:b" b:x="1" y="2" a:z="3">'
    '<c xmlns:a="urn:a"><a:d/></c><e xmlns=""/></a:r>',
    '<r>  <s> t </s>  <p xml:space="preserve">  kept  </p></r>',
    '<doc><x id="1" skip="yes">a<hidden>h</hidden>b</x><!-- note --><?go now?></doc>',
    '<r xmlns:x="urn:x"><a x:k="v"/><b x:k="w"/></r>',
]
for d in docs:
    print(repr(ET.canonicalize(d)))
    print(repr(ET.canonicalize(d, with_comments=True)))
    print(repr(ET.canonicalize(d, strip_text=True)))
print(repr(ET.canonicalize(docs[3], exclude_attrs=["skip"], exclude_tags=["hidden"])))
out = io.StringIO()
print(ET.canonicalize("<a><b/></a>", out=out), repr(out.getvalue()))
print(ET.canonicalize(from_file=io.BytesIO(b"<z y='1' x='2'/>")))
try:
    ET.canonicalize()
except ValueError as exc:
    print(exc)
parts = []
target = ET.C14NWriterTarget(parts.append, with_comments=True)
p = ET.XMLParser(target=target)
p.feed("<q><!--x--><w a='1'>t</w></q>")
p.close()
print(parts)
