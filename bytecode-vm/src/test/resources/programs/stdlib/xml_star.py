# from xml.etree.ElementTree import * binds __all__; module-level constants.
from xml.etree.ElementTree import *
import xml.etree.ElementTree as ET
import xml.etree
import xml
from xml.etree import ElementTree as ET2

print(sorted(name for name in ET.__all__))
print(Element("x").tag, SubElement(Element("p"), "c").tag, VERSION, callable(canonicalize))
print(isinstance(ParseError("m"), SyntaxError), issubclass(ParseError, SyntaxError))
print(xml.etree.ElementTree is ET, sorted(ET.HTML_EMPTY)[:4])
print(PI is ProcessingInstruction, Comment.__name__, type(XMLPullParser()).__name__)
print(fromstring("<a><b/></a>")[0].tag, tostring(XML("<r>1</r>")), iselement(XML("<q/>")))
print(ET2 is ET, ET2.__name__)
