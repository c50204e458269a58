#!/usr/bin/env python3
"""Writes a long text PDF (default 2,000 pages, each a heading, prose and a ruled 4x5 table) for the memory check.
Usage: make-long-pdf.py OUT.pdf [PAGES]"""
import sys, zlib

def page_content(n):
    ops = ["BT /F1 14 Tf 72 780 Td (Report page %d) Tj ET" % n,
           "BT /F1 10 Tf 72 750 Td (Indicator table for the quarter, as reported by the unit.) Tj ET"]
    xs, ys = [72, 200, 300, 400, 520], [700, 680, 660, 640, 620, 600]
    for y in ys: ops.append("%d %d m %d %d l S" % (xs[0], y, xs[-1], y))
    for x in xs: ops.append("%d %d m %d %d l S" % (x, ys[0], x, ys[-1]))
    for r in range(5):
        for c, x in enumerate(xs[:-1]):
            ops.append("BT /F1 9 Tf %d %d Td (%s) Tj ET" % (x + 4, ys[r] - 14, "R%dC%d-%d" % (r, c, n)))
    return zlib.compress("\n".join(ops).encode())

def main():
    out, pages = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    kids = []
    for n in range(pages):
        pid, cid = 4 + 2 * n, 5 + 2 * n
        data = page_content(n + 1)
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[pid] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid
        kids.append(b"%d 0 R" % pid)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    body, offsets = bytearray(b"%PDF-1.5\n"), {}
    for i in sorted(objs):
        offsets[i] = len(body)
        body += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(body)
    size = max(objs) + 1
    body += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        body += b"%010d 00000 n \n" % offsets[i] if i in offsets else b"0000000000 65535 f \n"
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    open(out, "wb").write(body)

main()
