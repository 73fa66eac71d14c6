# iterparse and XMLPullParser: events, incremental feeding, namespaces, errors.
import io
import xml.etree.ElementTree as ET


def describe(event, obj):
    if isinstance(obj, ET.Element):
        tag = obj.tag if isinstance(obj.tag, str) else obj.tag.__name__
        return "%s %s %r" % (event, tag, obj.text)
    return "%s %r" % (event, obj)


src = (b"<?xml version='1.0'?>\n<!-- before -->\n<root xmlns='urn:d' xmlns:x='urn:x'>"
       b"<x:a k='1'>A<!--inner--><b/>tail</x:a><?proc data?><c xmlns:y='urn:y' y:z='2'/>"
       b"<d xmlns=''>D</d></root>\n<!-- after -->")
for events in [None, ("end",), ("start",), ("start", "end"), ("start-ns", "end-ns"),
               ("comment", "pi"), ("start", "end", "start-ns", "end-ns", "comment", "pi")]:
    print("events:", events)
    it = ET.iterparse(io.BytesIO(src), events=events)
    print(" root before:", it.root, type(it).__name__)
    for event, obj in it:
        print("  " + describe(event, obj))
    print(" root after:", it.root.tag, len(it.root))

# a StringIO source, and clearing elements while iterating
data = "<list>" + "".join("<item n='%d'>%d</item>" % (i, i * i) for i in range(200)) + "</list>"
total = 0
count = 0
it = ET.iterparse(io.StringIO(data))
for event, elem in it:
    if elem.tag == "item":
        total += int(elem.text)
        count += 1
        elem.clear()
print(count, total, len(it.root), it.root[0].attrib, it.root[5].text)

# start events see the element before its children
seen = []
for event, elem in ET.iterparse(io.BytesIO(b"<a><b><c/></b></a>"), events=("start", "end")):
    seen.append((event, elem.tag, len(elem)))
print(seen)

# a large document arrives in several 16 KiB chunks
big = "<big>" + "".join("<e i='%d'>%s</e>" % (i, "x" * (i % 50)) for i in range(3000)) + "</big>"
n = 0
lengths = 0
for event, elem in ET.iterparse(io.BytesIO(big.encode())):
    if elem.tag == "e":
        n += 1
        lengths += len(elem.text or "")
print(n, lengths)

# errors surface from the iterator
it = ET.iterparse(io.BytesIO(b"<a><b>text</b><c></a>"), events=("start", "end"))
try:
    for event, elem in it:
        print(" ok", event, elem.tag)
except ET.ParseError as exc:
    print(" error:", exc, exc.position)

# XMLPullParser fed in pieces
pp = ET.XMLPullParser(events=("start", "end", "start-ns", "end-ns", "comment", "pi"))
pieces = ["<root xmlns:a='urn:a'>", "<a:item>one</a:item><!--", "c-->", "<?p", "i x?>",
          "<item>tw", "o</item>", "</root>"]
for piece in pieces:
    pp.feed(piece)
    print(repr(piece), [describe(ev, obj) for ev, obj in pp.read_events()])
pp.close()
print("after close", list(pp.read_events()))
try:
    pp.feed("<more/>")
except ValueError as exc:
    print("feed after close:", exc)

pp = ET.XMLPullParser()
pp.feed(b"<r><s>1</s>")
print([describe(ev, obj) for ev, obj in pp.read_events()])
pp.feed(b"<s>2</s></x>")
try:
    print([describe(ev, obj) for ev, obj in pp.read_events()])
except ET.ParseError as exc:
    print("pull error:", exc)

pp = ET.XMLPullParser(events=["end"])
pp.feed("")
pp.feed("<a>")
pp.feed("</a>")
ev = list(pp.read_events())
print([(e, x.tag) for e, x in ev])
pp = ET.XMLPullParser(events=("start",), _parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
pp.feed("<a><!--kept--></a>")
pp.close()
print([(e, x.tag) for e, x in pp.read_events()])
