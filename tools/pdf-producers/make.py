#!/usr/bin/env python3
"""Builds PDFs the way other producers write them, for tests/ReportMiner.Parsing.Tests (PdfProducerTests).

  writer.pdf                    LibreOffice Writer's PDF export of a report page with a ruled table (the
                                stand-in for Word's "Save as PDF": Word itself is not available here).
  scanner.pdf                   a scanner-style PDF: the page as an image with tesseract's invisible OCR text layer
                                (tesseract's `pdf` output; a Type 0 / Identity-H font with a ToUnicode map).
  scanner-wrong-tounicode.pdf   the same with a ToUnicode map that sends every code to the private-use area, so
                                no reader can map the fonts (only OCR of the page image recovers the text).
  identity-h-no-tounicode.pdf   a Type 0 / Identity-H font with an embedded TrueType program (DejaVu Sans), codes
                                that are glyph ids and no ToUnicode map: PdfPig reads glyph ids as characters,
                                poppler maps them back through the font's own cmap table.
  cid-no-descriptor.pdf         a Type 0 font whose CIDFontType2 descendant (a system font, SimSun, not embedded)
                                has no FontDescriptor, as some older Chinese producers write it, with a ToUnicode
                                map: PdfPig fails on the missing descriptor, poppler substitutes a font and reads it.
  cid-dangling-descriptor.pdf   the same font whose FontDescriptor points at an object the file does not hold: the
                                key is there, so only the count of letters against the codes the content stream
                                shows tells that PdfPig dropped them; poppler reads the text as above.
Usage: make.py OUT_DIR   (needs soffice, pdftoppm, tesseract with chi_sim, fonts-dejavu-core)
"""
import os, re, struct, subprocess, sys, tempfile, zlib

ROWS = [("指标名称", "年度目标", "实际完成"), ("话务接通率", "≥90%", "94.07%"), ("群众满意度", "≥95%", "98.20%"),
        ("工单办结率", "100%", "99.35%"), ("受理群众诉求数量", "120万件", "131.6万件")]
TITLE = "2021年度12345热线项目绩效自评表"
INTRO = "本项目年度预算资金2,350.50万元，全年执行数2,198.36万元，预算执行率93.53%。"


