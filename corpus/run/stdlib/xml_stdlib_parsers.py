# xml.etree.ElementTree, xml.dom.minidom, xml.sax and plistlib parse through pyexpat.
import xml.etree.ElementTree as ET
import xml.dom.minidom as minidom
import xml.sax, xml.sax.handler, io, plistlib
doc = """<?xml version="1.0"?>
<!DOCTYPE catalog SYSTEM "cat.dtd">
<catalog xmlns:x="http://example.com/x">
  <!-- books -->
  <book id="bk101" lang='en'>
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide &amp; more</title>
    <price>44.95</price>
    <x:note>tagged &lt;here&gt;</x:note>
  </book>
  <book id="bk102"><author>Ralls, Kim</author><title>Midnight Rain</title><price>5.95</price></book>
  <?proc instr?>
</catalog>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for b in root.iter("book"):
    print(b.get("id"), b.findtext("author"), b.find("title").text, float(b.findtext("price")))
print([e.tag for e in root.iter()])
print(ET.tostring(root, encoding="unicode")[:200])
print(root.find("book/{http://example.com/x}note").text)
tree = ET.ElementTree(ET.fromstring("<a><b x='1'>t<c/>tail</b></a>"))
print(ET.tostring(tree.getroot()))
for ev, el in ET.iterparse(io.BytesIO(doc.encode()), events=("start", "end", "start-ns", "comment", "pi")):
    tag = getattr(el, "tag", el)
    print(ev, el if ev in ("start-ns",) else getattr(tag, "__name__", tag))
p = ET.XMLPullParser(events=("start", "end"))
p.feed("<r><a>1</a>"); print([(e, x.tag) for e, x in p.read_events()])
p.feed("<b/></r>"); print([(e, x.tag) for e, x in p.read_events()])
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
t = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
t.feed(doc); r = t.close(); print([c.tag if isinstance(c.tag, str) else c.tag.__name__ for c in r])
d = minidom.parseString(doc)
print(d.documentElement.tagName, d.doctype.name, d.doctype.systemId, [n.getAttribute("id") for n in d.getElementsByTagName("book")])
print(d.getElementsByTagName("title")[0].firstChild.data)
print(minidom.parseString("<a><b c='1'>x</b><!--c--></a>").toprettyxml(indent=" "))
class H(xml.sax.handler.ContentHandler):
    def startElement(self, name, attrs): print("start", name, dict(attrs))
    def endElement(self, name): print("end", name)
    def characters(self, c):
        if c.strip(): print("chars", repr(c))
xml.sax.parseString(b"<r a='1'><s>text &amp; more</s><t/></r>", H())
pl = plistlib.dumps({"a": 1, "b": [1.5, "x", True], "c": {"d": b"\x00\x01"}})
print(pl.decode()[:120])
print(plistlib.loads(pl))
from io import BytesIO, StringIO
from xml.sax import parse
from xml.sax.saxutils import XMLGenerator
data = '<money value="$\xa3\u20ac\U0001017b">$\xa3\u20ac\U0001017b</money>'
def xml_str(doc, encoding=None):
    if encoding is None:
        return doc
    return '<?xml version="1.0" encoding="%s"?>\n%s' % (encoding, doc)
for enc in ('us-ascii', 'utf-8', 'utf-16', 'utf-16le', 'utf-16be'):
    for decl in (enc, None):
        b = xml_str(data, decl).encode(enc, 'xmlcharrefreplace')
        r = StringIO()
        try:
            parse(BytesIO(b), XMLGenerator(r, 'utf-8')); print(enc, decl, r.getvalue() == xml_str(data, 'utf-8'))
        except Exception as e:
            print(enc, decl, e)
