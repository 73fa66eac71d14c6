# ElementPath: find, findall, findtext, iterfind with the supported XPath subset.
import xml.etree.ElementTree as ET

doc = """<root>
  <a id="1" kind="x">A1<b>B1</b><b lang="en">B2</b></a>
  <a id="2"><b>B3</b><c><b>deep</b></c></a>
  <a id="3" kind="y"><name>n3</name></a>
  <d>D<e/>tail</d>
  <ns:item xmlns:ns="urn:ns" ns:attr="q"><ns:sub>S</ns:sub><plain/></ns:item>
  <item xmlns="urn:def"><sub>DS</sub></item>
</root>"""
root = ET.fromstring(doc)
tree = ET.ElementTree(root)


def show(path, ns=None, elem=root):
    try:
        found = elem.findall(path, ns)
        out = []
        for e in found:
            out.append(e.tag + (("#" + e.get("id")) if e.get("id") else "") +
                       ((":" + e.text) if e.text and e.text.strip() else ""))
        print(repr(path), out)
    except Exception as exc:
        print(repr(path), "raised", type(exc).__name__, exc)


for p in ["a", "a/b", "*", "*/b", ".", "./a", "a/..", "a/b/..", ".//b", "//b", "/a",
          ".//b/..", "a//b", "a[@id]", "a[@kind]", "a[@kind='x']", 'a[@kind="y"]',
          "a[@kind!='x']", "a[b]", "a[name]", "a[name='n3']", "a[b='B3']", "a[b!='B3']",
          "a/b[.='B2']", "a/b[.!='B2']", "a[1]", "a[2]", "a[3]", "a[4]", "a[last()]",
          "a[last()-1]", "a[last()-2]", "a/b[1]", "a/b[2]", "a/", ".//", "d/e", "d/*",
          "{urn:ns}item", "{urn:ns}item/{urn:ns}sub", "{*}item", "{*}sub", ".//{*}sub",
          "{urn:def}item/{urn:def}sub", "{}item", "{}*", "{urn:ns}*", "{*}*", ".//{urn:ns}*",
          "a[0]", "a[last()-0]", "a[foo()]", "a[@id=1]", "a/b[", "", "a b",
          "./a[@id='2']/c/b", "a[@id='2']//b", "*[@kind]/b", "..", "a[.='A1B1B2']",
          ".//b[@lang='en']/..", "a[2]/c/b/../..", "x:y"]:
    show(p)

ns = {"n": "urn:ns", "": "urn:def"}
show("n:item", ns)
show("n:item/n:sub", ns)
show("item", ns)
show("item/sub", ns)
show("n:item[@n:attr='q']", ns)
show("zz:item", ns)
show("n:item", {"n": "urn:ns"})

print(root.find("a").get("id"), root.find("zz"), root.find("a/b").text, root.find(".//c/b").text)
print(root.findtext("a/b"), repr(root.findtext("d/e")), root.findtext("zz"), root.findtext("zz", "dflt"))
print(root.findtext("a"), repr(root.findtext("d")), root.findtext("{urn:ns}item/{urn:ns}sub"))
print(root.find(""), root.findall(""), repr(root.findtext("")))
print([e.tag for e in root.iterfind(".//b")], type(root.iterfind("a")).__name__ != "list")
it = root.iterfind("a")
print(next(it).get("id"), next(it).get("id"))
print(tree.find("a").get("id"), len(tree.findall(".//b")), tree.findtext("d"),
      [e.get("id") for e in tree.iterfind("a")])
print([e.tag for e in tree.iter("b")], len(list(tree.iter())))

# ElementPath on detached trees and elements inside loops
lib = ET.Element("library")
for i in range(6):
    book = ET.SubElement(lib, "book", year=str(2000 + i), genre="sf" if i % 2 else "crime")
    ET.SubElement(book, "title").text = "Title %d" % i
    if i % 3 == 0:
        ET.SubElement(book, "award")
print([b.findtext("title") for b in lib.findall("book[@genre='sf']")])
print([b.get("year") for b in lib.findall("book[award]")])
print([b.get("year") for b in lib.findall("book[title='Title 4']")])
print([t.text for t in lib.findall("book/title")][-2:], lib.find("book[last()]/title").text)
print(len(lib.findall(".//*")), len(lib.findall("*/*")), len(lib.findall(".//award/..")))