def run(args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def writer(out):
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    page = f"""<html><head><meta charset="utf-8"><style>body {{ font-family: 'Noto Serif CJK SC'; font-size: 12pt }}
      td {{ padding: 4pt }}</style></head><body><h2>{TITLE}</h2><p>{INTRO}</p>
      <table border="1" cellspacing="0" style="border-collapse:collapse">{cells}</table></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "writer.html")
        open(src, "w", encoding="utf-8").write(page)
        soffice = ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless"]
        # Through a .docx, as a Word user's report would be: Writer opens it and exports it with its PDF filter.
        run(soffice + ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, src])
        run(soffice + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, os.path.join(tmp, "writer.docx")])
        os.replace(os.path.join(tmp, "writer.pdf"), out)


def scanner(writer_pdf, out):
    with tempfile.TemporaryDirectory() as tmp:
        run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", writer_pdf, os.path.join(tmp, "page")])
        run(["tesseract", os.path.join(tmp, "page.png"), os.path.join(tmp, "scan"), "-l", "chi_sim+eng", "--dpi", "200", "pdf"])
        os.replace(os.path.join(tmp, "scan.pdf"), out)


def objects(pdf):
    """The numbered objects of a PDF without object streams (tesseract writes none), as {number: body bytes}."""
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)\s*endobj", pdf, re.S)}


def write_pdf(objs, root, out):
    data = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(data)
        data += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        data += (b"%010d 00000 n \n" % offsets[n]) if n in offsets else b"0000000000 65535 f \n"
    data += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    open(out, "wb").write(data)


def stream(dictionary, payload):
    return dictionary + b" /Length %d >>\nstream\n" % len(payload) + payload + b"\nendstream"


def wrong_tounicode(scanner_pdf, out):
    pdf = open(scanner_pdf, "rb").read()
    objs = objects(pdf)
    root = int(re.search(rb"/Root (\d+) 0 R", pdf).group(1))
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Wrong def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            b"256 beginbfrange\n" + b"".join(b"<%02X00> <%02XFF> <E000>\n" % (h, h) for h in range(256)) +
            b"endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    changed = 0
    for n, body in list(objs.items()):
        m = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if m:
            objs[int(m.group(1))] = stream(b"<<", cmap)
            changed += 1
    if not changed:
        sys.exit("make.py: tesseract's PDF has no ToUnicode map to replace")
    write_pdf(objs, root, out)


def glyph_ids(font, text):
    """Glyph ids of text's characters from the TrueType font's format 4 cmap (Unicode BMP)."""
    count = struct.unpack(">H", font[4:6])[0]
    tables = {font[12 + 16 * i:16 + 16 * i]: struct.unpack(">II", font[20 + 16 * i:28 + 16 * i]) for i in range(count)}
    base = tables[b"cmap"][0]
    subtables = struct.unpack(">H", font[base + 2:base + 4])[0]
    for i in range(subtables):
        platform, encoding, offset = struct.unpack(">HHI", font[base + 4 + 8 * i:base + 12 + 8 * i])
        sub = base + offset
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", font[sub:sub + 2])[0] == 4:
            break
    else:
        sys.exit("make.py: no format 4 Unicode cmap in the font")
    segs = struct.unpack(">H", font[sub + 6:sub + 8])[0] // 2
    arr = lambda k: [struct.unpack(">H", font[sub + 14 + k * 2 * segs + 2 * (k > 0) + 2 * j:][:2])[0] for j in range(segs)]
    ends, starts, deltas, ranges = arr(0), arr(1), arr(2), arr(3)
    range_base = sub + 16 + 6 * segs
    ids = []
    for ch in text:
        c = ord(ch)
        j = next(j for j in range(segs) if ends[j] >= c)
        if starts[j] > c:
            sys.exit(f"make.py: the font has no glyph for {ch!r}")
        if ranges[j] == 0:
            ids.append((c + deltas[j]) & 0xFFFF)
        else:
            at = range_base + 2 * j + ranges[j] + 2 * (c - starts[j])
            ids.append((struct.unpack(">H", font[at:at + 2])[0] + deltas[j]) & 0xFFFF)
    return ids


def identity_h(out, font_path="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
    font = open(font_path, "rb").read()
    lines = ["Performance self-evaluation 2021", "Annual budget 2,350.50 thousand yuan, spent 2,198.36.",
             "Indicator", "Target", "Actual", "Answer rate", "90%", "94.07%", "Satisfaction", "95%", "98.20%"]
    placed = [(lines[0], 72, 760), (lines[1], 72, 736)]
    for r in range(3):
        for c in range(3):
            placed.append((lines[2 + 3 * r + c], 72 + 160 * c, 690 - 24 * r))
    content = b"".join(b"BT /F1 11 Tf %d %d Td <%s> Tj ET\n" % (x, y, "".join(f"{g:04X}" for g in glyph_ids(font, t)).encode())
                       for t, x, y in placed)
    content += b"0.6 w 66 705 m 546 705 l S 66 633 m 546 633 l S 66 681 m 546 681 l S\n"
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        4: stream(b"<< /Filter /FlateDecode", zlib.compress(content)),
        5: b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        6: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans /CIDSystemInfo << /Registry (Adobe) "
           b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 600 /CIDToGIDMap /Identity >>",
        7: b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 "
           b"/Ascent 928 /Descent -236 /CapHeight 700 /StemV 80 /FontFile2 8 0 R >>",
        8: stream(b"<< /Filter /FlateDecode /Length1 %d" % len(font), zlib.compress(font)),
    }
    write_pdf(objs, 1, out)


def no_descriptor(out, descriptor=b""):
    title = "2021年度12345热线项目绩效自评表"
    texts = [(title, 72, 760)] + [(cell, 72 + 150 * c, 720 - 24 * r) for r, row in enumerate(ROWS) for c, cell in enumerate(row)]
    chars = sorted({ch for t, _, _ in texts for ch in t})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    content = b"".join(b"BT /F1 12 Tf %d %d Td <%s> Tj ET\n" % (x, y, "".join(f"{cid[ch]:04X}" for ch in t).encode())
                       for t, x, y in texts)
    content += b"0.6 w " + b"".join(b"66 %d m 520 %d l S " % (y, y) for y in (736, 712, 688, 664, 640, 616)) + b"\n"
    bfchars = "".join(f"<{cid[ch]:04X}> <{ord(ch):04X}>\n" for ch in chars)
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /NoDescriptor def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + f"{len(chars)} beginbfchar\n{bfchars}endbfchar\n".encode()
            + b"endcmap CMapName currentdict /CMap defineresource pop end end")
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        4: stream(b"<< /Filter /FlateDecode", zlib.compress(content)),
        5: b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        # No /FontDescriptor: required by the specification, left out by the producers this stands in for.
        6: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
           b"/Ordering (Identity) /Supplement 0 >> " + descriptor + b"/DW 1000 /CIDToGIDMap /Identity >>",
        7: stream(b"<<", cmap),
    }
    write_pdf(objs, 1, out)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    writer(os.path.join(out, "writer.pdf"))
    scanner(os.path.join(out, "writer.pdf"), os.path.join(out, "scanner.pdf"))
    wrong_tounicode(os.path.join(out, "scanner.pdf"), os.path.join(out, "scanner-wrong-tounicode.pdf"))
    identity_h(os.path.join(out, "identity-h-no-tounicode.pdf"))
    no_descriptor(os.path.join(out, "cid-no-descriptor.pdf"))
    # Object 99 does not exist: a dangling reference, as a producer that dropped the object writes it.
    no_descriptor(os.path.join(out, "cid-dangling-descriptor.pdf"), descriptor=b"/FontDescriptor 99 0 R ")


if __name__ == "__main__":
    main()
