#!/usr/bin/env python3
"""Helpers shared by the table-set generators (tools/tables/generate.py, heldout/generate.py, heldout2/generate.py):
gold cells and dev/test splits, LibreOffice conversion, HTML and Word table XML, and PDFs written as raw content
streams. Import with sys.path pointing at tools/tables."""
import hashlib, html, json, os, subprocess, zipfile, zlib


def split_of(key):
    return "dev" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "test"


def covered_cells(spans):
    """The cells a spanning cell covers, other than its own first cell."""
    return {(r + i, c + j) for (r, c), (rs, cs) in spans.items() for i in range(rs) for j in range(cs)} - set(spans)


def cells_of(grid, spans=None):
    out = []
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text is None or text == "": continue
            rs, cs = (spans or {}).get((r, c), (1, 1))
            out.append({"row": r, "col": c, "text": text, "rowspan": rs, "colspan": cs})
    return out


class Truth:
    def __init__(self):
        self.entries = []

    def add(self, file, page, layout, grid, spans=None):
        key = f"{file}#{page}#{sum(1 for e in self.entries if e['file'] == file and e['page'] == page)}"
        self.entries.append({"file": file, "page": page, "layout": layout, "id": key, "split": split_of(key),
                             "cells": cells_of(grid, spans)})

    def save(self, out):
        """Writes truth.json into out and says how many tables each half holds."""
        json.dump(self.entries, open(os.path.join(out, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        tables = [t for t in self.entries if t["layout"] != "none"]
        print(f"{len(tables)} tables ({sum(t['split'] == 'dev' for t in tables)} dev, {sum(t['split'] == 'test' for t in tables)} test), "
              f"{len(self.entries) - len(tables)} pages without tables -> {out}")

    def none(self, file, page):
        key = f"{file}#{page}#none"
        self.entries.append({"file": file, "page": page, "layout": "none", "id": key, "split": split_of(key), "cells": []})


def run_soffice(work, args):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def html_cells(grid, spans=None, right=False, indent_px=0, style_for=None):
    rows = []
    for r, row in enumerate(grid):
        tds = []
        for c, text in enumerate(row):
            if text is None: continue
            rs, cs = (spans or {}).get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            style = []
            shown = text
            if indent_px and c == 0 and text.startswith("  "):
                style.append(f"padding-left:{indent_px}px")
                shown = text.strip()
            if right and c > 0 and r > 0: attrs += ' align="right"'
            if style_for: style.append(style_for(r, c, len(grid)))
            if style: attrs += f' style="{";".join(s for s in style if s)}"'
            tds.append(f"<td{attrs}>{html.escape(shown)}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(rows)


def strip_indent(grid):
    return [[(t.strip() if isinstance(t, str) else t) for t in row] for row in grid]


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(t):
    return html.escape(t, quote=False)


def run_xml(text, bold=False):
    rpr = '<w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:eastAsia="Noto Sans CJK SC"/>' + \
          ("<w:b/>" if bold else "") + '<w:sz w:val="18"/></w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(text, jc=None, ind=0, bold=False):
    ppr = "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>" + (f'<w:jc w:val="{jc}"/>' if jc else "") + \
          (f'<w:ind w:left="{ind}"/>' if ind else "") + "</w:pPr>"
    return f"<w:p>{ppr}{run_xml(text, bold) if text else ''}</w:p>"


def border_xml(tag, edges):
    """edges: {name: size in eighths of a point}"""
    inner = "".join(f'<w:{e} w:val="{"double" if s < 0 else "single"}" w:sz="{abs(s)}" w:space="0" w:color="000000"/>'
                    for e, s in edges.items())
    return f"<w:{tag}>{inner}</w:{tag}>" if inner else ""


def docx_table(grid, widths, table_borders=None, cell_style=None, spans=None, right=False, indent=True, style=None,
               header_rows=0):
    """cell_style(r, c) -> (tcBorders dict or None, fill hex or None); style: a table style id from the styles part
    (write_docx's styles_xml); header_rows: rows Word repeats at the top of each page."""
    spans = spans or {}
    covered_v = {}
    for (r, c), (rs, cs) in spans.items():
        for k in range(1, rs): covered_v[(r + k, c)] = cs
    tblpr = '<w:tblPr>' + (f'<w:tblStyle w:val="{style}"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' if style else "") + \
            '<w:tblW w:w="0" w:type="auto"/>' + border_xml("tblBorders", table_borders or {}) + \
            '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    rows = []
    for r, row in enumerate(grid):
        tcs, c = [], 0
        while c < len(row):
            if (r, c) in covered_v:
                cs = covered_v[(r, c)]
                tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths[c:c + cs])}" w:type="dxa"/>' +
                           (f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else "") + '<w:vMerge/></w:tcPr>' + para("") + "</w:tc>")
                c += cs
                continue
            rs, cs = spans.get((r, c), (1, 1))
            text = row[c] or ""
            borders, fill = cell_style(r, c) if cell_style else (None, None)
            tcpr = f'<w:tcW w:w="{sum(widths[c:c + cs])}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else "") + \
                   ('<w:vMerge w:val="restart"/>' if rs > 1 else "") + (border_xml("tcBorders", borders) if borders else "") + \
                   (f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else "")
            ind = 360 if indent and text.startswith("  ") else 0
            jc = "right" if right and r > 0 and c > 0 else None
            tcs.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{para(text.strip(), jc=jc, ind=ind, bold=r == 0)}</w:tc>")
            c += cs
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r < header_rows else ""
        rows.append("<w:tr>" + trpr + "".join(tcs) + "</w:tr>")
    grid_xml = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    return f"<w:tbl>{tblpr}{grid_xml}{''.join(rows)}</w:tbl>"


def sect(landscape):
    if landscape:
        return '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>'
    return '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1200" w:right="1200" w:bottom="1200" w:left="1200" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>'


def write_docx(path, body_xml, landscape=False, styles_xml=None):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body_xml}{sect(landscape)}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
                   ('<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' if styles_xml else "") + '</Types>')
        if styles_xml:
            z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
            z.writestr("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>{styles_xml}</w:styles>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)


PAGE_BREAK_XML = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def docx_export(work, out, stem, body, landscape=False, styles_xml=None):
    src = os.path.join(work, stem + ".docx")
    write_docx(src, body, landscape, styles_xml)
    run_soffice(work, ["--convert-to", "pdf:writer_pdf_Export", "--outdir", out, src])


HELV = {" ": 278, ",": 278, ".": 278, "(": 333, ")": 333, "-": 333, "%": 889, "/": 278, ":": 278}
for d in "0123456789": HELV[d] = 556


def width(s, size):
    return sum(HELV.get(ch, 667 if ch.isupper() else 520) for ch in s) * size / 1000


# Times-Roman advances (per mille) of the characters the generators set; other capitals 667, the rest 500.
TIMES = {" ": 250, ",": 250, ".": 250, ":": 278, ";": 278, "(": 333, ")": 333, "-": 333, "%": 833, "/": 278, "'": 333,
         "*": 500, "+": 564, "=": 564, "[": 333, "]": 333, "a": 444, "b": 500, "c": 444, "d": 500, "e": 444, "f": 333,
         "g": 500, "h": 500, "i": 278, "j": 278, "k": 500, "l": 278, "m": 778, "n": 500, "o": 500, "p": 500, "q": 500,
         "r": 333, "s": 389, "t": 278, "u": 500, "v": 500, "w": 722, "x": 500, "y": 500, "z": 444, "I": 333, "J": 389,
         "M": 889, "W": 944}
for d in "0123456789": TIMES[d] = 500


def times_w(s, size):
    return sum(TIMES.get(ch, 667 if ch.isupper() else 500) for ch in s) * size / 1000


def cjk_w(s, size):
    return sum(0.5 if ord(ch) < 0x80 else 1.0 for ch in s) * size


# F1 Helvetica, F2 Helvetica-Bold, F3 Times-Roman, F4 Times-Bold, F5 STSong-Light (UniGB-UCS2-H, not embedded)
STANDARD_FONTS = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
         b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
         b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
         b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>",
         b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [8 0 R] >>"]
STSONG_EXTRA = {8: b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) "
            b"/Supplement 2 >> /FontDescriptor 9 0 R /DW 1000 /W [1 95 500] >>",
         9: b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
            b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"}


def pdf_text(x, y, s, size=9, font="F1"):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET"


def pdf_line(x0, y0, x1, y1, w=0.5):
    return f"{w} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S"


def write_pdf(path, pages, fonts, extra=None, version=b"1.4"):
    """A PDF of content streams. pages: list of (content str or bytes, (w, h), rotate or None); fonts: font
    dictionaries, objects 3, 4, ... named /F1, /F2, ... on every page; extra: {number: bytes} for objects the fonts
    refer to, numbered from 3 + len(fonts)."""
    font_objs = fonts
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    for i, f in enumerate(font_objs): objs[3 + i] = f
    objs.update(extra or {})
    first = max(objs) + 1
    names = b" ".join(b"/F%d %d 0 R" % (i + 1, 3 + i) for i in range(len(font_objs)))
    kids = []
    for n, (content, (w, h), rotate) in enumerate(pages):
        pid, cid = first + 2 * n, first + 1 + 2 * n
        data = zlib.compress(content if isinstance(content, bytes) else content.encode("latin-1"))
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        rot = b"" if rotate is None else b" /Rotate %d" % rotate
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d]%s /Resources << /Font << %s >> >> /Contents %d 0 R >>"
                     % (w, h, rot, names, cid))
        kids.append(b"%d 0 R" % pid)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)
    body, offsets = bytearray(b"%PDF-" + version + b"\n"), {}
    for i in sorted(objs):
        offsets[i] = len(body)
        body += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref, size = len(body), max(objs) + 1
    body += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        body += b"%010d 00000 n \n" % offsets[i]
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    open(path, "wb").write(body)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
HELVETICA_WIN = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
HELVETICA_BOLD_WIN = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"


