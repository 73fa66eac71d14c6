# Element API: construction, attributes, children, indexing, copying, iteration.
import copy
import xml.etree.ElementTree as ET


def tags(elems):
    return [e.tag for e in elems]


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as exc:
        print(label, "raised", type(exc).__name__, exc)


e = ET.Element("root", {"b": "2", "a": "1"}, c="3")
print(e.tag, e.attrib, e.text, e.tail, len(e))
print(e.keys(), e.items(), e.get("a"), e.get("zz"), e.get("zz", "dflt"))
e.set("d", "4")
print(e.attrib, type(e.keys()).__name__, type(e.items()).__name__)
d = {"x": "1"}
f = ET.Element("f", d)
d["y"] = "2"
print(f.attrib, ET.Element("g", attrib={"k": "v"}).attrib)
attempt("bad attrib", lambda: ET.Element("a", 5))
attempt("makeelement bad", lambda: e.makeelement("x", 5))
m = e.makeelement("made", d)
print(m.tag, m.attrib, m.attrib is d, len(e))

# children
a = ET.SubElement(e, "a", {"n": "1"}, extra="yes")
b = ET.SubElement(e, "b")
c = ET.Element("c")
e.append(c)
e.extend([ET.Element("d1"), ET.Element("d2")])
e.insert(1, ET.Element("ins"))
e.insert(-1, ET.Element("neg"))
e.insert(100, ET.Element("far"))
print(tags(e), len(e), a.attrib)
print(e[0].tag, e[-1].tag, tags(e[1:3]), tags(e[::-2]), tags(e[10:]))
e[0] = ET.Element("replaced")
e[1:3] = [ET.Element("s1"), ET.Element("s2"), ET.Element("s3")]
print(tags(e))
del e[0]
del e[::3]
print(tags(e))
e.remove(e[1])
print(tags(e))
attempt("remove missing", lambda: e.remove(ET.Element("zz")))
attempt("append str", lambda: e.append("x"))
attempt("insert str", lambda: e.insert(0, "x"))
attempt("extend str", lambda: e.extend(["x"]))
attempt("setitem str", lambda: e.__setitem__(0, "x"))
attempt("setslice str", lambda: e.__setitem__(slice(0, 1), ["x"]))
attempt("setslice int", lambda: e.__setitem__(slice(0, 1), 5))
attempt("ext slice", lambda: e.__setitem__(slice(0, None, 2), [ET.Element("q")] * 9))
attempt("getitem str", lambda: e["a"])
attempt("getitem range", lambda: e[99])
attempt("delitem range", lambda: e.__delitem__(99))
attempt("setitem range", lambda: e.__setitem__(99, ET.Element("q")))
attempt("SubElement str", lambda: ET.SubElement("p", "c"))
print(bool(ET.Element("empty")), bool(e), ET.iselement(e), ET.iselement("x"))

# text, tail, iteration
root = ET.Element("r")
root.text = "t0"
for i in range(3):
    ch = ET.SubElement(root, "ch" if i != 1 else "other", idx=str(i))
    ch.text = "text%d" % i
    ch.tail = "tail%d" % i
    ET.SubElement(ch, "leaf").text = "L%d" % i
root.tail = "roottail"
print(tags(root.iter()), tags(root.iter("leaf")), tags(root.iter("*")))
print(list(root.itertext()))
print(len(list(root.iter(5))))
com = ET.Comment("a comment")
pi = ET.PI("target", "data here")
pi2 = ET.ProcessingInstruction("bare")
root.append(com)
root.append(pi)
print(com.tag is ET.Comment, pi.tag is ET.PI, pi.text, pi2.text, com.text)
print(list(root.itertext()))
print(ET.tostring(root, encoding="unicode"))

# clear
x = ET.Element("x", a="1")
x.text, x.tail = "t", "u"
ET.SubElement(x, "y")
x.clear()
print(x.tag, x.attrib, x.text, x.tail, len(x))

# copies
src = ET.fromstring('<a k="v">t<b>u</b>w<c/></a>')
src.tail = "tl"
sh = copy.copy(src)
print(sh.tag, sh.attrib, sh.text, sh.tail, tags(sh), sh[0] is src[0], sh.attrib is src.attrib)
sh.set("new", "1")
print(src.attrib)
sh.append(ET.Element("only_in_copy"))
print(tags(src), tags(sh))
dc = copy.deepcopy(src)
print(dc.attrib is src.attrib, dc[0] is src[0], ET.tostring(dc), dc.tail)
dc[0].text = "changed"
print(src[0].text, dc[0].text)
empty = ET.Element("e")
ce = copy.copy(empty)
ce.set("z", "1")
print(empty.attrib, ce.attrib)

# QName
q = ET.QName("urn:x", "local")
q2 = ET.QName("{urn:x}local")
print(q.text, str(q), repr(q), q == q2, q == "{urn:x}local", hash(q) == hash("{urn:x}local"))
print(q < ET.QName("{urn:y}a"), q <= q2, q > "{urn:w}", sorted([ET.QName("b"), ET.QName("a")])[0].text)
attempt("qname cmp", lambda: q < 5)
print(ET.QName("plain").text, ET.QName("u", "").text)

# subclass of Element
class MyElement(ET.Element):
    def describe(self):
        return "my:" + self.tag


me = MyElement("sub", {"k": "v"})
me.append(ET.Element("kid"))
print(me.describe(), me.attrib, tags(me), isinstance(me, ET.Element), ET.tostring(me))
print(type(copy.copy(me)).__name__, type(me.makeelement("z", {})).__name__)
