# pyexpat: handler events with their positions, errors with Expat's codes and places, encodings,
# and the stdlib parsers over it (ElementTree, minidom, sax, plistlib).
import pyexpat
HS = ['StartElementHandler','EndElementHandler','CharacterDataHandler','CommentHandler','ProcessingInstructionHandler','XmlDeclHandler','StartDoctypeDeclHandler','EndDoctypeDeclHandler','StartNamespaceDeclHandler','EndNamespaceDeclHandler','DefaultHandler','StartCdataSectionHandler','EndCdataSectionHandler','EntityDeclHandler']
def t(doc, hs=HS, chunks=None, **kw):
    p = pyexpat.ParserCreate(**kw)
    ev=[]
    for h in hs:
        setattr(p, h, (lambda h: lambda *a: ev.append((h[:-7], a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)))(h))
    try:
        if chunks:
            for i in range(0, len(doc), chunks):
                p.Parse(doc[i:i+chunks], False)
            p.Parse(b"", True)
        else:
            p.Parse(doc, True)
    except pyexpat.ExpatError as e:
        ev.append(('ERR', str(e), e.code, e.lineno, e.offset, p.ErrorByteIndex, p.ErrorLineNumber, p.ErrorColumnNumber))
    for e in ev: print(e)
    print('--')
t(b"<a>\xc3\xa9\xc3\xa9<</a>")
doc = "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n<!-- top -->\n<?pi some data?>\n<!DOCTYPE r SYSTEM 'x.dtd'>\n<r xmlns='u1' xmlns:p='u2' p:at='v' at2='w'><p:c/>\r\n<![CDATA[x\ny]]></r>\n".encode()
t(doc, namespace_separator='}')
t(doc, namespace_separator='}', chunks=7)
t(b'<!DOCTYPE r [\n<!ENTITY e "ent &amp; val">\n<!ELEMENT r ANY>\n]>\n<r>&e;</r>')
t(b'<!DOCTYPE r [\n<!ENTITY e "ent &amp; val">\n]>\n<r>&e; and <x a="&e;"/></r>', hs=HS[:10])
t(b"<a x='1'  y=\"a&amp;b\n c\">hello\r\nworld &lt; &#65;&#x42;<![CDATA[ cd <x> ]]><!-- c --><b/>tail</a>", hs=HS[:5])
for bad in [b"<a>", b"<a></b>", b"<a><b></a>", b"<a x='1' x='2'/>", b"<a/><b/>", b"<a>&foo;</a>", b"<a", b"", b"<a>\n  <b>&#0;</b></a>", b"<?xml version='1.0'?>\n<a>\xff</a>", b"<a b=c/>", b"hello", b"  <a/>x", b"<a>\n<!-- x", b"<a><![CDATA[x", b"<?xml version='1.0'?><?xml version='1.0'?><a/>", b"<a><?xml x?></a>", b"<a xmlns:p='u'><q:b/></a>", b"<a>x</a>  <!--c--> <?p?> ", b"<a x='<'/>", b"<a><b></b>", b"<a>&#xFFFE;</a>", b"<a>]]></a>", b"<1a/>", b"<a>\x00</a>", b"<?xml version='1.0' encoding='koi8-r'?><a>\xc1</a>", b"<!DOCTYPE a><!DOCTYPE a><a/>", b"<a b='1'c='2'/>", b"<a></a >", b"<a/ >", b"<!-- a -- b --><a/>", "<a>é€</a>".encode('utf-16'), "<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>".encode('latin-1')]:
    t(bad, hs=['CharacterDataHandler'], namespace_separator=' ')
t(b'<!DOCTYPE r [<!ATTLIST r a CDATA "x" b (p|q) #REQUIRED c NMTOKENS #FIXED " t  u " d ID #IMPLIED>]><r d="  i  "/>', hs=['AttlistDeclHandler', 'StartElementHandler'])
t(b'<!DOCTYPE r SYSTEM "x"><r>&foo;</r>', hs=['SkippedEntityHandler', 'DefaultHandler'])
t(b'<?xml version="1.0" standalone="yes"?><!DOCTYPE r SYSTEM "x"><r>&foo;</r>', hs=['CharacterDataHandler'])
t(b'<!DOCTYPE r SYSTEM "x"><r a="&foo;">&foo;</r>', hs=['CharacterDataHandler', 'StartElementHandler'])
for d in [b'foo', b'foobar<', b'foo bar', b'foo<a/>', b'123', b'foo>', b'<a/>foo', b'<a/>foo<', b'  x']:
    t(d, hs=[])
