# ParseError: messages, codes and positions as Expat reports them.
import xml.etree.ElementTree as ET

bad = [
    "", "   ", "<a>", "<a", "<a></b>", "<a><b></a></b>", "<a>\n\n  </c>", "<a/><b/>",
    "<a/>junk", "<a/>\n  <b/>", "<a>&foo;</a>", "<a>&amp</a>", "<a>& b</a>", "<a>&#0;</a>",
    "<a>&#xD800;</a>", "<a>&#99999999;</a>", "<a>&#;</a>", "<a>&#xZZ;</a>", "<a>\x01</a>",
    "<a><!-- -- --></a>", "<a>]]></a>", "<a b='1' b='2'/>", "<a b=1/>", "<a b='<'/>",
    "<a b='1'c='2'/>", "<1a/>", "< a/>", "<a></ a>", "<a/ >", "<x:a/>", "<a x:b='1'/>",
    "<a:b:c xmlns:a='u'/>", "<a xmlns:x=''/>", "<a xmlns:x='u' x:b='1' x:b='2'/>",
    "<a xmlns:xml='foo'/>", "<a xmlns:xmlns='foo'/>", "<a><![CDATA[x", "<a><!--x", "<a><?pi",
    "<a>x", "<a b='1", "<a>&am", "<?xml version='1.0'", "<a></a", "<a><b>", " <?xml version='1.0'?><a/>",
    "<?xml encoding='utf-8'?><a/>", "<a><?xml x?></a>", "<a><?xMl x?></a>", "<a><?pi?x?></a>",
    "x<a/>", "<!DOCTYPE a><!DOCTYPE b><a/>", "&amp;<a/>", "]]><a/>", "<a/>\x00",
    "<!---><a/>", "<!DOCTYPE a PUBLIC 'p'><a/>", "<!DOCTYPE a SYSTEM 'x'><a>&e;</a>",
    "<!DOCTYPE a><a>&e;</a>", "<a b='&foo;'/>", "<a b='&#1;'/>", "<a>x</a>&amp;", "<a>x</a><b",
    "<a>x</a>\n<", "<?xml version='1.0'?><a/><?xml version='1.0'?>", "<a>\n\t<b>\u00e9\u00e9</c></a>",
    "<r>\n" + "<item/>\n" * 50 + "</x>",
]
for doc in bad:
    try:
        ET.fromstring(doc)
        print(repr(doc), "parsed")
    except ET.ParseError as err:
        print(repr(doc)[:40], "|", err, "|", err.code, err.position)

for data in [b"<a>\xe9</a>", b"<a>ok\xff\xfe</a>", b"<a b='\xc3'/>"]:
    try:
        ET.fromstring(data)
        print(data, "parsed")
    except ET.ParseError as err:
        print(data, "|", err, "|", err.code, err.position)

try:
    ET.fromstring(b"<?xml version='1.0' encoding='no-such'?><a/>")
except LookupError as err:
    print("LookupError", err)

err = None
try:
    ET.XML("<a><b></a>")
except SyntaxError as exc:
    err = exc
print(type(err).__name__, isinstance(err, SyntaxError), err.msg, err.args, err.position)

# the parser after an error and after close
p = ET.XMLParser()
p.feed("<a/>")
p.close()
for action in ("feed", "close"):
    try:
        p.feed("<b/>") if action == "feed" else p.close()
    except ET.ParseError as exc:
        print(action, exc, exc.code)

p = ET.XMLParser()
p.feed("<a>")
p.feed("<b>text")
try:
    p.feed("</c>")
except ET.ParseError as exc:
    print("incremental", exc, exc.position)

try:
    p = ET.XMLParser()
    p.feed(123)
except TypeError as exc:
    print("TypeError", exc)

# errors from a target propagate
class Boom:
    def start(self, tag, attrib):
        if tag == "bad":
            raise ValueError("no bad tags")


try:
    ET.fromstring("<a><ok/><bad/></a>", ET.XMLParser(target=Boom()))
except ValueError as exc:
    print("target error:", exc)
try:
    ET.XMLPullParser(events=("start", "bogus"))
except ValueError as exc:
    print(exc)
try:
    ET.XMLPullParser(_parser=ET.XMLParser(target=Boom()))
except TypeError as exc:
    print(exc)