def write_raw_pdf(path, pages):
    """pages: list of (content str, (w, h)); /F1 Helvetica, /F2 Helvetica-Bold."""
    write_pdf(path, [(c, m, None) for c, m in pages], [HELVETICA_WIN, HELVETICA_BOLD_WIN])


def draw_grid(ops, grid, x0, top, col_x, right_cols, size=9, leading=13, head_lines=None, indent=12, rules=()):
    """Draws rows of cells at baselines going down from top. col_x: left edge (or right edge for right_cols) per
    column. head_lines: the header row split into lines per cell (wrapped headers). Returns the y below the table."""
    y = top
    rows = list(grid)
    if head_lines:
        n = max(len(h) for h in head_lines)
        for k in range(n):
            for c, lines in enumerate(head_lines):
                j = k - (n - len(lines))  # bottom-aligned header lines, as statistical tables print them
                if j < 0: continue
                s = lines[j]
                x = col_x[c] - width(s, size) if c in right_cols else col_x[c]
                ops.append(pdf_text(x, y, s, size, "F2"))
            y -= leading
        if "head" in rules: ops.append(pdf_line(x0, y + leading - 4, col_x[-1] + 4, y + leading - 4))
        rows = rows[1:]
    for r, row in enumerate(rows):
        for c, s in enumerate(row):
            if not s: continue
            ind = indent if c == 0 and s.startswith("  ") else 0
            s = s.strip()
            x = col_x[c] - width(s, size) if c in right_cols else col_x[c] + ind
            ops.append(pdf_text(x, y, s, size))
        y -= leading
    return y
